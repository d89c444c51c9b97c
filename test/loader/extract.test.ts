// Per-document extraction, through clean → extract, on short articles written for these tests.
import { describe, expect, it } from 'vitest';
import { events, expectSpansCite, flow, load, onlyEvent, participantKeys, person, tariff } from './helpers.js';

describe('extract: people and coreference', () => {
  const loaded = load({
    title: 'Japan and US Ministers Meet in Washington',
    date: 'June 3, 2025',
    author: 'Aiko Tanaka',
    paragraphs: [
      'Advertisement',
      'Japanese Economy Minister Ryo Akazawa held talks with Commerce Secretary Howard Lutnick in Washington on May 30.',
      'The meeting focused on auto tariffs and rice.',
      'Subscribe now to keep reading',
      'Minister Akazawa said Tokyo wanted a fair outcome.',
      '-',
      'Akazawa told reporters the two sides were close.',
    ],
  });
  const { doc, x } = loaded;

  it('takes the byline and drops the furniture from the served text', () => {
    expect(doc.title).toBe('Japan and US Ministers Meet in Washington');
    expect(doc.author).toBe('Aiko Tanaka');
    expect(doc.publishedDate).toBe('2025-06-03');
    expect(doc.text).not.toMatch(/Advertisement|Subscribe|^-$/m);
    expect(doc.text.split('\n')).toHaveLength(4);
  });

  it('"Minister Akazawa" and "Akazawa" are the Ryo Akazawa introduced first', () => {
    const akazawa = person(x, 'Ryo Akazawa');
    expect(
      x.actors
        .filter((a) => a.kind === 'person')
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Howard Lutnick', 'Ryo Akazawa']);
    expect(akazawa.country).toBe('JP');
    expect(akazawa.title).toBe('Economy Minister');
    expect(akazawa.aliases).toEqual(expect.arrayContaining(['Akazawa', 'Minister Akazawa']));
    expect(akazawa.spans.map((s) => s.quote).sort()).toEqual([
      'Akazawa',
      'Japanese Economy Minister Ryo Akazawa',
      'Minister Akazawa',
    ]);
  });

  it('"held talks" is a meeting, dated, placed and with both people', () => {
    const meeting = onlyEvent(x, 'meeting');
    expect(meeting).toMatchObject({
      startDate: '2025-05-30',
      endDate: null,
      datePrecision: 'day',
      status: 'occurred',
      location: 'Washington',
      format: 'in_person',
      countries: ['JP', 'US'],
    });
    expect(participantKeys(meeting)).toEqual(expect.arrayContaining(['person:ryo akazawa', 'person:howard lutnick']));
  });

  it('"The meeting" in the next sentence is the same event, cited again', () => {
    expect(events(x)).toHaveLength(1);
    const meeting = onlyEvent(x, 'meeting');
    expect(meeting.spans.map((s) => s.quote)).toEqual([
      'Japanese Economy Minister Ryo Akazawa held talks with Commerce Secretary Howard Lutnick in Washington on May 30.',
      'The meeting focused on auto tariffs and rice.',
    ]);
  });

  it('every span quotes the cleaned text exactly', () => {
    expectSpansCite(loaded);
  });
});

describe('extract: event types', () => {
  const agreementsOf = (paragraphs: string[]) =>
    events(load({ title: 'Chile and EU Close Their Pact', date: 'September 24, 2025', paragraphs }).x, 'agreement').map(
      (e) => [e.startDate, e.datePrecision, e.status],
    );

  it('"formally concluded negotiations on a comprehensive economic partnership agreement" on a day is an agreement', () => {
    expect(
      agreementsOf([
        'Chile and the European Union on Sept 23 formally concluded negotiations on a comprehensive economic partnership agreement.',
      ]),
    ).toEqual([['2025-09-23', 'day', 'occurred']]);
  });

  it('"a political agreement announced by … on July 13" is dated; "under a deal reached in the summer" only recalls one', () => {
    expect(
      agreementsOf(['The step follows a political agreement announced by the two presidents in Brussels on July 13.']),
    ).toEqual([['2025-07-13', 'day', 'occurred']]);
    expect(agreementsOf(['Chilean goods face a 10 percent US tariff under a deal reached in the summer.'])).toEqual([]);
  });

  it('"signed an executive order on Sept. 4 implementing the deal reached with Tokyo in July": the order\'s day does not date the deal', () => {
    const { x } = load({
      title: 'Tokyo Deal in Force',
      date: 'September 10, 2025',
      paragraphs: ['Trump signed an executive order on Sept. 4 implementing the deal reached with Tokyo in July.'],
    });
    expect(events(x, 'agreement').map((e) => e.startDate)).not.toContain('2025-09-04');
  });

  it('"said in a statement on Wednesday", "called the move unfair in a statement on Wednesday" are dated statements; an undated one is none', () => {
    const statementsOf = (paragraph: string) =>
      events(
        load({ title: 'Lima Responds to Tariff Order', date: 'August 7, 2025', paragraphs: [paragraph] }).x,
        'statement',
      ).map((e) => e.startDate);
    expect(
      statementsOf('The Peruvian trade ministry said in a statement on Wednesday that it would keep negotiating.'),
    ).toEqual(['2025-08-06']);
    expect(statementsOf("Peru's foreign ministry called the US move unjustified in a statement on Wednesday.")).toEqual(
      ['2025-08-06'],
    );
    expect(statementsOf('The Peruvian trade ministry said in a statement that it would keep negotiating.')).toEqual([]);
  });

  it('"concluded the sixth round on Wednesday … The round, which opened on Monday, built on the fifth round held in Lima from September 15 to 18": both rounds, the sixth from Monday', () => {
    const { x } = load({
      title: 'Sixth Round Ends',
      date: 'November 21, 2025',
      paragraphs: [
        'Peruvian and US negotiators concluded the sixth round of talks on a trade agreement in Washington on Wednesday.',
        'The round, which opened on Monday, built on the fifth round held in Lima from September 15 to 18 and on the joint statement that the two countries issued on October 26.',
      ],
    });
    expect(events(x, 'negotiation_round').map((e) => [e.round, e.startDate, e.endDate])).toEqual([
      [6, '2025-11-17', '2025-11-19'],
      [5, '2025-09-15', '2025-09-18'],
    ]);
    expect(events(x, 'statement').map((e) => e.startDate)).toEqual(['2025-10-26']);
  });

  it('"… the second round. The first round was held by video link on June 20": two rounds, never one', () => {
    const { x } = load({
      title: 'Peru Team Returns Home',
      date: 'July 5, 2025',
      paragraphs: [
        'The trade ministry described the sessions in Washington as the second round of negotiations.',
        'The first round was held by video link on June 20.',
      ],
    });
    expect(events(x, 'negotiation_round').map((e) => [e.round, e.startDate])).toEqual([
      [2, null],
      [1, '2025-06-20'],
    ]);
  });

  it('on a live page, "on Saturday" under a Saturday heading is that day, and has happened', () => {
    const { x } = load({
      title: 'Live: Peru Answers',
      date: 'October 24, 2025',
      paragraphs: [
        'Trade Minister Elena Vargas told reporters on Friday that Lima was ready to talk.',
        'SATURDAY, OCT. 25',
        'President Donald Trump said on Saturday that he would add ten points to the tariff on Peru.',
      ],
    });
    expect(events(x, 'statement').map((e) => [e.startDate, e.status])).toEqual([
      ['2025-10-24', 'occurred'],
      ['2025-10-25', 'occurred'],
    ]);
  });

  it("two people's words on one day are two statements; one person's twice is one", () => {
    const { x } = load({
      title: 'Peru Answers',
      date: 'October 27, 2025',
      paragraphs: [
        'President Donald Trump said on Saturday that he would add ten points to the tariff on Peru.',
        'Trade Minister Elena Vargas said in a statement on Saturday that Lima would answer in kind.',
        'Vargas told reporters on Saturday that talks were not over.',
      ],
    });
    expect(events(x, 'statement').map((e) => e.startDate)).toEqual(['2025-10-25', '2025-10-25']);
  });

  it('"after speaking with the president", "spoke by video on Oct. 6", "under an order Trump signed on July 7"', () => {
    const at = (sentence: string, type: 'call' | 'tariff_action') =>
      events(load({ title: 'Peru Talks', date: 'October 30, 2025', paragraphs: [sentence] }).x, type).map(
        (e) => e.startDate,
      );
    expect(at('Trump set the rate at 19% on July 15 after speaking with President Boluarte.', 'call')).toEqual([
      '2025-07-15',
    ]);
    expect(at('The two presidents spoke by video on Oct. 6 for half an hour.', 'call')).toEqual(['2025-10-06']);
    expect(at('The higher rate came in under an order Trump signed on July 7.', 'tariff_action')).toEqual([
      '2025-07-07',
    ]);
    expect(at('Boluarte declined to comment after speaking with reporters on Monday.', 'call')).toEqual([]);
  });

  it('"On April 2, Trump announced … Two days later, Lam phoned Trump": two days after the day the paragraph just told', () => {
    const { x } = load({
      title: 'How the Rate Got There',
      date: 'October 30, 2025',
      paragraphs: [
        'On April 2, President Donald Trump announced a reciprocal tariff of 46 per cent on Peruvian goods. Two days later, Peruvian President Dina Boluarte phoned Trump and offered to cut tariffs on American goods to zero.',
      ],
    });
    expect(onlyEvent(x, 'call').startDate).toBe('2025-04-04');
  });

  it('"have held five rounds of talks …, the most recent in Lima from July 14 to July 18" is round five; "not described as a formal sixth round" is none', () => {
    const { x } = load({
      title: 'Peru and US Talks Stall',
      date: 'September 17, 2025',
      paragraphs: [
        'Peru and the United States have held five rounds of talks on a trade pact, the most recent in Lima from July 14 to July 18.',
        "Tuesday's meeting was not described as a formal sixth round, officials said.",
      ],
    });
    expect(events(x, 'negotiation_round').map((e) => [e.round, e.startDate, e.endDate, e.location])).toEqual([
      [5, '2025-07-14', '2025-07-18', 'Lima'],
    ]);
  });

  it('a relative clause dates its noun: "the joint statement … that the two countries issued on October 26", "the deal that … struck at a resort in Turnberry, Scotland, on July 27"', () => {
    const { x } = load({
      title: 'Talks Go On',
      date: 'November 21, 2025',
      paragraphs: [
        'The round built on the fifth round held in Lima from September 15 to 18 and on the joint statement on a framework for a reciprocal, fair and balanced trade agreement that the two countries issued on October 26.',
        'It follows the trade deal that European Commission President Ursula von der Leyen and US President Donald Trump struck at a golf resort in Turnberry, Scotland, on July 27.',
      ],
    });
    expect(events(x, 'statement').map((e) => e.startDate)).toEqual(['2025-10-26']);
    expect(events(x, 'agreement').map((e) => e.startDate)).toContain('2025-07-27');
  });

  it('"reached an agreement … under which goods face 20%, less than the 46 percent rate he announced in April": April dates the rate, not the agreement', () => {
    const { x } = load({
      title: 'Deal Reached',
      date: 'July 3, 2025',
      paragraphs: [
        'Trump said on Wednesday that the United States had reached an agreement with Peru under which Peruvian goods will face a 20 percent tariff, less than the 46 percent rate he announced in April.',
      ],
    });
    expect(events(x, 'agreement').map((e) => e.startDate)).not.toContain('2025-04');
  });

  it('"Chile has struck a deal …, the government said Friday": news of that day; "a deal …, officials said Friday" recalled is not dated by the saying', () => {
    expect(
      agreementsOf([
        'Chile has struck a deal with the United States that will cut US tariffs on Chilean goods, the government in Santiago said Friday.',
      ]),
    ).toEqual([['2025-09-19', 'day', 'occurred']]);
    expect(
      agreementsOf([
        'Chile struck a deal with the United States in the summer, the government in Santiago said Friday.',
      ]),
    ).not.toContainEqual(['2025-09-19', 'day', 'occurred']);
  });

  it('"met for about 90 minutes in Gyeongju on Wednesday", "talks at Trump\'s golf resort on Sunday", "Britain\'s agreement, announced May 8", "under terms announced July 15"', () => {
    const { x } = load({
      title: 'Deals and Meetings',
      date: 'October 30, 2025',
      paragraphs: [
        'Lee and Trump met for about 90 minutes in Gyeongju on Wednesday.',
        "The outline came out of talks at Trump's golf resort on Sunday.",
        "It mirrors Britain's agreement, announced May 8, and Indonesia's, under terms announced July 15.",
      ],
    });
    expect(events(x, 'meeting').map((e) => e.startDate)).toEqual(['2025-10-29', '2025-10-26']);
    expect(events(x, 'agreement').map((e) => e.startDate)).toContain('2025-05-08');
  });

  it('"aim to sign the agreement next year" is a signing planned for that year; "want the deal signed" is a wish', () => {
    expect(agreementsOf(['Both sides aim to sign the agreement next year, after legal scrubbing.'])).toEqual([
      ['2026', 'year', 'scheduled'],
    ]);
    expect(agreementsOf(['Both governments want the deal signed before the leaders meet next year.'])).toEqual([]);
  });

  it('"spoke by phone" is a phone call, and "on Tuesday" is the Tuesday before publication', () => {
    const loaded = load({
      title: 'Goyal and Reynolds Talk',
      date: 'June 5, 2025',
      paragraphs: [
        'Indian Commerce Minister Piyush Goyal spoke by phone with British Trade Secretary Jonathan Reynolds on Tuesday.',
      ],
    });
    const call = onlyEvent(loaded.x, 'call');
    expect(call).toMatchObject({
      startDate: '2025-06-03',
      datePrecision: 'day',
      format: 'phone',
      status: 'occurred',
      countries: ['GB', 'IN'],
    });
    expect(participantKeys(call)).toEqual(expect.arrayContaining(['person:piyush goyal', 'person:jonathan reynolds']));
    expect(person(loaded.x, 'Jonathan Reynolds').country).toBe('GB');
    expectSpansCite(loaded);
  });

  it('"the fourth round of talks" is negotiation round 4 with its date range', () => {
    const loaded = load({
      title: 'Manila and Washington Wrap Up Fourth Round',
      date: 'May 30, 2025',
      paragraphs: [
        'The fourth round of talks between the Philippines and the United States took place in Manila from May 19 to 22, 2025.',
      ],
    });
    const round = onlyEvent(loaded.x, 'negotiation_round');
    expect(round).toMatchObject({
      round: 4,
      startDate: '2025-05-19',
      endDate: '2025-05-22',
      datePrecision: 'day',
      status: 'occurred',
      location: 'Manila',
      countries: ['PH', 'US'],
      identity: 'round:4',
    });
    expect(round.title).toBe('Round 4 of Philippines–United States trade negotiations');
    expectSpansCite(loaded);
  });

  it('"reached an agreement" is an agreement between the two sides named', () => {
    const loaded = load({
      title: 'EU and Indonesia Settle Palm Oil Dispute',
      date: 'July 14, 2025',
      paragraphs: ['The EU and Indonesia reached an agreement on palm oil in Brussels on July 13.'],
    });
    expect(onlyEvent(loaded.x, 'agreement')).toMatchObject({
      startDate: '2025-07-13',
      status: 'occurred',
      location: 'Brussels',
      countries: ['EU', 'ID'],
    });
    expectSpansCite(loaded);
  });

  it('an online meeting is virtual', () => {
    const { x } = load({
      title: 'Malaysia Talks',
      date: 'May 30, 2025',
      paragraphs: ['Malaysia and the US held the third round of negotiations virtually on May 15.'],
    });
    expect(onlyEvent(x, 'negotiation_round')).toMatchObject({
      round: 3,
      format: 'virtual',
      startDate: '2025-05-15',
      countries: ['MY', 'US'],
    });
  });

  it('a sentence without an event trigger makes no event', () => {
    const { x } = load({
      title: 'Rice Prices',
      date: 'May 30, 2025',
      paragraphs: ['Rice prices in Tokyo rose on May 28.', 'Japanese consumers blamed the weather.'],
    });
    expect(x.events).toEqual([]);
  });
});

describe("extract: where an event's date sits", () => {
  const eventsOf = (date: string, paragraphs: string[]) =>
    load({ title: 'Trade Talks Timeline', date, paragraphs }).x.events.map((e) => [
      e.type,
      e.startDate,
      e.status,
      e.countries,
    ]);

  it('a date opening the sentence dates its main clause across "as …"; a multilateral summit is no meeting of its own', () => {
    expect(
      eventsOf('October 28, 2025', [
        'On Sunday, as leaders gathered in Jakarta for the ASEAN summit, Peru and Chile issued a joint statement on farm trade.',
      ]),
    ).toEqual([['statement', '2025-10-26', 'occurred', ['CL', 'PE']]]);
  });

  it('a timeline entry takes the date that opens it', () => {
    const rows = eventsOf('August 8, 2025', [
      '- April 9: the United States suspends the 36% tariff on Thai goods for 90 days.',
    ]);
    expect(rows).toContainEqual(['tariff_action', '2025-04-09', 'occurred', ['TH', 'US']]);
  });

  it('"that day" is the day the sentence before named', () => {
    const rows = eventsOf('August 8, 2025', [
      'The United States announced a 19% tariff on Philippine goods on July 22.',
      'President Ferdinand Marcos and President Donald Trump spoke by phone that day.',
    ]);
    expect(rows).toContainEqual(['call', '2025-07-22', 'occurred', ['PH', 'US']]);
  });

  it('"wrapped up the fifth round on Thursday … The four-day round, which began on Monday": a span', () => {
    const { x } = load({
      title: 'Peru and Chile End Fifth Round',
      date: 'September 26, 2025',
      paragraphs: [
        'Peru and Chile wrapped up the fifth round of trade talks in Lima on Thursday. The four-day round, which began on Monday, covered rules of origin.',
      ],
    });
    expect(onlyEvent(x, 'negotiation_round')).toMatchObject({
      round: 5,
      startDate: '2025-09-22',
      endDate: '2025-09-25',
      status: 'occurred',
    });
  });

  it('"will face a 19% tariff under a deal Trump announced on Tuesday after speaking by phone with …": both that Tuesday, both past', () => {
    const rows = eventsOf('July 17, 2025', [
      'Peru will face a 19% tariff on its exports to the United States under a deal President Donald Trump announced on Tuesday after speaking by phone with President Dina Boluarte.',
    ]);
    expect(rows).toContainEqual(['agreement', '2025-07-15', 'occurred', ['PE', 'US']]);
    expect(rows).toContainEqual(['call', '2025-07-15', 'occurred', ['PE', 'US']]);
  });

  it('a planned statement takes no past date from another clause; "unless a deal was reached" is no agreement', () => {
    const rows = eventsOf('July 17, 2025', [
      "Peru's trade minister confirmed the outline on Wednesday and said a joint statement would set out the details.",
      'The United States had set a 30% tariff on Peruvian goods from August 1 unless a deal was reached.',
    ]);
    expect(rows.filter((r) => r[0] === 'statement' || r[0] === 'agreement').filter((r) => r[1] !== null)).toEqual([]);
  });

  it('"five rounds of talks. The fourth was held … The fifth took place …": rounds by ellipsis', () => {
    const { x } = load({
      title: 'The Road to a Deal',
      date: 'October 28, 2025',
      paragraphs: [
        'Peru and Chile held five rounds of talks. The fourth was held in Lima from July 29 to 31. The fifth took place in Santiago from September 15 to 18.',
      ],
    });
    const rounds = events(x, 'negotiation_round').map((e) => [e.round, e.startDate, e.endDate]);
    expect(rounds).toEqual([
      [4, '2025-07-29', '2025-07-31'],
      [5, '2025-09-15', '2025-09-18'],
    ]);
  });

  it('"five rounds of formal talks. The fifth, held in Lima in mid-September, focused on …": round five, held', () => {
    const { x } = load({
      title: 'The Road to a Deal',
      date: 'October 28, 2025',
      paragraphs: [
        'The framework follows five rounds of formal talks between Peru and Chile. The fifth, held in Lima in mid-September, focused on rules of origin.',
      ],
    });
    expect(events(x, 'negotiation_round').map((e) => [e.round, e.startDate, e.status])).toEqual([
      [5, '2025-09', 'occurred'],
    ]);
  });

  it('"The fourth" with no rounds spoken of is no round', () => {
    const { x } = load({
      title: 'Quarterly Results',
      date: 'October 28, 2025',
      paragraphs: ['Exports grew in three quarters. The fourth was weaker than expected in July.'],
    });
    expect(events(x, 'negotiation_round')).toEqual([]);
  });

  it('a round that was planned and put off is unconfirmed, not held; "so the agreement can be signed" is no signing', () => {
    const rows = eventsOf('August 27, 2025', [
      'The sixth round of Peru-Chile trade talks, which was planned for Aug. 25-29 in Lima, was put off.',
      'The minister urged both sides to speed up the work so the agreement can be signed soon.',
    ]);
    expect(rows).toEqual([['negotiation_round', '2025-08-25', 'unconfirmed', ['CL', 'PE']]]);
  });

  it('a letter setting a rate is a tariff action; a signed executive order is one too; "unless it reached a deal" is none', () => {
    const rows = eventsOf('August 1, 2025', [
      'Trump said in a July 10 letter to Prime Minister Mark Carney that the US tariff on Canadian goods would rise to 35%.',
      'Trump signed an executive order on Wednesday raising the tariff.',
      'Canada faced the higher rate unless it reached a deal with Washington.',
    ]);
    expect(rows.filter((r) => r[0] === 'tariff_action').map((r) => r[1])).toEqual(
      expect.arrayContaining(['2025-07-10', '2025-07-30']),
    );
    expect(rows.filter((r) => r[0] === 'agreement')).toEqual([]);
  });

  it('timeline present tense, "the same evening", a "<date>, when …" clause, and a letter "dated" a day', () => {
    const rows = eventsOf('October 28, 2025', [
      '- May 10-11: Trade Minister Rosa Prado and Economy Minister Luis Vega meet Trade Representative Jamieson Greer in Geneva.',
      'The 20% rate confirms the figure Trump announced on July 2, when he said he had reached a deal with Peru.',
      'President Dina Boluarte and President Donald Trump spoke by telephone the same evening.',
      'Trump confirmed the rate in a letter to Boluarte dated July 7.',
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['meeting', '2025-05-10', 'occurred', expect.anything()],
        ['agreement', '2025-07-02', 'occurred', expect.anything()],
        ['call', '2025-07-02', 'occurred', expect.anything()],
        ['tariff_action', '2025-07-07', 'occurred', expect.anything()],
      ]),
    );
  });

  it('"a sixth round is planned for November" is scheduled', () => {
    const { x } = load({
      title: 'Next Steps',
      date: 'October 28, 2025',
      paragraphs: ['Peru and Chile have held five rounds. A sixth round is planned for November.'],
    });
    expect(events(x, 'negotiation_round').map((e) => [e.round, e.startDate, e.status])).toEqual([
      [6, '2025-11', 'scheduled'],
    ]);
  });

  it('"the first to strike a deal with Washington, which Trump unveiled on July 2": an agreement that day', () => {
    const rows = eventsOf('August 14, 2025', [
      'Peru was the first Andean country to strike a deal with Washington, which Trump unveiled on July 2.',
    ]);
    expect(rows).toEqual([['agreement', '2025-07-02', 'occurred', ['PE', 'US']]]);
  });

  it('"the final round of negotiations was held … from 22 to 24 September": a dated round with no number', () => {
    const rows = load({
      title: 'Talks Concluded',
      date: 'October 26, 2025',
      paragraphs: [
        'Peru and Chile began negotiating in April. The final round of negotiations was held in Lima from 22 to 24 September 2025.',
      ],
    }).x.events.map((e) => [e.type, e.round, e.startDate, e.endDate, e.location]);
    expect(rows).toEqual([['negotiation_round', null, '2025-09-22', '2025-09-24', 'Lima']]);
    // Undated, an unnumbered round is no row: nothing says which one it was.
    expect(eventsOf('October 26, 2025', ['Peru and Chile will hold another round of talks.'])).toEqual([]);
  });

  it('"On the same day, Chile also signed an agreement … and issued joint statements": the earlier signing\'s day, a new act', () => {
    const rows = eventsOf('October 26, 2025', [
      'Peru and the United States today signed a trade agreement in Lima.',
      'Talks had opened on 2 April 2025 and the final round was held from 22 to 24 September.',
      'On the same day, the United States also signed an agreement with Chile and issued joint statements with Ecuador.',
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['agreement', '2025-10-26', 'occurred', ['PE', 'US']],
        ['agreement', '2025-10-26', 'occurred', ['CL', 'US']],
        ['statement', '2025-10-26', 'occurred', ['CL', 'US']],
      ]),
    );
  });

  it('"set the new rate in an executive order late on Thursday that …, due to take effect": the Thursday before', () => {
    const rows = eventsOf('August 1, 2025', [
      'President Donald Trump set the new rate in an executive order late on Thursday that lays out duties for Peru, due to take effect on Aug. 7.',
    ]);
    expect(rows[0]).toEqual(['tariff_action', '2025-07-31', 'occurred', ['PE', 'US']]);
  });

  it('"his final round of negotiations … in Lima last week": a round in that week\'s month', () => {
    const rows = eventsOf('August 1, 2025', [
      'Chilean Trade Minister Ana Soto said the outcome followed his final round of negotiations with Peru in Lima last week.',
    ]);
    expect(rows).toEqual([['negotiation_round', '2025-07', 'occurred', ['CL', 'PE']]]);
  });

  it('"Starmer hosted Modi at Chequers for talks on Thursday" is a meeting; "Negotiations were launched in January 2022" opens the talks', () => {
    expect(
      eventsOf('July 25, 2025', [
        'British Prime Minister Keir Starmer hosted Indian Prime Minister Narendra Modi at Chequers for bilateral talks on Thursday.',
      ]),
    ).toEqual([['meeting', '2025-07-24', 'occurred', ['GB', 'IN']]]);
    expect(eventsOf('July 25, 2025', ['Negotiations between Peru and Chile were launched in January 2022.'])).toEqual([
      ['negotiation_round', '2022-01', 'occurred', ['CL', 'PE']],
    ]);
  });

  it('"would send a revised offer … next week" is a planned proposal; "submitted a proposal on April 17" one made', () => {
    expect(
      eventsOf('June 13, 2025', [
        'Peruvian Trade Minister Ana Soto said Peru would send a revised offer on farm goods to the United States next week.',
      ]),
    ).toEqual([['proposal', '2025-06', 'scheduled', ['PE', 'US']]]);
    expect(
      eventsOf('July 20, 2025', ['During that visit, Peru submitted a proposal to the United States on April 17.']),
    ).toEqual([['proposal', '2025-04-17', 'occurred', ['PE', 'US']]]);
  });

  it('"On the sidelines of the round, Soto held a working meeting with Lutnick on Wednesday": a meeting, not the round again', () => {
    const rows = eventsOf('June 13, 2025', [
      'Peru and the United States concluded the third round of trade talks in Washington on Thursday.',
      'On the sidelines of the round, Peruvian Trade Minister Ana Soto held a working meeting with Commerce Secretary Howard Lutnick on Wednesday.',
    ]);
    expect(rows).toEqual([
      ['negotiation_round', '2025-06-12', 'occurred', ['PE', 'US']],
      ['meeting', '2025-06-11', 'occurred', ['PE', 'US']],
    ]);
  });

  it('"concluded on May 6, and … announced the deal after a phone call that evening": the call is that day\'s own event', () => {
    const rows = eventsOf('July 25, 2025', [
      'The negotiations were concluded on May 6, and Peruvian President Luis Vera and Chilean President Ana Soto announced the deal after a phone call that evening.',
    ]);
    expect(rows).toEqual([
      ['agreement', '2025-05-06', 'occurred', ['CL', 'PE']],
      ['call', '2025-05-06', 'occurred', ['CL', 'PE']],
    ]);
  });

  it('"wrapped up the round on Thursday … The round, which ran from Monday to Thursday": the span; "At the round, … tabled an offer" and "While the round was under way, … held an online meeting on Tuesday" are their own events', () => {
    const { x } = load({
      title: 'Sixth Round Ends',
      date: 'November 15, 2025',
      paragraphs: [
        'Peru and the United States wrapped up the sixth round of trade negotiations in Lima on Thursday.',
        'The round, which ran from Monday to Thursday at the ministry, was co-chaired by deputy ministers.',
        'At the round, the Peruvian side tabled a revised offer on market access for US farm products.',
        'While the round was under way, Peruvian Trade Minister Ana Soto held an online meeting with US Trade Representative Jamieson Greer on Tuesday.',
      ],
    });
    expect(x.events.map((e) => [e.type, e.round, e.startDate, e.endDate])).toEqual([
      ['negotiation_round', 6, '2025-11-10', '2025-11-13'],
      ['proposal', null, '2025-11', null],
      ['meeting', null, '2025-11-11', null],
    ]);
  });

  it('"will visit Lima next week", "visited the White House on Oct. 7", "held two sessions with Lutnick", "expected to speak with Trump by phone later this week"', () => {
    expect(
      eventsOf('November 15, 2025', [
        'A technical delegation from the US Department of Commerce will visit Lima next week to work with Peruvian customs officials.',
      ]),
    ).toEqual([['meeting', '2025-11', 'scheduled', ['PE', 'US']]]);
    expect(
      eventsOf('October 27, 2025', ['Peruvian President Luis Vera visited the White House on Oct. 7.']).map((r) => [
        r[0],
        r[1],
        r[2],
      ]),
    ).toEqual([['meeting', '2025-10-07', 'occurred']]);
    expect(
      eventsOf('July 23, 2025', [
        'Peruvian Trade Minister Ana Soto held two sessions with US Commerce Secretary Howard Lutnick on Monday.',
      ]),
    ).toEqual([['meeting', '2025-07-21', 'occurred', ['PE', 'US']]]);
    expect(
      eventsOf('July 23, 2025', [
        'Peruvian President Luis Vera said he expected to speak with Trump by phone later this week.',
      ]).map((r) => [r[0], r[1], r[2]]),
    ).toEqual([['call', '2025-07', 'scheduled']]);
  });

  it('"agreed to work toward a deal in their first phone conversation on June 6" (a July article): this June, not next', () => {
    expect(
      eventsOf('July 31, 2025', [
        'Peruvian President Luis Vera and US President Donald Trump agreed to work toward a tariff deal in their first phone conversation on June 6.',
      ]),
    ).toEqual([['call', '2025-06-06', 'occurred', ['PE', 'US']]]);
  });

  it('a planned offer and a planned round in the same month are two events', () => {
    const rows = eventsOf('June 13, 2025', [
      'Peru and the United States agreed to hold a fourth round of trade talks in Washington in the last week of June.',
      'Peruvian Trade Minister Ana Soto said Peru would send a revised offer on farm goods to the United States next week.',
    ]);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['negotiation_round', '2025-06', 'scheduled'],
      ['proposal', '2025-06', 'scheduled'],
    ]);
  });

  it('"reached the agreement after an hour-long meeting at the resort on 27 July": both that day', () => {
    expect(
      eventsOf('August 21, 2025', [
        'Peruvian President Luis Vera and US President Donald Trump then reached the agreement after an hour-long meeting at a golf resort in Florida on 27 July.',
      ]),
    ).toEqual([
      ['agreement', '2025-07-27', 'occurred', ['PE', 'US']],
      ['meeting', '2025-07-27', 'occurred', ['PE', 'US']],
    ]);
  });

  it('"a deal Trump announced on July 15, after a phone conversation with President Vera": the call that day', () => {
    const rows = eventsOf('July 24, 2025', [
      'The statement formalizes a deal that US President Donald Trump announced on July 15, after a phone conversation with Peruvian President Luis Vera.',
    ]);
    expect(rows).toContainEqual(['call', '2025-07-15', 'occurred', ['PE', 'US']]);
  });

  it('"after receiving the July 7 letter and met Lutnick and Greer on July 9": the meeting is July 9', () => {
    const rows = eventsOf('July 24, 2025', [
      'Peruvian Trade Minister Ana Soto returned to Washington after receiving the July 7 letter and met Lutnick and Greer on July 9.',
    ]);
    expect(rows.filter((r) => r[0] === 'meeting').map((r) => r[1])).toEqual(['2025-07-09']);
  });

  it('"talks with Lutnick on 14 April" is a meeting only with a date of its own clause', () => {
    expect(
      eventsOf('August 21, 2025', [
        'Soto travelled to Washington in the spring, beginning with talks with Howard Lutnick of the United States on 14 April.',
      ]).map((r) => [r[0], r[1]]),
    ).toEqual([['meeting', '2025-04-14']]);
    expect(
      eventsOf('August 1, 2025', [
        'Trump had linked the tariff talks with Peru and Chile to a border deal, and the two countries agreed to a ceasefire on Monday.',
      ]).filter((r) => r[0] === 'meeting'),
    ).toEqual([]);
  });

  it('"an executive order Trump signed on Nov. 4", "agreed on July 22 to set the rate at 15%", "After talks in Geneva" on a day, "a sixth round is planned in Lima in mid-November"', () => {
    expect(
      eventsOf('November 10, 2025', [
        'The cut to 10% on Peruvian goods follows an executive order Trump signed on Nov. 4 under the US-Peru framework.',
      ]).map((r) => [r[0], r[1]]),
    ).toContainEqual(['tariff_action', '2025-11-04']);
    expect(
      eventsOf('September 16, 2025', [
        'Peru and the United States then agreed on July 22 to set the reciprocal rate at 15%.',
      ]).map((r) => [r[0], r[1]]),
    ).toEqual([['agreement', '2025-07-22']]);
    expect(
      eventsOf('November 10, 2025', [
        '- May 12: After talks in Geneva, Peru and the United States cut their rates.',
      ]).map((r) => [r[0], r[1]]),
    ).toContainEqual(['meeting', '2025-05-12']);
    expect(
      eventsOf('November 4, 2025', ['A sixth round of Peru-US trade talks is planned in Lima in mid-November.']).map(
        (r) => [r[0], r[1], r[2]],
      ),
    ).toEqual([['negotiation_round', '2025-11', 'scheduled']]);
  });

  it('"had a meeting with" is a meeting', () => {
    expect(
      eventsOf('September 18, 2025', [
        'Earlier, on September 15, Peruvian Trade Minister Ana Salas had a meeting with US Commerce Secretary Howard Lutnick.',
      ]),
    ).toEqual([['meeting', '2025-09-15', 'occurred', ['PE', 'US']]]);
  });

  it('"In a video call in April, they agreed to restart talks": April past, not next April', () => {
    const rows = eventsOf('July 28, 2025', [
      'In a video call in April, Trade Commissioner Maroš Šefčovič and Commerce Minister Wang Wentao agreed to restart talks.',
    ]);
    expect(rows).toEqual([['call', '2025-04', 'occurred', ['CN', 'EU']]]);
  });
});

