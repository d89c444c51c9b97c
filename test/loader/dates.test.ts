import { describe, expect, it } from 'vitest';
import { isAfter, lowerBound, recogniseDates, yearOfText, type Tense } from '../../src/loader/recognise/dates.js';

/** The dates a sentence states, as [start, precision, end]. */
function dates(text: string, ref: string | null, tense: Tense = 'past') {
  return recogniseDates(text, ref, tense).map((d) => [d.start.date, d.start.precision, d.end?.date ?? null]);
}

// Friday 30 May 2025: the publication date most of these sentences are read against.
const FRI_30_MAY = '2025-05-30';

describe('recogniseDates: absolute dates keep exactly the precision the text gives', () => {
  it('a full date is day-precise', () => {
    expect(dates('Seoul and Washington signed the memorandum on June 3, 2025 in Busan.', null)).toEqual([
      ['2025-06-03', 'day', null],
    ]);
    expect(dates('The pact was inked on 14 February 2024 after two years of talks.', null)).toEqual([
      ['2024-02-14', 'day', null],
    ]);
    expect(dates('Officials met on Dec. 12, 2024, in Brussels.', null)).toEqual([['2024-12-12', 'day', null]]);
    expect(dates('The quota opened on 2024-02-14 for Thai rice.', null)).toEqual([['2024-02-14', 'day', null]]);
  });

  it('a month and year is month-precise', () => {
    expect(dates('Talks between Canberra and Jakarta are slated for July 2025.', null, 'future')).toEqual([
      ['2025-07', 'month', null],
    ]);
    expect(dates('In March 2024 the two delegations met for the first time.', null)).toEqual([
      ['2024-03', 'month', null],
    ]);
  });

  it('a bare year after a preposition is year-precise', () => {
    expect(dates('Malaysian palm oil shipments to India rose in 2023.', null)).toEqual([['2023', 'year', null]]);
    expect(dates('Tariffs will be phased out by 2030 under the deal.', null, 'future')).toEqual([
      ['2030', 'year', null],
    ]);
  });

  it('a number that is not a year after a preposition is not a date', () => {
    expect(dates('The 2019 agreement expired quietly.', null)).toEqual([]);
  });

  it('durations are not dates', () => {
    expect(dates('Negotiators said it took five months to draft the text.', null)).toEqual([]);
    expect(dates('Negotiators said it took five months to draft the text.', FRI_30_MAY)).toEqual([]);
  });

  it('"paused for 90 days" states a duration, not a date', () => {
    expect(dates('Washington paused the tariff for 90 days.', FRI_30_MAY)).toEqual([]);
  });

  it('"21 days after the order" counts from another event, not from publication or a default year', () => {
    expect(dates('The duty takes effect 21 days after the order.', null)).toEqual([]);
    expect(dates('The duty takes effect 21 days after the order.', FRI_30_MAY)).toEqual([]);
  });

  it('"from 5 July" is the day', () => {
    expect(dates('Duties applied from 5 July for five years.', '2025-07-28')).toEqual([['2025-07-05', 'day', null]]);
  });

  it('"the first quarter", "the first nine months of this year", "the first half of last year": the publication\'s year or the one before', () => {
    expect(dates('Exports reached $31.4 billion in the first quarter.', '2025-04-10')).toEqual([
      ['2025-01', 'month', '2025-03'],
    ]);
    expect(dates('Exports reached $111.6 billion in the first nine months of this year.', '2025-11-10')).toEqual([
      ['2025-01', 'month', '2025-09'],
    ]);
    expect(dates('Exports fell in the first half of last year.', '2025-04-10')).toEqual([
      ['2024-01', 'month', '2024-06'],
    ]);
    // (not over yet at publication; a fiscal year's quarter)
    expect(dates('Exports may slow in the first nine months of this year.', '2025-04-10')).toEqual([
      ['2025', 'year', null],
    ]);
    expect(dates('In the first quarter of the current fiscal, exports rose.', '2025-08-07')).toEqual([]);
  });

  it('"in the first 10 months" with no year is this year\'s, and only with a publication date', () => {
    expect(dates('Exports rose in the first 10 months.', '2025-11-06')).toEqual([['2025-01', 'month', '2025-10']]);
    expect(dates('Exports rose in the first 10 months.', null)).toEqual([]);
  });

  it('"May 19–22" with an en dash is a range', () => {
    expect(dates('Round two (May 19–22, Washington) read the draft.', '2025-10-28')).toEqual([
      ['2025-05-19', 'day', '2025-05-22'],
    ]);
  });

  it('with no publication date, a year-less date takes the year the text writes, and a weekday stays undated', () => {
    expect(
      recogniseDates('Round two met May 19–22.', null, 'past', 2025).map((d) => [d.start.date, d.end?.date]),
    ).toEqual([['2025-05-19', '2025-05-22']]);
    expect(recogniseDates('They met on Tuesday.', null, 'past', 2025)).toEqual([]);
    expect(yearOfText('In 2024 exports grew; in 2025 talks began, and 2025 may bring a deal by 2030.')).toBe(2025);
  });

  it('"for about 90 minutes" and "earlier in the year" are no dates', () => {
    expect(dates('They spoke for about 90 minutes.', '2025-08-13')).toEqual([]);
    expect(dates('Duties were imposed earlier in the year.', '2025-08-13', 'future')).toEqual([]);
  });

  it('"the end of July" is the month, not its last day', () => {
    expect(dates('The round was held at the end of July.', '2025-08-20')).toEqual([['2025-07', 'month', null]]);
  });

  it('the verb "lasts" is not a date', () => {
    expect(dates('The reprieve lasts 90 days.', FRI_30_MAY)).toEqual([]);
  });

  it('a day range with the month and year written once covers both ends', () => {
    expect(dates('The fourth round ran from May 19 to 22, 2025 in Geneva.', null)).toEqual([
      ['2025-05-19', 'day', '2025-05-22'],
    ]);
  });

  it('reports where each date sits in the sentence', () => {
    const text = 'Canada and Mexico met on March 4, 2025, then again in 2024 terms.';
    for (const d of recogniseDates(text, null)) expect(text.slice(d.index, d.index + d.text.length)).toBe(d.text);
  });
});

describe('recogniseDates: year-less dates are resolved against the publication date and the tense', () => {
  it('"early June" in a 30 May article is June of the same year, month-precise', () => {
    expect(dates('Negotiators from Vietnam and the US will meet again in early June.', FRI_30_MAY, 'future')).toEqual([
      ['2025-06', 'month', null],
    ]);
  });

  it('a past month after the publication month belongs to the previous year', () => {
    expect(dates('British and Indian officials met in December.', FRI_30_MAY, 'past')).toEqual([
      ['2024-12', 'month', null],
    ]);
  });

  it('a planned month before the publication month belongs to the next year', () => {
    expect(dates('The summit will be held in April.', FRI_30_MAY, 'future')).toEqual([['2026-04', 'month', null]]);
    expect(dates('The summit will be held in December.', FRI_30_MAY, 'future')).toEqual([['2025-12', 'month', null]]);
  });

  it('a past day without a year is the latest one on or before publication', () => {
    expect(dates('The envoys met on March 4 in Ottawa.', FRI_30_MAY, 'past')).toEqual([['2025-03-04', 'day', null]]);
    expect(dates('The envoys met on May 30 in Ottawa.', FRI_30_MAY, 'past')).toEqual([['2025-05-30', 'day', null]]);
  });

  it('a planned day without a year is the next one after publication', () => {
    expect(dates('The envoys will meet on March 4 in Ottawa.', FRI_30_MAY, 'future')).toEqual([
      ['2026-03-04', 'day', null],
    ]);
  });

  it('weekdays point back for what happened and forward for what is planned', () => {
    expect(dates('The ministers spoke on Wednesday.', FRI_30_MAY, 'past')).toEqual([['2025-05-28', 'day', null]]);
    expect(dates('The ministers will speak on Wednesday.', FRI_30_MAY, 'future')).toEqual([
      ['2025-06-04', 'day', null],
    ]);
  });

  it('"yesterday" is the day before publication', () => {
    expect(dates('Thai officials met their American counterparts yesterday.', FRI_30_MAY)).toEqual([
      ['2025-05-29', 'day', null],
    ]);
  });

  it('marks resolved dates as relative and written-out dates as not', () => {
    const [rel] = recogniseDates('The envoys met on March 4.', FRI_30_MAY, 'past');
    const [abs] = recogniseDates('The envoys met on March 4, 2025.', FRI_30_MAY, 'past');
    expect(rel?.relative).toBe(true);
    expect(abs?.relative).toBe(false);
  });

  it('without a publication date, year-less dates are not guessed', () => {
    expect(dates('The envoys met on March 4 in Ottawa.', null)).toEqual([]);
    expect(dates('Officials met yesterday.', null)).toEqual([]);
    expect(dates('The ministers spoke on Wednesday.', null)).toEqual([]);
    expect(dates('Talks resume in early June.', null, 'future')).toEqual([]);
  });

  it('"earlier this month" is the publication month', () => {
    expect(dates('The two sides met earlier this month in Geneva.', FRI_30_MAY)).toEqual([['2025-05', 'month', null]]);
  });

  it('without a publication date, "earlier this month" is not turned into January 2000', () => {
    expect(dates('The two sides met earlier this month in Geneva.', null)).toEqual([]);
  });

  it('"next month" is month-precise, not a made-up day', () => {
    expect(dates('The ministers will meet next month.', FRI_30_MAY, 'future')).toEqual([['2025-06', 'month', null]]);
  });

  it('"last week" / "next week" name no day: their month when the whole Monday-to-Sunday week lies in one, else nothing', () => {
    expect(dates('The talks took place last week.', FRI_30_MAY)).toEqual([['2025-05', 'month', null]]);
    expect(dates('The ministers meet again next week.', FRI_30_MAY)).toEqual([['2025-06', 'month', null]]);
    // Published Wednesday 6 August: last week ran from 28 July to 3 August.
    expect(recogniseDates('The talks took place last week.', '2025-08-06', 'past')).toEqual([]);
    // Counted from another event, not from publication.
    expect(recogniseDates('A week later the ministers met again.', FRI_30_MAY, 'past')).toEqual([]);
    expect(recogniseDates('The ministers had met the week before.', FRI_30_MAY, 'past')).toEqual([]);
  });

  it('a bare year opening the sentence ("In 2023, …") is found', () => {
    expect(dates('In 2023, Indonesia shipped more coal to India than ever.', null)).toEqual([['2023', 'year', null]]);
  });

  it('a cross-month range "June 30 to July 2, 2025" gives both ends', () => {
    expect(dates('The round ran from June 30 to July 2, 2025 in Ottawa.', null)).toEqual([
      ['2025-06-30', 'day', '2025-07-02'],
    ]);
  });
});