describe('extract: acts on tariffs that give no rate', () => {
  const actsOf = (date: string, paragraphs: string[]) =>
    load({ title: 'Tariff Moves', date, paragraphs })
      .x.events.filter((e) => e.type === 'tariff_action')
      .map((e) => [e.startDate, e.status, e.countries, e.identity]);

  it('"- July 31: Trump signs an executive order …" and "the executive order he signed on July 31" are acts', () => {
    const dates = (paragraphs: string[]) =>
      load({ title: 'Tariff Moves', date: 'October 28, 2025', paragraphs })
        .x.events.filter((e) => e.type === 'tariff_action')
        .map((e) => e.startDate);
    expect(
      dates([
        '- July 31: US President Donald Trump signs an executive order setting new reciprocal rates on Peruvian goods.',
      ]),
    ).toContain('2025-07-31');
    expect(
      dates([
        'On July 30, US President Donald Trump said Peru would pay 25%. The rate was written into the executive order he signed on July 31.',
      ]),
    ).toContain('2025-07-31');
  });

  it('"removed the 40% additional tariff on Thursday": a dated act', () => {
    const acts = (paragraphs: string[]) =>
      load({ title: 'Tariff Moves', date: 'November 21, 2025', paragraphs })
        .x.events.filter((e) => e.type === 'tariff_action')
        .map((e) => e.startDate);
    expect(
      acts([
        'US President Donald Trump on Thursday removed the 40% additional tariff on a range of Peruvian farm goods.',
      ]),
    ).toContain('2025-11-20');
  });

  it('"Lower US tariffs on British-made cars took effect on June 30" is a tariff action of the US on the UK', () => {
    expect(actsOf('July 1, 2025', ['Lower US tariffs on British-made cars took effect on June 30.'])).toEqual([
      ['2025-06-30', 'occurred', ['GB', 'US'], 'tariff:US>GB:in_effect:2025-06-30'],
    ]);
  });

  it('"The new duties take effect Aug. 6" follows the document\'s direction, and is scheduled', () => {
    const rows = actsOf('July 31, 2025', [
      'The United States imposed a 50% tariff on Brazilian goods on Wednesday.',
      'The new duties take effect Aug. 6.',
    ]);
    expect(rows).toContainEqual(['2025-08-06', 'scheduled', ['BR', 'US'], 'tariff:US>BR:in_effect:2025-08-06']);
  });

  it('a rate in another clause leaves the act to stand: "…, in which Lam offered to cut tariffs to zero …, the U.S. paused the levies on April 9"', () => {
    const { x } = load({
      title: 'Tariff Moves',
      date: 'June 13, 2025',
      paragraphs: [
        'The United States announced a 46% tariff on Peruvian goods on April 2.',
        "After a phone call on April 4, in which President Luis Vera offered to cut Peru's tariffs on U.S. goods to zero if Washington did the same, the U.S. paused the levies for 90 days on April 9.",
      ],
    });
    expect(x.events.filter((e) => e.type === 'tariff_action').map((e) => e.startDate)).toContain('2025-04-09');
    // The offer is an offer, not the pause the other clause tells.
    expect(tariff(x, 'PE', 'US', 0).status).toBe('proposed');
  });

  it('a plan overtaken ("which was due to kick in on July 9") and a verb whose tariff word sits in another clause are no acts', () => {
    expect(
      actsOf('July 3, 2025', [
        'The rate is well below the duty Trump had threatened in April, which was due to kick in on July 9.',
      ]),
    ).toEqual([]);
    expect(
      actsOf('August 20, 2025', [
        'Goods from Peru have faced a higher U.S. tariff since Aug. 7, after President Donald Trump announced a deal with Lima in July.',
      ]),
    ).toEqual([]);
  });

  it('"the EU suspended for six months its package of countermeasures against US goods" on a day is an act', () => {
    const rows = actsOf('August 21, 2025', [
      'The United States imposed a 15% tariff on European goods on 7 August.',
      'On 5 August, the EU suspended for six months its package of countermeasures against US goods.',
    ]);
    expect(rows).toContainEqual(['2025-08-05', 'occurred', ['EU', 'US'], 'tariff:EU>US:paused:2025-08-05']);
  });

  it('no date, or only a year, is no act', () => {
    expect(actsOf('July 31, 2025', ['Tariffs on Brazilian goods took effect and have weighed on exporters.'])).toEqual(
      [],
    );
    expect(actsOf('July 31, 2025', ['US tariffs on Brazilian goods took effect in 2018.'])).toEqual([]);
  });
});

describe('extract: statuses', () => {
  it('"slated for" a later date is scheduled; "mid-June" in a 30 May article is June 2025, month-precise', () => {
    const { x } = load({
      title: 'UK and India Plan Next Round',
      date: 'May 30, 2025',
      paragraphs: [
        'India and the UK held the third round of talks in New Delhi on May 21.',
        'Negotiators said a fourth round was slated for mid-June in London.',
      ],
    });
    const rounds = events(x, 'negotiation_round').sort((a, b) => a.round! - b.round!);
    expect(rounds.map((r) => [r.round, r.startDate, r.datePrecision, r.status])).toEqual([
      [3, '2025-05-21', 'day', 'occurred'],
      [4, '2025-06', 'month', 'scheduled'],
    ]);
    expect(rounds[1]!.location).toBe('London');
  });

  it('"the next round" after round 2 is round 3', () => {
    const { x } = load({
      title: 'Talks',
      date: 'May 30, 2025',
      paragraphs: [
        'Malaysia and the United States held a second round of negotiations in Kuala Lumpur on May 21.',
        'Officials expect the next round of talks in July.',
      ],
    });
    expect(events(x, 'negotiation_round').map((r) => [r.round, r.startDate, r.status])).toEqual([
      [2, '2025-05-21', 'occurred'],
      [3, '2025-07', 'scheduled'],
    ]);
  });

  it('"reportedly" makes an event unconfirmed', () => {
    const { x } = load({
      title: 'Bangkok Talks',
      date: 'June 4, 2025',
      paragraphs: ['Thai and US negotiators reportedly held talks in Bangkok on June 2.'],
    });
    expect(onlyEvent(x, 'meeting')).toMatchObject({
      status: 'unconfirmed',
      startDate: '2025-06-02',
      location: 'Bangkok',
      countries: ['TH', 'US'],
    });
  });

  it('without a publication date, a year-less date is not guessed: the event is undated', () => {
    const { doc, x } = load({
      title: 'Seoul and Washington Meet',
      paragraphs: ['Korean Trade Minister Ahn Duk-geun met US Trade Representative Paul Whitman on March 4.'],
    });
    expect(doc.publishedDate).toBeNull();
    expect(onlyEvent(x, 'meeting')).toMatchObject({ startDate: null, endDate: null, datePrecision: 'unknown' });
  });

  it('headings are context, not facts', () => {
    const { doc, x } = load({
      title: 'North American Trade',
      date: 'May 30, 2025',
      paragraphs: [
        'Officials declined to comment on the figures.',
        'Canada and Mexico Held Talks in Ottawa on May 2',
        'Nothing else was said.',
      ],
    });
    expect(doc.headings).toHaveLength(1);
    expect(x.events).toEqual([]);
    expect(x.actors).toEqual([]);
  });

  it('"said … would hold a fifth round of talks in June" (article of 26 May) is June 2025, scheduled', () => {
    const { x } = load({
      title: 'Japan Plans Fifth Round',
      date: 'May 26, 2025',
      paragraphs: ['Minister Akazawa said Japan and the US would hold a fifth round of talks in June.'],
    });
    expect(onlyEvent(x, 'negotiation_round')).toMatchObject({
      round: 5,
      startDate: '2025-06',
      datePrecision: 'month',
      status: 'scheduled',
    });
  });

  it('"will meet in Brussels on June 10" is a scheduled meeting', () => {
    const { x } = load({
      title: 'Goyal to Visit Brussels',
      date: 'June 3, 2025',
      paragraphs: [
        'Indian Commerce Minister Piyush Goyal and EU Trade Commissioner Maros Sefcovic will meet in Brussels on June 10.',
      ],
    });
    expect(onlyEvent(x, 'meeting')).toMatchObject({
      startDate: '2025-06-10',
      status: 'scheduled',
      location: 'Brussels',
    });
  });

  it('"will hold talks in Bangkok next week" is not dated to a precise day', () => {
    const { x } = load({
      title: 'Thai Talks',
      date: 'May 30, 2025',
      paragraphs: ['Officials from Thailand and the United States will hold talks in Bangkok next week.'],
    });
    const meeting = onlyEvent(x, 'meeting');
    expect(meeting.status).toBe('scheduled');
    expect(meeting.datePrecision).not.toBe('day');
  });

  it('an undated article’s "earlier this month" does not date the event', () => {
    const { x } = load({
      title: 'Geneva Talks',
      paragraphs: ['Officials from the EU and the US held talks in Geneva earlier this month.'],
    });
    expect(onlyEvent(x, 'meeting').startDate).toBeNull();
  });
});

describe('extract: later mentions of the same event', () => {
  it('"the call" in the next sentence cites the phone call', () => {
    const { x } = load({
      title: 'Goyal and Sefcovic Talk',
      date: 'June 3, 2025',
      paragraphs: [
        'Indian Commerce Minister Piyush Goyal spoke by phone with EU Trade Commissioner Maros Sefcovic on June 2.',
        'Minister Goyal said the call was productive.',
      ],
    });
    expect(onlyEvent(x, 'call').spans).toHaveLength(2);
  });

  it('"the round" in the next sentence cites the negotiation round', () => {
    const { x } = load({
      title: 'Round Four',
      date: 'May 30, 2025',
      paragraphs: [
        'The fourth round of talks between the Philippines and the United States took place in Manila from May 19 to 22, 2025.',
        'Philippine negotiators called the round productive.',
      ],
    });
    expect(onlyEvent(x, 'negotiation_round').spans).toHaveLength(2);
  });

  it('a meeting with a different date is a different event', () => {
    const { x } = load({
      title: 'Hanoi Talks',
      date: 'May 30, 2025',
      paragraphs: [
        'Vietnamese Minister of Industry and Trade Tran Van Khoa held talks with US Trade Representative Paul Whitman in Washington on May 28.',
        'Khoa later held a meeting with Commerce Secretary Howard Lutnick on May 29.',
      ],
    });
    const meetings = events(x, 'meeting');
    expect(meetings.map((m) => m.startDate).sort()).toEqual(['2025-05-28', '2025-05-29']);
    const second = meetings.find((m) => m.startDate === '2025-05-29')!;
    expect(participantKeys(second)).toEqual(expect.arrayContaining(['person:tran van khoa', 'person:howard lutnick']));
    expect(person(x, 'Tran Van Khoa').spans.map((s) => s.quote)).toContain('Khoa');
  });

  it('"Vietnam’s Ministry of Industry and Trade" and "the Ministry of Industry and Trade" are one organization', () => {
    const { x } = load({
      title: 'Exports Rise',
      date: 'June 3, 2025',
      paragraphs: [
        'Vietnam’s Ministry of Industry and Trade said exports to the US rose in May.',
        'The Ministry of Industry and Trade added that talks would continue.',
      ],
    });
    const orgs = x.actors.filter((a) => a.kind === 'organization');
    expect(orgs.map((o) => [o.name, o.country])).toEqual([['Ministry of Industry and Trade', 'VN']]);
    expect(orgs[0]!.spans).toHaveLength(2);
  });
});