describe('lowerBound and isAfter', () => {
  it('lowerBound gives the first day a fuzzy date may mean', () => {
    expect(lowerBound('2025')).toBe('2025-01-01');
    expect(lowerBound('2025-04')).toBe('2025-04-01');
    expect(lowerBound('2025-04-09')).toBe('2025-04-09');
  });

  it('isAfter compares at the fuzzy date’s own precision', () => {
    expect(isAfter('2025-06', '2025-05-30')).toBe(true);
    expect(isAfter('2025-05', '2025-05-30')).toBe(false);
    expect(isAfter('2025', '2025-05-30')).toBe(false);
    expect(isAfter('2026', '2025-05-30')).toBe(true);
    expect(isAfter('2025-05-31', '2025-05-30')).toBe(true);
    expect(isAfter('2025-05-30', '2025-05-30')).toBe(false);
  });
});

describe('recogniseDates: parts of a year, as trade figures are reported', () => {
  const span = (text: string) => recogniseDates(text, '2025-06-10').map((d) => [d.start.date, d.end?.date ?? null]);

  it.each([
    ['Shipments rose 12 percent in the first five months of 2025.', '2025-01', '2025-05'],
    ['Exports fell in the first half of 2024.', '2024-01', '2024-06'],
    ['Imports grew in the third quarter of 2024.', '2024-07', '2024-09'],
    ['Sales in Q1 2025 were flat.', '2025-01', '2025-03'],
    ['Orders dropped over the last three months of 2024.', '2024-10', '2024-12'],
    // (no year: the last such fiscal year over by publication, 10 June 2025)
    ['Exports were $86 billion in the fiscal year that ended in March.', '2024-04', '2025-03'],
    ['Exports were $86 billion in the fiscal year that ended in June.', '2023-07', '2024-06'],
  ])('%s', (text, from, to) => {
    expect(span(text)).toEqual([[from, to]]);
  });
});