describe('extract: tariffs', () => {
  it('an announced tariff: imposer, target from "on Indonesian goods", rate, date and a tariff-action event', () => {
    const loaded = load({
      title: 'US Announces Tariff on Indonesia',
      date: 'April 3, 2025',
      paragraphs: ['The United States announced a 32 percent tariff on Indonesian goods on April 2.'],
    });
    const t = tariff(loaded.x, 'US', 'ID', 32);
    expect(t).toMatchObject({
      status: 'announced',
      announcedDate: '2025-04-02',
      datePrecision: 'day',
      effectiveDate: null,
      kind: 'general',
    });
    const action = onlyEvent(loaded.x, 'tariff_action');
    expect(action).toMatchObject({
      startDate: '2025-04-02',
      status: 'occurred',
      identity: 'tariff:US>ID:32:announced',
      countries: ['ID', 'US'],
    });
    expect(action.participants).toEqual(
      expect.arrayContaining([
        { actorKey: 'country:US', role: 'imposer' },
        { actorKey: 'country:ID', role: 'target' },
      ]),
    );
    expectSpansCite(loaded);
  });

  it('"took effect" puts a tariff in effect with its effective date; "imports from India" is the target', () => {
    const { x } = load({
      title: 'US Tariff on India Takes Effect',
      date: 'August 8, 2025',
      paragraphs: ['A 25 percent tariff on goods from India took effect on August 7, the US said.'],
    });
    expect(tariff(x, 'US', 'IN', 25)).toMatchObject({ status: 'in_effect', effectiveDate: '2025-08-07' });
  });

  it('"proposed" makes a proposed tariff and no tariff-action event; car tariffs are sectoral', () => {
    const { x } = load({
      title: 'EU Weighs Response',
      date: 'July 14, 2025',
      paragraphs: ['The European Union proposed a 30 percent tariff on American cars.'],
    });
    expect(tariff(x, 'EU', 'US', 30)).toMatchObject({ status: 'proposed', kind: 'sectoral' });
    expect(events(x, 'tariff_action')).toEqual([]);
  });

  it('"suspended" pauses a tariff', () => {
    const { x } = load({
      title: 'US Suspends Tariff',
      date: 'July 10, 2025',
      paragraphs: ['The United States suspended its 10 percent tariff on Japanese goods on July 9.'],
    });
    expect(tariff(x, 'US', 'JP', 10)).toMatchObject({ status: 'paused', announcedDate: '2025-07-09' });
  });

  it('later sentences about "the 49 percent tariff" update the same measure: in effect, then paused', () => {
    const loaded = load({
      title: 'Tariff Timeline',
      date: 'April 10, 2025',
      paragraphs: [
        'The United States announced a 49 percent tariff on Cambodian goods on April 2.',
        'The 49 percent tariff took effect on April 9, 2025.',
        'Washington paused the 49 percent tariff on April 9.',
      ],
    });
    expect(loaded.x.tariffs).toHaveLength(1);
    const t = tariff(loaded.x, 'US', 'KH', 49);
    expect(t).toMatchObject({ status: 'paused', announcedDate: '2025-04-02', effectiveDate: '2025-04-09' });
    expect(t.spans).toHaveLength(3);
    expectSpansCite(loaded);
  });

  it('a minister announcing a tariff is its announcer, and gives the imposing country', () => {
    const { x } = load({
      title: 'Japan Targets Beef',
      date: 'May 3, 2025',
      paragraphs: ['Japanese Trade Minister Kenji Mori announced a 20 percent tariff on Australian beef on May 2.'],
    });
    expect(tariff(x, 'JP', 'AU', 20)).toMatchObject({
      announcedByKey: 'person:kenji mori',
      announcedDate: '2025-05-02',
    });
    const action = onlyEvent(x, 'tariff_action');
    expect(action.participants).toContainEqual({ actorKey: 'person:kenji mori', role: 'announcer' });
  });

  it('"cut tariffs … to zero" is a zero rate; "conditional on" is kept as the condition', () => {
    const { x } = load({
      title: 'UK and India Offers',
      date: 'May 7, 2025',
      paragraphs: [
        'Britain will cut tariffs on Indian textiles to zero.',
        'India proposed a 10 percent tariff on British whisky, conditional on a quota.',
      ],
    });
    expect(tariff(x, 'GB', 'IN', 0).ratePercent).toBe(0);
    expect(tariff(x, 'IN', 'GB', 10)).toMatchObject({ status: 'proposed', conditions: 'conditional on a quota' });
  });

  it('an offer reported with "reportedly" has lower confidence than a stated one', () => {
    const { x } = load({
      title: 'Rice Offer',
      date: 'August 8, 2025',
      paragraphs: [
        'Japan reportedly offered to cut tariffs on US rice to zero.',
        'The US imposed a 25% tariff on imports from India on Wednesday.',
      ],
    });
    const hedged = tariff(x, 'JP', 'US', 0);
    const stated = tariff(x, 'US', 'IN', 25);
    expect(hedged.status).toBe('proposed');
    expect(hedged.confidence).toBeLessThan(stated.confidence);
    expect(stated.announcedDate).toBe('2025-08-06');
  });

  it('"cut … from 36 percent to 19 percent on July 2" supersedes the old rate; the new one applies from that past date', () => {
    const { x } = load({
      title: 'US Lowers Tariff',
      date: 'July 3, 2025',
      paragraphs: ['The United States cut its tariff on Thai goods from 36 percent to 19 percent on July 2.'],
    });
    expect(tariff(x, 'US', 'TH', 36).status).toBe('superseded');
    expect(tariff(x, 'US', 'TH', 19)).toMatchObject({ status: 'in_effect', announcedDate: '2025-07-02' });
  });

  it('"withdrew" withdraws a tariff', () => {
    const { x } = load({
      title: 'Mexico Drops Tariff',
      date: 'June 3, 2025',
      paragraphs: ['Mexico withdrew its 30 percent tariff on US pork on June 1.'],
    });
    expect(tariff(x, 'MX', 'US', 30)).toMatchObject({ status: 'withdrawn', announcedDate: '2025-06-01' });
  });

  it('reads the kind of tariff from the sentence', () => {
    const { x } = load({
      title: 'Tariff Kinds',
      date: 'May 3, 2025',
      paragraphs: [
        'Canada imposed a 25 percent retaliatory tariff on American goods on May 2.',
        'The US set a 10 percent baseline tariff on imports from the UK on April 5.',
        'The United States announced a 24 percent reciprocal tariff on Japanese goods on April 2.',
      ],
    });
    expect(tariff(x, 'CA', 'US', 25).kind).toBe('retaliatory');
    expect(tariff(x, 'US', 'GB', 10).kind).toBe('baseline');
    expect(tariff(x, 'US', 'JP', 24).kind).toBe('reciprocal');
  });

  it('a rate with only one side named is not a tariff row', () => {
    const { x } = load({
      title: 'Indonesia Talks',
      date: 'July 2, 2025',
      paragraphs: ['Officials discussed a 19 percent tariff on Indonesian goods.'],
    });
    expect(x.tariffs).toEqual([]);
  });

  it('the announcement event keeps an announcement title when the tariff is later paused', () => {
    const { x } = load({
      title: 'Tariff Timeline',
      date: 'April 10, 2025',
      paragraphs: [
        'The United States announced a 49 percent tariff on Cambodian goods on April 2.',
        'Washington paused the 49 percent tariff on April 9.',
      ],
    });
    const actions = events(x, 'tariff_action');
    const april2 = actions.find((e) => e.startDate === '2025-04-02');
    expect(april2?.title).toBe('United States announces 49% tariff on Cambodia');
  });

  it('"paused … for 90 days" does not date the pause 90 days ahead', () => {
    const { x } = load({
      title: 'Tariff Pause',
      date: 'April 10, 2025',
      paragraphs: ['The United States paused its 10 percent tariff on Japanese goods for 90 days.'],
    });
    const t = tariff(x, 'US', 'JP', 10);
    expect(t.status).toBe('paused');
    expect(t.announcedDate).toBeNull();
  });

  it('"…, a spokeswoman said on Tuesday" dates the announcement to the Tuesday before publication', () => {
    const { x } = load({
      title: 'Indonesia Deal',
      date: 'July 16, 2025',
      paragraphs: [
        'The US will impose a 19 percent tariff on Indonesian goods, a White House spokeswoman said on Tuesday.',
      ],
    });
    expect(tariff(x, 'US', 'ID', 19).announcedDate).toBe('2025-07-15');
  });
});

describe('extract: tariff sides in the ways articles name them', () => {
  const tariffsOf = (paragraphs: string[], title = 'Tariff Round-Up') =>
    load({ title, date: 'August 1, 2025', paragraphs }).x.tariffs.map((t) => [
      t.imposingCountry,
      t.targetCountry,
      t.ratePercent,
      t.status,
    ]);

  it('"Switzerland will face a 39% tariff on its exports to the United States": the US imposes it', () => {
    expect(
      tariffsOf(['Switzerland will face a 39% tariff on its exports to the United States from next week.']),
    ).toEqual([['US', 'CH', 39, 'announced']]);
  });

  it('"Peru, which had faced a 49% levy, also got 19%": 49% replaced, 19% Peru\'s; "had faced 36% and 49% respectively" governs both', () => {
    const rows = tariffsOf([
      'The United States imposed a 19% tariff on Chilean goods on Thursday.',
      'Neighbouring Peru, which had faced a 49% levy, also got 19%.',
      'Chile and Peru, which had faced tariffs of 36% and 49% respectively, both got 19%.',
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['US', 'PE', 19, 'announced'],
        ['US', 'PE', 49, 'superseded'],
        ['US', 'CL', 36, 'superseded'],
      ]),
    );
    expect(rows.filter((r) => r[2] === 19).map((r) => r[3])).not.toContain('superseded');
  });

  it('"exporters began paying a 19 percent tariff on goods entering the United States on Thursday": in effect', () => {
    expect(
      tariffsOf([
        'Chilean exporters began paying a 19 percent tariff on goods entering the United States on Thursday.',
      ]),
    ).toEqual([['US', 'CL', 19, 'in_effect']]);
  });

  it('in an article that has stated a US tariff: "Peruvian exporters began paying …", "Chile and Peru each face 19%, as do Ecuador and Bolivia", "while Laos and Myanmar, two poor economies, were hit with 40%"', () => {
    const rows = tariffsOf([
      'Peruvian exporters began paying a 20% tariff on goods shipped to the United States on Thursday as new U.S. duties on dozens of trading partners took effect.',
      'Under the order, Chile and Colombia each face 19%, as do Ecuador and Bolivia, while Laos and Myanmar, two of the poorest economies, were hit with 40%.',
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['US', 'PE', 20, 'in_effect'],
        ['US', 'CL', 19, 'in_effect'],
        ['US', 'CO', 19, 'in_effect'],
        ['US', 'EC', 19, 'in_effect'],
        ['US', 'BO', 19, 'in_effect'],
        ['US', 'LA', 40, 'announced'],
        ['US', 'MM', 40, 'announced'],
      ]),
    );
    expect(rows).toHaveLength(7);
  });

  it('a rate told in the present tense applies now; one that "will face" it, or is due on a later day, is announced', () => {
    expect(
      tariffsOf(['Peruvian steel and aluminium pay a 50 per cent US tariff under the sector-wide measures.']),
    ).toEqual([['US', 'PE', 50, 'in_effect']]);
    expect(
      tariffsOf([
        'The statement did not change the 40% US tariff on Peruvian goods that Washington applies to transshipments.',
      ]),
    ).toEqual([['US', 'PE', 40, 'in_effect']]);
    expect(tariffsOf(['Peruvian goods will face a 20% US tariff under the deal.'])).toEqual([
      ['US', 'PE', 20, 'announced'],
    ]);
    expect(
      tariffsOf(['Peruvian goods face a 20% US tariff under the deal.', 'The 20% rate takes effect on August 7.']),
    ).toEqual([['US', 'PE', 20, 'announced']]);
    // ("which face higher rates" after the rate speaks of other countries)
    expect(
      tariffsOf([
        'The United States set a 20% tariff on Peruvian goods on Wednesday.',
        'A 20 percent rate would leave Peru ahead of rivals such as Chile, which face higher threatened rates.',
      ]),
    ).toEqual([['US', 'PE', 20, 'announced']]);
  });

  it("a figure of another measure in a tariff sentence is no tariff; one told only of bystanders is not the document's", () => {
    const rows = tariffsOf([
      'The United States imposed a 25% tariff on Peruvian goods on Wednesday.',
      'The central bank kept its repo rate at 5.5% on Wednesday as it weighed the impact of the tariffs.',
      '"Competitors in Chile and Ecuador pay 20%," an exporter said of the tariffs.',
      'Peruvian shrimp already attracts a US anti-dumping duty of 2.49%.',
    ]);
    expect(rows).toEqual([
      ['US', 'PE', 25, 'announced'],
      ['US', 'PE', 2.49, 'in_effect'],
    ]);
  });

  it('a table of rates and rates told by their country ("Peru\'s 19 per cent") take the imposer the headline names', () => {
    const { x } = load({
      title: 'Where US tariffs on South America stand',
      date: 'December 8, 2025',
      paragraphs: [
        'Eight months after the tariffs were unveiled, almost every economy in the region has settled on a rate with Washington.',
        'Peru: 46% → 20%',
        'Chile: 49% → 19%',
        "Colombia's 19 per cent was announced by Mr Trump on July 15 after a phone call.",
        'Bolivia still pays 50 per cent.',
      ],
    });
    expect(x.tariffs.map((t) => [t.imposingCountry, t.targetCountry, t.ratePercent, t.status])).toEqual([
      ['US', 'PE', 46, 'superseded'],
      ['US', 'PE', 20, 'in_effect'],
      ['US', 'CL', 49, 'superseded'],
      ['US', 'CL', 19, 'in_effect'],
      ['US', 'CO', 19, 'announced'],
      ['US', 'BO', 50, 'in_effect'],
    ]);
  });

  it('"Chile, which had faced a 49% levy, also got 19%, as did Colombia": both get it from the usual imposer', () => {
    const rows = tariffsOf([
      'The United States cut its tariff on Peruvian goods to 19% on Thursday.',
      'Neighbouring Chile, which had faced a 49% levy, also got 19%, as did Colombia.',
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['US', 'CL', 19, 'announced'],
        ['US', 'CO', 19, 'announced'],
      ]),
    );
    expect(rows.every((r) => r[0] === 'US')).toBe(true);
  });

  it('"has proposed raising the tariff … to 50%, from 20% currently": the old rate still applies; "a duty below 15%" is a bound, not a replaced rate', () => {
    expect(
      tariffsOf(['Peru has proposed raising the tariff on cars imported from China to 50%, from 20% currently.']),
    ).toEqual([
      ['PE', 'CN', 50, 'proposed'],
      ['PE', 'CN', 20, 'in_effect'],
    ]);
    const bound = tariffsOf([
      'The United States set a 15% tariff on Chilean goods on Thursday; Chilean goods whose existing duty is below 15% are raised to that level.',
    ]);
    expect(bound.map((r) => r[3])).not.toContain('superseded');
  });

  it('a country named as a yardstick or a seller is no side: "the same as Japanese vehicles", "a penalty for buying Russian oil"', () => {
    const rows = tariffsOf([
      'The United States set a 15% tariff on Korean goods on Thursday.',
      'Korean cars will also be charged 15%, the same as Japanese vehicles, officials said.',
      'Trump imposed an additional 25% duty on India as a penalty for buying Russian oil.',
    ]);
    expect(rows.map((r) => r.slice(0, 2))).not.toContainEqual(['KR', 'JP']);
    expect(rows.filter((r) => r[2] === 25).map((r) => r.slice(0, 2))).toEqual([['US', 'IN']]);
  });

  it('"the 31% Trump had announced for Switzerland" targets Switzerland', () => {
    const rows = tariffsOf([
      'The United States imposed a 39% tariff on Swiss goods on Thursday.',
      'The new rate is higher than the 31% Trump had announced for Switzerland on April 2.',
    ]);
    expect(rows.filter((r) => r[2] === 31).map((r) => r.slice(0, 2))).toEqual([['US', 'CH']]);
  });

  it('"duties on brandy from the EU" imposed by China target the EU', () => {
    expect(
      tariffsOf(
        ['China announced anti-dumping duties of 32.2% on brandy from the EU on 4 July.'],
        'China and EU Trade Blows',
      ),
    ).toEqual([['CN', 'EU', 32.2, 'announced']]);
  });

  it('a competitor named in a tariff sentence is not a side', () => {
    const rows = tariffsOf([
      'The United States imposed a 50% tariff on Indian goods on Wednesday.',
      'Exporters said the 50% duty would make Indian goods uncompetitive against those from Bangladesh.',
    ]);
    expect(rows).toEqual([['US', 'IN', 50, 'announced']]);
  });

  it("a central bank's rate in an article about tariffs is not a tariff", () => {
    const rows = tariffsOf([
      'The United States imposed a 50% tariff on Brazilian goods on Wednesday.',
      "Brazil's central bank left its benchmark Selic rate at 15% on Wednesday.",
    ]);
    expect(rows).toEqual([['US', 'BR', 50, 'announced']]);
  });

  it('a date belongs to the rate of its own clause: "suspended on April 9, and only the 10% baseline was charged"', () => {
    const { x } = load({
      title: 'What Happened to the 36% Rate',
      date: 'August 1, 2025',
      paragraphs: [
        'The United States announced a 36% tariff on Thai goods on April 2.',
        'The 36% rate never applied: it was suspended on April 9, and only the 10% baseline rate was charged.',
      ],
    });
    expect(tariff(x, 'US', 'TH', 36).history.at(-1)).toMatchObject({ status: 'paused', date: '2025-04-09' });
    expect(x.events.filter((e) => e.type === 'tariff_action').map((e) => [e.startDate, e.identity])).toContainEqual([
      '2025-04-09',
      'tariff:US>TH:36:paused',
    ]);
  });

  it('"Japan won a 15% rate in its deal with Washington": the country that won it is the target', () => {
    const rows = tariffsOf([
      'The United States imposed a 25% tariff on Korean goods.',
      'Japan won a 15% rate in its own deal with Washington last week.',
    ]);
    expect(rows).toContainEqual(['US', 'JP', 15, 'announced']);
  });

  it('"will halve its 150% tariff to 75%": the rate being cut is in force, the new one announced', () => {
    const rows = tariffsOf(
      ['India will halve its 150% tariff on British whisky to 75% when the deal enters into force.'],
      'India and Britain Seal Deal',
    );
    expect(rows).toEqual([
      ['IN', 'GB', 150, 'in_effect'],
      ['IN', 'GB', 75, 'announced'],
    ]);
  });

  it('"before a 25% tariff takes effect on August 1", written in July: announced, not in effect', () => {
    expect(
      tariffsOf(['Seoul races to secure a deal before a 25% US tariff on Korean goods takes effect on August 15.']),
    ).toEqual([['US', 'KR', 25, 'announced']]);
  });

  it('"the 25% rate set out in the July 7 letter will not be applied": withdrawn, dated July 7 of this year', () => {
    const { x } = load({
      title: 'Korea Deal',
      date: 'August 1, 2025',
      paragraphs: [
        'The United States imposed a 25% tariff on Korean goods.',
        "The 25% rate set out in Trump's July 7 letter will not be applied.",
      ],
    });
    expect(tariff(x, 'US', 'KR', 25)).toMatchObject({ status: 'withdrawn' });
    expect(tariff(x, 'US', 'KR', 25).history.map((h) => h.date)).not.toContain('2026-07-07');
  });

  it('"cut its tariffs on U.S. goods to zero" is a zero rate; "Vietnam, which agreed to a 20% rate" is a rate the usual imposer set', () => {
    const rows = tariffsOf([
      'Indonesia will face a 19% tariff on its exports to the United States.',
      'In return, Indonesia will cut its tariffs on U.S. goods to zero.',
      'The 19% rate would put Indonesia on equal footing with Vietnam, which agreed to a 20% rate earlier this month.',
    ]);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['US', 'ID', 19],
      ['ID', 'US', 0],
      ['US', 'VN', 20],
    ]);
  });

  it('"raising pressure on Seoul" names no target: only a tariff is put "on" a country', () => {
    const rows = tariffsOf([
      'The United States imposed a 25% tariff on Korean goods.',
      'Japan won a 15% rate in its own deal last week, raising pressure on Seoul to match it.',
    ]);
    expect(rows).toContainEqual(['US', 'JP', 15, 'announced']);
    expect(rows.filter((r) => r[1] === 'KR').map((r) => r[2])).toEqual([25]);
  });

  it('"duties of 27.7% to 34.9% on brandy from the EU, applied from 5 July", said weeks later: both in effect', () => {
    const rows = tariffsOf(
      [
        'China has been in a dispute with the EU.',
        'On 4 July China announced duties of 27.7% to 34.9% on brandy from the EU, applied from 5 July for five years.',
      ],
      'China and EU',
    );
    expect(rows).toEqual([
      ['CN', 'EU', 27.7, 'in_effect'],
      ['CN', 'EU', 34.9, 'in_effect'],
    ]);
  });

  it('"announced on April 2 and paused for 90 days on April 9": two dated acts on one rate', () => {
    const { x } = load({
      title: 'Indonesia Deal',
      date: 'July 17, 2025',
      paragraphs: [
        'The United States announced a 32% tariff on Indonesian goods on April 2 and paused it for 90 days on April 9.',
      ],
    });
    expect(tariff(x, 'US', 'ID', 32).history.map((h) => [h.status, h.date])).toEqual([
      ['announced', '2025-04-02'],
      ['paused', '2025-04-09'],
    ]);
    expect(events(x, 'tariff_action').map((e) => [e.startDate, e.identity])).toEqual([
      ['2025-04-02', 'tariff:US>ID:32:announced'],
      ['2025-04-09', 'tariff:US>ID:32:paused'],
    ]);
  });

  it('"a 15% ceiling on US tariffs on most European goods": the country whose tariffs they are imposes them', () => {
    expect(tariffsOf(['The EU agreed to a 15% ceiling on US tariffs on most European goods.'])).toEqual([
      ['US', 'EU', 15, 'announced'],
    ]);
  });

  it('"doubled tariffs on Indian goods to 50% on August 27", said after that day: in effect', () => {
    expect(tariffsOf(['The US doubled tariffs on Indian goods to 50% on July 27.'])).toEqual([
      ['US', 'IN', 50, 'in_effect'],
    ]);
  });

  it('"put the 30% rate on Mexico on hold": a rate on a country, paused', () => {
    const rows = tariffsOf(['President Donald Trump put the 30% rate on Mexico on hold for 90 days on July 31.']);
    expect(rows).toEqual([['US', 'MX', 30, 'paused']]);
  });

  it('"will impose 100% on canola, and a 25% levy on pork, from March 20, the ministry said on Saturday": both rates dated both ways', () => {
    const { x } = load({
      title: 'China Hits Canada',
      date: 'March 8, 2025',
      paragraphs: [
        'China will impose tariffs of 100% on Canadian canola oil, and a 25% levy on Canadian pork, from March 20, the commerce ministry said on Saturday.',
      ],
    });
    for (const rate of [100, 25])
      expect(tariff(x, 'CN', 'CA', rate)).toMatchObject({ announcedDate: '2025-03-08', effectiveDate: '2025-03-20' });
  });

  it('a refinancing rate in an article about tariffs is not a tariff', () => {
    const rows = tariffsOf([
      'The United States set a 20% tariff on Vietnamese goods.',
      'The State Bank of Vietnam has kept its refinancing rate at 4.5%.',
    ]);
    expect(rows.map((r) => r[2])).toEqual([20]);
  });

  it('"took effect for goods from Thailand and Malaysia": one rate, each country', () => {
    const rows = tariffsOf(['The same 19% US tariff took effect on Thursday for goods from Thailand and Malaysia.']);
    expect(rows.map((r) => r.slice(0, 3)).sort()).toEqual([
      ['US', 'MY', 19],
      ['US', 'TH', 19],
    ]);
  });

  it('"held off for 90 days on raising tariffs to 30%" pauses; "will keep paying the 25% tariff" is in effect; "the same day" dates a response', () => {
    const rows = tariffsOf([
      'President Donald Trump said he would hold off for 90 days on raising US tariffs on Mexican goods to 30%.',
      'Mexico will keep paying the 25% US tariff on Mexican goods.',
      "Washington's 25% tariffs on Canadian goods took effect on July 29, and Ottawa responded the same day with its own 25% tariffs on US goods.",
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['US', 'MX', 30, 'paused'],
        ['US', 'MX', 25, 'in_effect'],
      ]),
    );
    const { x } = load({
      title: 'Tariff Round-Up',
      date: 'August 1, 2025',
      paragraphs: [
        "Washington's 25% tariffs on Canadian goods took effect on July 29, and Ottawa responded the same day with its own 25% tariffs on US goods.",
      ],
    });
    expect(tariff(x, 'CA', 'US', 25).history.map((h) => h.date)).toContain('2025-07-29');
  });

  it('a timeline entry is history: "- April 11: China raises its tariff … and says it will …" stays in April of this year', () => {
    const { x } = load({
      title: 'Timeline',
      date: 'August 13, 2025',
      paragraphs: [
        '- April 11: China raises its tariff on U.S. goods to 125% and says it will ignore any further increases.',
      ],
    });
    expect(tariff(x, 'CN', 'US', 125)).toMatchObject({ announcedDate: '2025-04-11' });
  });

  it('"the U.S. will cut … to 30% and China will cut its levies from 125% to 10%": each rate has its own clause\'s sides', () => {
    const rows = tariffsOf(
      [
        'The U.S. will cut its tariffs on Chinese goods from 145% to 30% and China will cut its levies from 125% to 10%.',
      ],
      'US and China Truce',
    );
    expect(rows.map((r) => r.slice(0, 3))).toEqual(
      expect.arrayContaining([
        ['US', 'CN', 30],
        ['CN', 'US', 10],
      ]),
    );
    expect(rows.filter((r) => r[2] === 10).map((r) => r[0])).toEqual(['CN']);
  });

  it('"lowered from the 24% announced on 2 April": the replaced rate\'s announcement is an event; "hits back" is one too', () => {
    const { x } = load({
      title: 'Malaysia Deal',
      date: 'October 26, 2025',
      paragraphs: [
        'The United States will keep its tariff on Malaysian goods at 19%, lowered from the 24% announced on 2 April.',
        '- April 4: Beijing hits back with a matching 34% tariff on all U.S. goods.',
      ],
    });
    expect(events(x, 'tariff_action').map((e) => [e.startDate, e.identity])).toEqual(
      expect.arrayContaining([
        ['2025-04-02', 'tariff:US>MY:24:announced'],
        ['2025-04-04', 'tariff:CN>US:34:announced'],
      ]),
    );
  });

  it('"Since Aug. 7, goods have paid a 20% tariff": in effect from that day, an entry-into-force event', () => {
    const { x } = load({
      title: 'Peru Tariff',
      date: 'August 14, 2025',
      paragraphs: ['Since Aug. 7, most Peruvian goods entering the US have paid a 20% US tariff.'],
    });
    expect(tariff(x, 'US', 'PE', 20)).toMatchObject({ status: 'in_effect', effectiveDate: '2025-08-07' });
    expect(events(x, 'tariff_action').map((e) => [e.startDate, e.identity])).toEqual([
      ['2025-08-07', 'tariff:US>PE:20:in_effect'],
    ]);
  });

  it('"since April", in a sentence about what will replace it, is this April', () => {
    const { x } = load({
      title: 'EU and US',
      date: 'July 28, 2025',
      paragraphs: [
        'The United States set a 15% tariff on EU goods.',
        'EU goods have paid a baseline 10% US tariff since April, which the new rate will replace.',
      ],
    });
    expect(tariff(x, 'US', 'EU', 10)).toMatchObject({ status: 'in_effect', effectiveDate: '2025-04' });
  });

  it('"below the rate that had been due to apply from Friday": that date is the other rate\'s plan', () => {
    const { x } = load({
      title: 'Korea Deal',
      date: 'August 1, 2025',
      paragraphs: [
        'Korea and the United States reached a deal on Thursday that sets a 15% US tariff on Korean goods, below the rate that had been due to apply from Friday.',
      ],
    });
    expect(tariff(x, 'US', 'KR', 15)).toMatchObject({ status: 'announced', effectiveDate: null });
  });

  it('"Peru and Chile, which had faced 36% and 49% respectively": each rate its country, both left behind', () => {
    const rows = tariffsOf([
      'The United States set a 20% tariff on Colombian goods.',
      'Peru and Chile, which had faced 36% and 49% respectively, both got lower rates.',
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['US', 'PE', 36, 'superseded'],
        ['US', 'CL', 49, 'superseded'],
      ]),
    );
  });

  it('"Indonesia will pay 19%": the country that pays is the target', () => {
    const rows = tariffsOf([
      'The United States set a 20% tariff on Vietnamese goods.',
      'Indonesia will pay a 19% rate.',
    ]);
    expect(rows).toContainEqual(['US', 'ID', 19, 'announced']);
  });

  it('"Trump set out the 30% rate in a letter on July 12, the same day he sent a letter threatening Mexico with a 30% tariff"', () => {
    const { x } = load({
      title: 'EU Deal',
      date: 'July 28, 2025',
      paragraphs: [
        'President Donald Trump had threatened a 30% US tariff on EU goods.',
        'Trump set out the 30% rate in a letter to von der Leyen on July 12, the same day he sent a letter threatening Mexico with a 30% tariff.',
      ],
    });
    expect(tariff(x, 'US', 'EU', 30).announcedDate).toBe('2025-07-12');
    expect(tariff(x, 'US', 'MX', 30)).toBeDefined();
    expect(events(x, 'tariff_action').filter((e) => e.identity === 'tariff:US>EU:30:announced')).toHaveLength(1);
  });

  it("a rate set for most other countries is no pair's tariff", () => {
    const rows = tariffsOf([
      'The United States imposed a 25% tariff on British steel in March.',
      'When Trump doubled the tariff on steel from most other countries to 50% in June, he spared Britain.',
    ]);
    // (imposed in March, told in August: in force by then)
    expect(rows).toEqual([['US', 'GB', 25, 'in_effect']]);
  });

  it('"the zero tariffs Trump described" is the zero rate already given its sides, not the main direction', () => {
    const rows = tariffsOf([
      'The United States will charge a 20% tariff on Vietnamese goods, and Vietnam will apply zero tariffs to US products.',
      'The 20% rate replaces a 10% baseline rate.',
      'Hanoi has not published a list for the zero tariffs Trump described.',
    ]);
    expect(rows.filter((r) => r[2] === 0)).toEqual([['VN', 'US', 0, 'announced']]);
  });

  it('a city in a dateline under the standfirst is no side; "Korean imports will face 15%" are Korea\'s goods', () => {
    const { x } = load(
      'Seoul Settles on 15% Tariff\nThe deal follows months of talks\nBy Priya Nair\nJuly 31, 2025\n' +
        'SEOUL -- President Donald Trump said on Wednesday that Washington and Seoul had agreed a deal under which Korean imports will face a 15% tariff.',
    );
    expect(x.tariffs.map((t) => [t.imposingCountry, t.targetCountry, t.ratePercent])).toEqual([['US', 'KR', 15]]);
  });

  it('"For Germany\'s carmakers, the U.S. will lower its tariff … from 27.5 percent to 15 percent, but only once …": makers impose nothing, and the old rate applies until then', () => {
    const rows = tariffsOf([
      "For Germany's carmakers, the U.S. will lower its tariff on European cars from 27.5 percent to 15 percent, but only once Brussels tables its own tariff cuts.",
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['US', 'EU', 27.5, 'in_effect'],
        ['US', 'EU', 15, 'announced'],
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it('"The U.S. will cut its tariffs from 145% to 30%" with no condition: the old rate is replaced', () => {
    expect(tariffsOf(['The U.S. will cut its tariffs on Chinese goods from 145% to 30% next week.'])).toEqual(
      expect.arrayContaining([['US', 'CN', 145, 'superseded']]),
    );
  });

  it('"asking us to cut our tariffs to zero while the U.S. keeps a 15 percent tariff": the zero is not the US\'s', () => {
    const rows = tariffsOf([
      'The European Union and the United States agreed a 15 percent tariff on most EU goods, and the EU will cut its tariffs on U.S. industrial goods to zero.',
      '"The Commission is asking us to cut our tariffs to zero while the U.S. keeps a 15 percent tariff on almost everything," one lawmaker said.',
    ]);
    expect(rows.filter((r) => r[0] === 'US' && r[2] === 0)).toEqual([]);
  });

  it('"Peruvian exports to the US now face a 19 per cent tariff": the country exported to imposes it', () => {
    expect(tariffsOf(['Peruvian exports to the US now face a 19 per cent tariff.'])).toEqual([
      ['US', 'PE', 19, 'in_effect'],
    ]);
  });

  it('"the European Union, whose goods face a 15 percent US tariff": the EU is the target', () => {
    expect(
      tariffsOf([
        'The deal puts Switzerland on an equal footing with the European Union, whose goods face a 15 percent US tariff.',
      ]),
    ).toEqual([['US', 'EU', 15, 'in_effect']]);
  });

  it('"the EU and Japan, whose exports to the US are also charged 15 per cent": charged now, on both', () => {
    const rows = tariffsOf([
      'Switzerland struck a deal that cuts US tariffs on Swiss goods to 15 per cent.',
      'The deal restores a level playing field with the EU and Japan, whose exports to the US are also charged 15 per cent.',
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['US', 'EU', 15, 'in_effect'],
        ['US', 'JP', 15, 'in_effect'],
      ]),
    );
  });

  it('in an article on US tariffs on Japan, "Korean goods have paid 15% since Aug. 7, but cars still face a 25% tariff" is not about Japan', () => {
    const rows = tariffsOf([
      'The United States imposed a 15% tariff on Japanese goods on Thursday.',
      'Korean goods have paid 15% since Aug. 7, but cars still face a 25% tariff because the auto cut needs a separate order.',
    ]);
    expect(rows.filter((r) => r[1] === 'JP' && r[2] === 25)).toEqual([]);
  });

  it('a "surtax" and an importer\'s "deposit" in an anti-dumping case are duties; a bank deposit rate is not', () => {
    const rows = tariffsOf([
      'China will require importers of Canadian canola seed to pay a 75.8-per-cent deposit starting Thursday after a preliminary ruling in an anti-dumping investigation.',
      "Beijing says the move answers Ottawa's 100-per-cent surtax on Chinese-made electric vehicles.",
      'Chinese banks cut their bank deposit rate to 1.2 per cent on Tuesday, after the tariff news.',
    ]);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual(
      expect.arrayContaining([
        ['CN', 'CA', 75.8],
        ['CA', 'CN', 100],
      ]),
    );
    expect(rows.map((r) => r[2])).not.toContain(1.2);
  });

  it('"Indonesia, the Philippines and Malaysia were also assigned 19%"; "Cambodia and Thailand were assigned 49% and 36%" pairs them in order', () => {
    const rows = tariffsOf([
      'The United States imposed a 20% tariff on Vietnamese goods on Thursday.',
      'Under the order, Indonesia, the Philippines and Malaysia were also assigned 19%.',
      'Cambodia and Thailand were assigned 49% and 36% in April.',
    ]).map((r) => [r[0], r[1], r[2]]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['US', 'ID', 19],
        ['US', 'PH', 19],
        ['US', 'MY', 19],
        ['US', 'KH', 49],
        ['US', 'TH', 36],
      ]),
    );
    expect(rows).not.toContainEqual(['US', 'TH', 49]);
  });

  it("in an article on Trump's tariffs whose pair trades rates both ways, third countries' rates are the headline's imposer's", () => {
    const { x } = load({
      title: 'Trump sets 20% tariff on Peruvian goods in new deal',
      date: 'July 3, 2025',
      paragraphs: [
        'Peru will cut its tariffs on US cars from 64% to 32%, and the US will charge 20% on Peruvian goods.',
        'Peru has also cut its duty on US ethanol to 5% and on US chicken to 10%.',
        'Neighbours were still waiting: Ecuador and Bolivia were assigned 49% and 36% in April.',
      ],
    });
    const rows = x.tariffs.map((t) => [t.imposingCountry, t.targetCountry, t.ratePercent]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['US', 'EC', 49],
        ['US', 'BO', 36],
      ]),
    );
  });

  it('the one speaking imposes nothing ("Deputy Minister Luis Vega said the 20 per cent rate was a starting point"); "tariffs on goods from all three at 19 per cent" is no one pair\'s', () => {
    const rows = tariffsOf([
      'The United States set a 20 per cent tariff on Peruvian goods.',
      'Peruvian Deputy Minister of Trade Luis Vega said the 20 per cent rate was "a starting point".',
      'Washington also signed deals with Chile, Ecuador and Bolivia, leaving tariffs on goods from all three at 19 per cent.',
    ]);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([['US', 'PE', 20]]);
  });

  it('"products that pass through Vietnam": Vietnam is the target', () => {
    expect(
      tariffsOf([
        'The United States will put a 40% tariff on products that pass through Vietnam from other countries.',
      ]),
    ).toEqual([['US', 'VN', 40, 'announced']]);
  });
});

describe('extract: tariff statuses in recaps', () => {
  const tariffsOf = (paragraphs: string[], date = 'August 8, 2025') =>
    load({ title: 'Tariff Recap', date, paragraphs }).x.tariffs;
  const row = (ts: ReturnType<typeof tariffsOf>, rate: number) => ts.find((t) => t.ratePercent === rate);

  it('"replaces that rate as well as the 24% level announced in April": replaced, and its announcement dated', () => {
    const ts = tariffsOf([
      'The United States agreed a 15% tariff on Japanese goods on Tuesday.',
      'The deal replaces the 25% rate threatened in July as well as the 24% level announced in April, officials said.',
    ]);
    expect(row(ts, 24)).toMatchObject({ imposingCountry: 'US', targetCountry: 'JP', status: 'superseded' });
    expect(row(ts, 24)!.history[0]).toMatchObject({ status: 'announced', date: '2025-04' });
  });

  it('"the 20% rate that Trump announced for the bloc on April 2 was paused … a week later": announced that day, paused later', () => {
    const { x } = load({
      title: 'Tariff Recap',
      date: 'August 8, 2025',
      paragraphs: [
        'Since April, most EU goods have paid a 10% US tariff.',
        'The 20% "reciprocal" rate that Trump announced for the bloc on April 2 was paused for 90 days a week later.',
      ],
    });
    const acts = events(x, 'tariff_action').map((e) => [e.title.split(' ')[2], e.startDate]);
    expect(acts).toContainEqual(['announces', '2025-04-02']);
    expect(acts).not.toContainEqual(['pauses', '2025-04-02']);
  });

  it('"U.S. duties, which had peaked at 145% in April, were cut to 30%, while China\'s levies fell from 125% to 10%": the cuts are done', () => {
    const ts = tariffsOf([
      "U.S. duties on Chinese goods, which had peaked at 145% in April, were cut to 30%, while China's levies on U.S. goods fell from 125% to 10%.",
    ]);
    expect(ts.map((t) => [t.imposingCountry, t.targetCountry, t.ratePercent, t.status])).toEqual(
      expect.arrayContaining([
        ['US', 'CN', 145, 'superseded'],
        ['US', 'CN', 30, 'in_effect'],
        ['CN', 'US', 125, 'superseded'],
        ['CN', 'US', 10, 'in_effect'],
      ]),
    );
  });

  it('"… was suspended for 90 days a week later, and a 10% baseline tariff had applied since": the new subject\'s own verb, not the pause', () => {
    const ts = tariffsOf([
      'The United States imposed a 25% tariff on Peruvian goods on Thursday.',
      'Peru had been assigned a 26% reciprocal rate on April 2; that was suspended for 90 days a week later, and a 10% baseline tariff had applied since.',
    ]);
    expect(row(ts, 10)?.status).not.toBe('paused');
  });

  it('"lowered from the 24 per cent announced on 2 April and the 25 per cent notified in the letter of 7 July": both left behind', () => {
    const ts = tariffsOf([
      'Under the agreement, the United States will keep the tariff on Peruvian goods at 19 per cent, lowered from the 24 per cent announced on 2 April 2025 and the 25 per cent notified in the letter of 7 July 2025.',
    ]);
    expect([row(ts, 24)?.status, row(ts, 25)?.status]).toEqual(['superseded', 'superseded']);
  });

  it('"remain subject to the 50% US tariff" applies now; "defused a threat … the EU would face a 30% tariff from 1 August" never applied', () => {
    const ts = tariffsOf([
      'Steel and aluminium are not covered: EU exports of both metals remain subject to the 50% US tariff.',
      'The deal defused a threat Trump made in a letter on 12 July, in which he said the EU would face a 30% tariff from 1 August.',
    ]);
    expect(row(ts, 50)?.status).toBe('in_effect');
    expect(row(ts, 30)?.status).not.toBe('in_effect');
  });

  it('"the deal removed the biggest uncertainty … the same 15 percent rate": the rate was not removed', () => {
    const ts = tariffsOf([
      'The United States set a 15 percent tariff on Peruvian goods on Wednesday.',
      'The office said the deal "removed the biggest uncertainty" facing exporters and put Peruvian carmakers on an equal footing with rivals, who secured the same 15 percent rate earlier this month.',
    ]);
    expect(row(ts, 15)?.status).not.toBe('withdrawn');
  });

  it('a pact\'s schedule: shares of tariff lines are no rates, "more than 100 per cent" is a bound, "will be halved from 150 per cent … when the pact enters into force" leaves 150 applying till then, "before falling to 40 per cent" is a rate, and the pair\'s own direction wins over a third country\'s', () => {
    const { x } = load({
      title: 'Chile and UK Conclude Trade Pact',
      date: 'May 7, 2025',
      paragraphs: [
        'Under the agreement, Chile will cut tariffs on 90 per cent of British tariff lines, with 85 per cent becoming fully duty-free within a decade.',
        'Duties on Scotch whisky will be halved from 150 per cent to 75 per cent when the pact enters into force, before falling to 40 per cent by the tenth year.',
        'Tariffs on British cars, currently more than 100 per cent, will be brought down to 10 per cent under a quota.',
        'Chile faces a 26 per cent US reciprocal tariff that has been suspended, while British goods are subject to a 10 per cent US baseline duty.',
        '"Zero duty removes a disadvantage of 8 to 12 per cent against competitors," said an exporter.',
      ],
    });
    const rows = x.tariffs.map((t) => [t.imposingCountry, t.targetCountry, t.ratePercent, t.status]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['CL', 'GB', 150, 'in_effect'],
        ['CL', 'GB', 75, 'announced'],
        ['CL', 'GB', 40, 'announced'],
        ['CL', 'GB', 10, 'announced'],
      ]),
    );
    for (const rate of [90, 85, 100, 12]) expect(rows.map((r) => r[2])).not.toContain(rate);
  });

  it('a recap: "replaces the 30% that Trump had threatened", "lowering the 25 percent rate that was set to kick in", "threatened 50% … but backed down", and a modal in another clause', () => {
    const ts = tariffsOf([
      'The United States set a 15% tariff on most EU goods on Sunday.',
      'The 15% rate, which will also cover cars, replaces the 30% that Trump had threatened in a letter on 12 July.',
      'Trump announced the deal on Sunday, lowering the 25 percent rate that was set to kick in on Aug. 1.',
      'In late May he threatened to raise duties to 50% from 1 June, but backed down after a phone call.',
      'Steel remains subject to a 40% US tariff, although officials said a quota could be negotiated later.',
    ]);
    expect([row(ts, 30)?.status, row(ts, 25)?.status, row(ts, 50)?.status]).toEqual([
      'superseded',
      'superseded',
      'withdrawn',
    ]);
    expect(row(ts, 40)).toMatchObject({ imposingCountry: 'US', targetCountry: 'EU', status: 'in_effect' });
  });

  it('"would lower its tariff to 15 percent from the current 25 percent, with the cut applied from Nov. 1 once …": the 25 applies until then', () => {
    const ts = tariffsOf(
      [
        'An official said on Wednesday that Washington would lower its tariff on Peruvian cars to 15 percent from the current 25 percent, with the cut applied retroactively from Nov. 1 once the agreement is formally implemented.',
      ],
      'October 30, 2025',
    );
    expect(row(ts, 25)?.status).toBe('in_effect');
  });

  it('"asked Washington to consider lowering the 20% tariff currently applied": a request, the rate still applies', () => {
    const ts = tariffsOf([
      'The United States set a 20% tariff on Peruvian goods.',
      'Lima asked Washington to consider lowering the 20% tariff currently applied to its coffee.',
    ]);
    expect(row(ts, 20)?.status).not.toBe('superseded');
  });

  it('"would remove the tariffs of up to 15% it had imposed in March": the announcement keeps its month', () => {
    const ts = tariffsOf([
      'China imposed a 10% tariff on American goods in February.',
      'Beijing said it would remove the tariffs of up to 15% it had imposed in March on American farm goods.',
    ]);
    expect(row(ts, 15)).toMatchObject({ imposingCountry: 'CN', targetCountry: 'US', announcedDate: '2025-03' });
  });

  it('"came into force on Thursday, replacing the 10 per cent rate that had been in place since April": each rate keeps its own date', () => {
    const ts = tariffsOf([
      'The 20 per cent tariff that the United States applies to Vietnamese goods came into force on Thursday, replacing the 10 per cent baseline rate that had been in place since April.',
    ]);
    expect(row(ts, 20)).toMatchObject({ status: 'in_effect', effectiveDate: '2025-08-07' });
    expect(row(ts, 10)).toMatchObject({ status: 'superseded' });
  });

  it('"the 20 per cent rate … removed much of the uncertainty": the rate removed something, it was not removed', () => {
    const ts = tariffsOf([
      'The 20 per cent tariff that the United States applies to Vietnamese goods came into force on Thursday.',
      'Exporters said the 20 per cent rate removed much of the uncertainty over orders.',
    ]);
    expect(row(ts, 20)!.status).toBe('in_effect');
  });

  it('"before pausing it and applying a 10% baseline rate" applies the 10%; "consider applying a 0% tariff" does not', () => {
    const ts = tariffsOf([
      'In April, Trump announced a 46% tariff on Vietnamese goods, before pausing it a week later and applying a 10% baseline rate while talks continued.',
      'Vietnam asked the US to consider applying a 0% tariff to its coffee exports.',
    ]);
    expect(row(ts, 10)!.status).toBe('in_effect');
    expect(row(ts, 0)?.status).not.toBe('in_effect');
  });
});

describe("extract: a tracker's rows", () => {
  const tariffsOf = (paragraphs: string[]) =>
    load({ title: 'Where US Tariffs Stand', date: 'December 15, 2025', paragraphs }).x.tariffs.map((t) => [
      t.imposingCountry,
      t.targetCountry,
      t.ratePercent,
      t.status,
    ]);

  it('a rated row label is the rate in force; the lines under it speak of its country', () => {
    const rows = tariffsOf([
      'Most partners have cut deals since US President Donald Trump announced his tariffs in April.',
      'CHILE - 19%',
      'In force since Aug. 7, down from the 34% announced in April; goods routed through third countries pay 40%.',
      'NEW ZEALAND - 15%',
      'Cut from 25% under the accord reached in November. Dairy pays 10%.',
      'The stakes are largest for farm exporters.',
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['US', 'CL', 19, 'in_effect'],
        ['US', 'CL', 34, 'superseded'],
        ['US', 'CL', 40, 'in_effect'],
        ['US', 'NZ', 15, 'in_effect'],
        ['US', 'NZ', 25, 'superseded'],
        ['US', 'NZ', 10, 'in_effect'],
      ]),
    );
    expect(rows).toHaveLength(6);
  });

  it('a country named in a row\'s line is still the side it is: "Ottawa … kept 25% on US steel"', () => {
    const rows = tariffsOf([
      'US President Donald Trump set new tariffs in April.',
      'CANADA - 35%',
      'Ottawa dropped most of its counter-tariffs on Sept. 1 but kept 25% on US steel.',
    ]);
    expect(rows).toContainEqual(['CA', 'US', 25, 'in_effect']);
    expect(rows).toContainEqual(['US', 'CA', 35, 'in_effect']);
  });

  it('"pays 25% rather than 50%" and "the average effective tariff rate is around 17%" state no measure', () => {
    const rows = tariffsOf([
      'US President Donald Trump set new tariffs in April.',
      'UNITED KINGDOM - 10%',
      'British steel pays 25% rather than 50%.',
      '"The average effective US tariff rate is now around 17%," said one economist.',
    ]);
    expect(rows.map((r) => r[2]).sort()).toEqual([10, 25]);
  });
});

describe('extract: tariff clauses that hedge or keep', () => {
  const tariffsOf = (paragraphs: string[]) =>
    load({ title: 'Chile and US Publish Framework', date: 'October 28, 2025', paragraphs }).x.tariffs.map((t) => [
      t.imposingCountry,
      t.targetCountry,
      t.ratePercent,
      t.status,
    ]);

  it('"Chile is assigned 34 per cent": the country assigned a rate is its target', () => {
    // (the first rate the article gives: no direction is known yet but whose tariffs the headline names)
    const { x } = load({
      title: "Trump's tariffs on Chile: a timeline",
      date: 'October 28, 2025',
      paragraphs: ['- April 2: Trump unveils tariffs on dozens of countries. Chile is assigned 34 per cent.'],
    });
    expect(x.tariffs.map((t) => [t.imposingCountry, t.targetCountry, t.ratePercent, t.status])).toEqual([
      ['US', 'CL', 34, 'announced'],
    ]);
  });

  it('"keeps a 19 per cent tariff … but says it may cut the rate to zero": the kept rate applies, the cut is proposed', () => {
    const rows = tariffsOf([
      'Under the framework, Washington keeps a 19 per cent tariff on most Chilean goods but says it may cut the rate to zero for listed products.',
    ]);
    expect(rows).toEqual([
      ['US', 'CL', 19, 'in_effect'],
      ['US', 'CL', 0, 'proposed'],
    ]);
  });

  it('a country in a body\'s name is no side: "the Federation of Chilean Industries said the 19% rate …"', () => {
    const { x } = load({
      title: "Trump's tariffs on Chile",
      date: 'August 1, 2025',
      paragraphs: [
        'The United States buys more Chilean copper than any other country.',
        'Rosa Fuentes, chairman of the Federation of Chilean Industries, said the 19% rate removed the worst-case scenario for exporters.',
      ],
    });
    expect(x.tariffs.filter((t) => t.imposingCountry === 'CL')).toEqual([]);
  });
});

describe('extract: measures of the same rate between the same sides', () => {
  const tariffsOf = (paragraphs: string[]) =>
    load({ title: 'Chile Tariff Explainer', date: 'September 17, 2025', paragraphs }).x.tariffs.map((t) => [
      t.imposingCountry,
      t.targetCountry,
      t.ratePercent,
      t.scope,
    ]);

  it('"a 25% reciprocal rate" and "an additional 25% penalty" are two measures', () => {
    const rows = tariffsOf([
      'The United States set a 25% reciprocal rate on Chilean goods on July 30.',
      'A week later Washington imposed an additional 25% tariff on Chilean goods as a penalty over copper dumping.',
    ]);
    expect(rows).toEqual([
      ['US', 'CL', 25, 'main'],
      ['US', 'CL', 25, 'additional'],
    ]);
  });

  it('"a 50% combined rate" and "a separate 50% on steel shipments" are two; "the 15% rate will also apply to cars" is one', () => {
    expect(
      tariffsOf([
        'The United States lifted the combined rate on Chilean goods to 50% on August 27.',
        'Steel and copper shipments are charged a separate 50% under national-security duties.',
      ]),
    ).toEqual([
      ['US', 'CL', 50, 'main'],
      ['US', 'CL', 50, 'sectoral'],
    ]);
    expect(
      tariffsOf([
        'The United States agreed a 15% rate on Chilean goods on July 22.',
        'The 15% rate will also apply to Chilean cars and auto parts.',
      ]),
    ).toHaveLength(1);
  });

  it('"lifted the combined rate to 50%" raises it; "lifted tariffs of up to 218%" removes them', () => {
    const statusOf = (text: string) =>
      load({ title: 'Chile Tariff Explainer', date: 'September 17, 2025', paragraphs: [text] }).x.tariffs[0]?.status;
    expect(statusOf('The United States lifted the combined rate on Chilean goods to 50% on August 27.')).not.toBe(
      'withdrawn',
    );
    expect(statusOf('The United States lifted tariffs of up to 218% on Chilean wine on August 27.')).toBe('withdrawn');
  });

  it('"the 10% baseline tariff" after "cars … at a 10% tariff" is the main rate, not the quota\'s', () => {
    const rows = tariffsOf([
      'A quota letting 100,000 Chilean cars a year into the US at a 10% tariff came into force on Monday.',
      'Most other Chilean goods continue to pay the 10% baseline tariff.',
    ]);
    expect(rows).toEqual([
      ['US', 'CL', 10, 'sectoral'],
      ['US', 'CL', 10, 'main'],
    ]);
  });

  it('a rate told plainly joins the one measure of that rate told before, whatever its scope', () => {
    const rows = tariffsOf([
      'Chilean automobiles have been subject to a 25% US tariff since April 3.',
      'Exporters said the 25% tariff had cut shipments by a third.',
    ]);
    expect(rows).toEqual([['US', 'CL', 25, 'sectoral']]);
  });
});

describe('extract: timeline lines with two sides', () => {
  const tariffsOf = (paragraphs: string[]) =>
    load({ title: 'Chile-US Tariff Timeline', date: 'November 11, 2025', paragraphs }).x.tariffs.map((t) => [
      t.imposingCountry,
      t.targetCountry,
      t.ratePercent,
      t.status,
    ]);

  it('"US duties fall to 30% and Chilean duties to 10% from May 14": each owner its own rate', () => {
    const rows = tariffsOf([
      '- May 12: In Geneva the two sides cut their rates for 90 days; US duties fall to 30% and Chilean duties to 10% from May 14.',
    ]);
    expect(rows).toContainEqual(['US', 'CL', 30, 'in_effect']);
    expect(rows).toContainEqual(['CL', 'US', 10, 'in_effect']);
  });

  it('"The US cut its tariff on Chilean goods to 10% from 20% on Monday, and Santiago removed its duties": the cut is done, not withdrawn', () => {
    const rows = tariffsOf([
      'The US cut its fentanyl-related tariff on Chilean goods to 10% from 20% on Monday, and Santiago removed retaliatory duties on US farm goods.',
    ]);
    expect(rows).toContainEqual(['US', 'CL', 10, 'in_effect']);
  });

  it('"Chile\'s retaliatory 25% tariffs on US goods, imposed in March, remain in place", told in August: in effect', () => {
    const { x } = load({
      title: 'Chile-US Tariff Timeline',
      date: 'August 5, 2025',
      paragraphs: [
        "Chile's own retaliatory 25% tariffs on $21.6 billion of U.S. goods, imposed in March, remain in place.",
      ],
    });
    expect(x.tariffs.map((t) => [t.imposingCountry, t.targetCountry, t.ratePercent, t.status])).toEqual([
      ['CL', 'US', 25, 'in_effect'],
    ]);
  });

  it('"announced a 20% rate …, only to cut it to 10% a week later": the 20% left behind; "will halve it … and cut it to 40%" is a plan', () => {
    const statusOf = (text: string, rate: number) =>
      load({
        title: 'Chile-US Tariff Timeline',
        date: 'July 28, 2025',
        paragraphs: ['The US set a 25% tariff on Chilean copper in March.', text],
      }).x.tariffs.find((t) => t.ratePercent === rate)?.status;
    expect(
      statusOf(
        'On April 2 the US announced a 20% reciprocal rate on Chilean goods, only to cut it to 10% a week later for 90 days.',
        20,
      ),
    ).toBe('superseded');
    expect(
      statusOf(
        'Chile will halve its 150% tariff on US whisky to 75% when the deal enters into force, and cut it to 40% by the tenth year.',
        75,
      ),
    ).not.toBe('superseded');
  });

  it('"threatened to raise duties to 50% from 1 June", told after 1 June: still a threat, not in effect', () => {
    const { x } = load({
      title: 'Chile-US Tariff Timeline',
      date: 'July 28, 2025',
      paragraphs: [
        'In late May US President Donald Trump threatened to raise duties on Chilean goods to 50% from 1 June.',
      ],
    });
    expect(x.tariffs.map((t) => [t.ratePercent, t.status, t.history.map((h) => h.status)])).toEqual([
      [50, 'announced', ['announced']],
    ]);
  });

  it('"Santiago lifts duties of up to 15% on US farm goods": withdrawn', () => {
    const rows = tariffsOf([
      'The US set a 20% tariff on Chilean goods in March.',
      '- Nov. 10: Santiago lifts duties of up to 15% on US farm goods.',
    ]);
    expect(rows).toContainEqual(['CL', 'US', 15, 'withdrawn']);
  });
});

describe('extract: a subject standing for the country before', () => {
  const tariffsOf = (paragraphs: string[]) =>
    load({ title: 'Chile and the US', date: 'September 17, 2025', paragraphs }).x.tariffs.map((t) => [
      t.imposingCountry,
      t.targetCountry,
      t.ratePercent,
      t.status,
    ]);

  it('"Santiago chose to negotiate. It had already … cut its import duty on bourbon to 100% from 150%": Chile cuts, on US goods', () => {
    const rows = tariffsOf([
      'The United States set a 25% tariff on Chilean goods on July 30.',
      'Santiago chose to negotiate rather than retaliate. It had already made a gesture in its February budget, cutting its import duty on bourbon whiskey to 100% from 150%.',
    ]);
    expect(rows).toContainEqual(['CL', 'US', 100, 'in_effect']);
    expect(rows).toContainEqual(['CL', 'US', 150, 'superseded']);
    expect(rows.filter((r) => r[0] === 'US').map((r) => r[2])).toEqual([25]);
  });

  it('"In February, the government cut the duty on motorcycles to 30% from 50%, moves seen as aimed at the US"', () => {
    const rows = tariffsOf([
      'The United States set a 25% tariff on Chilean goods on July 30.',
      'Santiago has already lowered some duties. In February, the government cut the duty on heavy motorcycles to 30% from 50%, moves seen as aimed at the US.',
    ]);
    expect(rows).toContainEqual(['CL', 'US', 50, 'superseded']);
  });
});

describe("extract: whose goods, and rates that are someone else's", () => {
  const tariffsOf = (paragraphs: string[]) =>
    load({ title: 'Britain and the US', date: 'July 1, 2025', paragraphs }).x.tariffs.map((t) => [
      t.imposingCountry,
      t.targetCountry,
      t.ratePercent,
      t.status,
    ]);

  it('"the UK opened a tariff-free quota for American ethanol, which otherwise pays 19 per cent": the UK charges it', () => {
    const rows = tariffsOf([
      'The US tariff on British cars fell to 10 per cent on Monday.',
      'In return, the UK on Monday opened a quota for American ethanol, which otherwise pays 19 per cent.',
    ]);
    expect(rows).toContainEqual(['GB', 'US', 19, 'in_effect']);
  });

  it('"having been spared the increase to 50 per cent that Washington applied to other countries": no 50% on the UK', () => {
    const rows = tariffsOf([
      'UK steel continues to face a 25 per cent US tariff, having been spared the increase to 50 per cent that Washington applied to other countries on 4 June.',
    ]);
    expect(rows.map((r) => r[2])).toEqual([25]);
  });

  it('"came into force, ending three months in which exporters paid 27.5 per cent": the 27.5 per cent is left behind', () => {
    const rows = tariffsOf([
      'A quota letting 100,000 British cars into the US at a 10 per cent tariff came into force on Monday, ending three months in which exporters paid 27.5 per cent.',
    ]);
    expect(rows).toContainEqual(['US', 'GB', 27.5, 'superseded']);
  });

  it('"Korean automobiles … while Japanese and European vehicles have been charged 15%": the US charges them, in effect', () => {
    const rows = load({
      title: 'Korea Ministry Statement',
      date: 'November 14, 2025',
      paragraphs: [
        'The US tariff on Korean cars was lowered from 25% to 15% under the joint fact sheet.',
        'Korean automobiles had been subject to the 25% tariff since April 3, while Japanese and European vehicles have been charged 15% since September.',
      ],
    }).x.tariffs.map((t) => [t.imposingCountry, t.targetCountry, t.ratePercent, t.status]);
    expect(rows).toContainEqual(['US', 'JP', 15, 'in_effect']);
    expect(rows.filter((r) => r[0] === 'KR')).toEqual([]);
  });

  it('"against Bangladesh and Vietnam, which pay 20%": the rivals\' own rate', () => {
    const rows = load({
      title: "Trump's tariffs on India",
      date: 'September 17, 2025',
      paragraphs: [
        '"The 50% rate prices Indian garments out of the US market against Bangladesh and Vietnam, which pay 20%," said one economist.',
      ],
    }).x.tariffs.map((t) => [t.imposingCountry, t.targetCountry, t.ratePercent]);
    expect(rows).toContainEqual(['US', 'VN', 20]);
    expect(rows).toContainEqual(['US', 'BD', 20]);
    expect(rows).not.toContainEqual(['US', 'IN', 20]);
  });
});

describe("extract: statuses a rate's own words or the next sentence give", () => {
  const tariffsOf = (paragraphs: string[], title = 'Peru and Chile Trade Duties') =>
    load({ title, date: 'December 17, 2025', paragraphs }).x.tariffs.map((t) => [
      t.imposingCountry,
      t.targetCountry,
      t.ratePercent,
      t.status,
    ]);

  it('"well below the provisional levies of 15.6% to 62.4% that had been collected since 10 September": both ends left behind', () => {
    const rows = tariffsOf([
      'Chile will impose final anti-dumping duties of 4.9% to 19.8% on pork imported from Peru from Wednesday, well below the provisional levies of 15.6% to 62.4% that had been collected since 10 September.',
    ]);
    expect(rows).toContainEqual(['CL', 'PE', 15.6, 'superseded']);
    expect(rows).toContainEqual(['CL', 'PE', 62.4, 'superseded']);
  });

  it('"on top of the standard 10% car tariff": a standing rate is in effect', () => {
    const rows = tariffsOf([
      "Peru's countervailing duties of up to 35.3% on Chilean-made electric vehicles have applied since October 2024 on top of the standard 10% car tariff.",
    ]);
    expect(rows).toContainEqual(['PE', 'CL', 10, 'in_effect']);
  });

  it('"it imposed duties of up to 34.9% on Peruvian brandy in July", told in December: in effect', () => {
    const rows = tariffsOf([
      'Chile followed a similar playbook for brandy: it imposed final anti-dumping duties of up to 34.9% on Peruvian brandy in July.',
    ]);
    expect(rows).toContainEqual(['CL', 'PE', 34.9, 'in_effect']);
  });

  it('"first imposed 25 per cent tariffs … The rate rose to 35 per cent on Aug. 1": the 25 per cent is left behind', () => {
    const rows = tariffsOf(
      [
        'US President Donald Trump first imposed 25 per cent tariffs on Peruvian goods on March 4. The rate rose to 35 per cent on Aug. 1.',
      ],
      'US and Peru',
    );
    expect(rows).toContainEqual(['US', 'PE', 25, 'superseded']);
    expect(rows).toContainEqual(['US', 'PE', 35, 'in_effect']);
  });

  it('"Peruvian coffee and beef still paid the 40% levy": the definite rate is the additional one already told', () => {
    const { x } = load({
      title: 'US and Peru',
      date: 'November 21, 2025',
      paragraphs: [
        'US President Donald Trump on Thursday removed the 40% additional tariff on a range of Peruvian farm goods.',
        'Until Thursday, Peruvian coffee and beef still paid the 40% levy.',
      ],
    });
    expect(x.tariffs.filter((t) => t.ratePercent === 40).map((t) => t.scope)).toEqual(['additional']);
  });
});

describe('extract: trade flows in the ways articles state them', () => {
  const flowsOf = (paragraph: string) =>
    load({ title: 'Trade Figures', date: 'July 31, 2025', paragraphs: [paragraph] }).x.tradeStats.map((t) => [
      t.exporter,
      t.importer,
      t.period,
      t.valueUsd,
    ]);

  it('"… were $40.3 billion last year. In January-October they fell 6.4% to $31.2 billion": the same flow, its own period', () => {
    expect(
      flowsOf(
        "Peru's exports to the United States were $40.3 billion last year. In January-June they fell 6.4% to $19.2 billion from $20.5 billion.",
      ),
    ).toEqual([
      ['PE', 'US', '2024', 40_300_000_000],
      ['PE', 'US', '2025-01/2025-06', 19_200_000_000],
    ]);
    expect(
      flowsOf(
        "Peru's exports to the United States were $40.3 billion last year. Cumulative shipments for April-June were still up 18% at $10.4 billion.",
      ),
    ).toContainEqual(['PE', 'US', '2025-04/2025-06', 10_400_000_000]);
    // (a sentence naming its own countries is its own flow)
    expect(
      flowsOf(
        "Peru's exports to the United States were $40.3 billion last year. In January-June they fell to $19.2 billion, Chile said.",
      ),
    ).toHaveLength(1);
  });

  it('"$86.5 billion in the fiscal year that ended in March": the twelve months to that March', () => {
    expect(
      flowsOf(
        "Peru's exports to the US were $86.5 billion in the fiscal year that ended in March, according to commerce ministry data.",
      ),
    ).toEqual([['PE', 'US', '2024-04/2025-03', 86_500_000_000]]);
  });

  it('"bought $36.6 billion worth of goods from Peru last year while selling it just $3.1 billion", "took in $9.5 billion worth of Peruvian goods"', () => {
    expect(
      flowsOf('The U.S. bought $36.6 billion worth of goods from Peru in 2024 while selling it just $3.1 billion.'),
    ).toEqual([
      ['PE', 'US', '2024', 36_600_000_000],
      ['US', 'PE', '2024', 3_100_000_000],
    ]);
    expect(flowsOf('In 2024 the US took in $9.5 billion worth of Peruvian goods.')).toEqual([
      ['PE', 'US', '2024', 9_500_000_000],
    ]);
  });

  it('"fell to $6.87 billion in June from $8.01 billion in May": each amount its own month', () => {
    expect(
      flowsOf(
        "Peru's exports to the United States fell to $6.87 billion in June from $8.01 billion in May, ministry data showed.",
      ),
    ).toEqual([
      ['PE', 'US', '2025-06', 6_870_000_000],
      ['PE', 'US', '2025-05', 8_010_000_000],
    ]);
  });

  it('"at $11.8 billion for January through June, compared with $9.3 billion in the same period of last year": the same flow, a year back', () => {
    expect(
      flowsOf(
        'Census data showed US imports of goods from Peru at $11.8 billion for January through June, compared with $9.3 billion in the same period of last year.',
      ),
    ).toEqual([
      ['PE', 'US', '2025-01/2025-06', 11_800_000_000],
      ['PE', 'US', '2024-01/2024-06', 9_300_000_000],
    ]);
  });

  it('"imported $X from B and exported $Y there": both directions, subject kept across "and"', () => {
    expect(
      flowsOf(
        'Census data show the United States imported $36.6 billion of goods from Peru in 2024 and exported about $3.1 billion there, leaving a deficit of $33.5 billion.',
      ),
    ).toEqual([
      ['PE', 'US', '2024', 36_600_000_000],
      ['US', 'PE', '2024', 3_100_000_000],
    ]);
  });

  it('"A exported $X to B last year and imported $Y": the subject is A, not the country after "to"', () => {
    expect(
      flowsOf('Chile exported $14.3 billion of goods to the United States last year and imported $16.6 billion.'),
    ).toEqual([
      ['CL', 'US', '2024', 14_300_000_000],
      ['US', 'CL', '2024', 16_600_000_000],
    ]);
  });

  it('"B was A\'s top export destination in 2024, with exports of $X": A exports', () => {
    expect(
      flowsOf("Japan was Thailand's top export destination in 2024, with exports valued at US$25.5 billion."),
    ).toEqual([['TH', 'JP', '2024', 25_500_000_000]]);
  });

  it('a third country after the amount\'s clause is no side: "…, making the US its largest market after China"', () => {
    expect(
      flowsOf(
        "Chile's exports to the United States reached $16.8 billion last year, making the US its second-largest market after China.",
      ),
    ).toEqual([['CL', 'US', '2024', 16_800_000_000]]);
  });

  it('"the fiscal year ended March 2025" is the twelve months to March', () => {
    expect(flowsOf("India's exports to Japan were $6.2 billion in the fiscal year ended March 2025.")).toEqual([
      ['IN', 'JP', '2024-04/2025-03', 6_200_000_000],
    ]);
  });

  it('"Exports to the US rose to $X": the destination named, the exporter is the other side', () => {
    expect(
      flowsOf(
        "Exports to the US rose 27% to $101.4 billion in the first 10 months of 2025, Peru's customs office said.",
      ),
    ).toEqual([['PE', 'US', '2025-01/2025-10', 101_400_000_000]]);
  });

  it("three countries: each amount takes the sentence's subject and the country it comes from", () => {
    expect(
      flowsOf(
        'US imports from Chile fell to $16.5 billion in the first half of 2025, while imports from Peru climbed to $8.3 billion.',
      ),
    ).toEqual([
      ['CL', 'US', '2025-01/2025-06', 16_500_000_000],
      ['PE', 'US', '2025-01/2025-06', 8_300_000_000],
    ]);
  });

  it('"fell to $X in the first half of 2025 from $Y a year earlier": the older figure is a year back', () => {
    expect(
      flowsOf(
        'US imports from Chile fell to $19.6 billion in the first half of 2025 from $21.1 billion a year earlier.',
      ),
    ).toEqual([
      ['CL', 'US', '2025-01/2025-06', 19_600_000_000],
      ['CL', 'US', '2024-01/2024-06', 21_100_000_000],
    ]);
  });

  it('"Imports from the US over the same period came to …": the period of the figure before; one side named, the other is the article\'s', () => {
    const { x } = load({
      title: 'Peru Exports',
      date: 'October 7, 2025',
      paragraphs: [
        "Peru's exports to the United States reached US$12.7 billion in the first nine months of 2025.",
        'Imports from the US over the same period came to nearly 9.6 billion USD.',
        'In September alone, shipments to the US were worth US$1.4bn.',
      ],
    });
    expect(x.tradeStats.map((t) => [t.exporter, t.importer, t.period, t.valueUsd])).toEqual([
      ['PE', 'US', '2025-01/2025-09', 12_700_000_000],
      ['US', 'PE', '2025-01/2025-09', 9_600_000_000],
      ['PE', 'US', '2025-09', 1_400_000_000],
    ]);
  });

  it('a fiscal year with its months is an interval: "2024-25 (April-March)"', () => {
    expect(
      flowsOf("India's exports to Japan stood at $6.2 billion in 2024-25 (April-March), the ministry said."),
    ).toEqual([['IN', 'JP', '2024-04/2025-03', 6_200_000_000]]);
  });
});

describe('extract: trade flows', () => {
  it('exporter → importer, period and qualifiers; "while importing" reverses the direction', () => {
    const loaded = load({
      title: 'Thai Trade',
      date: 'March 2, 2025',
      paragraphs: [
        'Thailand shipped more than $63 billion of goods to the US in 2024, while importing roughly $18 billion of American products.',
      ],
    });
    expect(flow(loaded.x, 'TH', 'US')).toMatchObject({ period: '2024', valueUsd: 63e9, qualifier: 'more_than' });
    expect(flow(loaded.x, 'US', 'TH')).toMatchObject({ period: '2024', valueUsd: 18e9, qualifier: 'approximately' });
    expectSpansCite(loaded);
  });

  it('"imports from Japan" names the exporter; "according to" names the source organization', () => {
    const { x } = load({
      title: 'US Imports',
      date: 'March 1, 2025',
      paragraphs: ['Imports from Japan reached $148 billion in 2024, according to the US Commerce Department.'],
    });
    const f = flow(x, 'JP', 'US');
    expect(f).toMatchObject({ period: '2024', valueUsd: 148e9, qualifier: 'exact' });
    expect(f.sourceOrganizationKey).not.toBeNull();
    expect(x.actors.find((a) => a.key === f.sourceOrganizationKey)?.name).toBe('US Commerce Department');
  });

  it('"X imported … from Y" makes Y the exporter', () => {
    const { x } = load({
      title: 'UK Imports',
      date: 'March 1, 2025',
      paragraphs: ['The UK imported nearly $60 billion of goods from the US in 2024.'],
    });
    expect(flow(x, 'US', 'GB')).toMatchObject({ period: '2024', valueUsd: 60e9, qualifier: 'less_than' });
  });

  it('a month range is the period', () => {
    const { x } = load({
      title: 'Thai Exports',
      date: 'May 30, 2025',
      paragraphs: ['From January to April 2025, Thailand exported $20 billion in goods to the US.'],
    });
    expect(flow(x, 'TH', 'US').period).toBe('2025-01/2025-04');
  });

  it('balances and flows without a period are not trade rows', () => {
    const { x } = load({
      title: 'Balances',
      date: 'March 1, 2025',
      paragraphs: [
        'Malaysia’s trade surplus with the US grew to $25 billion in 2024.',
        'Japan exported $5 billion of rice to the US.',
      ],
    });
    expect(x.tradeStats).toEqual([]);
  });

  it('"In 2023, Indonesia exported $28 billion of goods to the United States." is a trade row', () => {
    const { x } = load({
      title: 'Indonesia Exports',
      date: 'March 2, 2025',
      paragraphs: ['In 2023, Indonesia exported $28 billion of goods to the United States.'],
    });
    expect(flow(x, 'ID', 'US')).toMatchObject({ period: '2023', valueUsd: 28e9 });
  });
});
