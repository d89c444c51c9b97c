// recogniseEvents on single sentences, with the document context built in one line. Whole-article
// behaviour (coreference, merging across sentences) stays in extract.test.ts.
import { describe, expect, it } from 'vitest';
import { eventRecogniser } from '../../src/loader/configuration.js';
import type { EventFrame } from '../../src/loader/recognise/events.js';
import { ctx, read, recognised, why, type ContextParts } from './helpers.js';

/** The frames of the last sentence of `paragraphs`, read in a context of `parts`, and why. */
function frames(parts: ContextParts, ...paragraphs: string[]): { found: EventFrame[]; why: string } {
  const c = ctx(parts);
  const sentences = read(c, ...paragraphs);
  const found = recognised(eventRecogniser, c, sentences.at(-1)!);
  return { found, why: why(c) };
}

const vn = { pair: ['US', 'VN'], published: '2025-07-10' };
const brief = (f: EventFrame) => ({
  type: f.type,
  date: f.date?.start.date ?? null,
  end: f.date?.end?.date ?? null,
  status: f.status,
});

describe('recogniseEvents: triggers', () => {
  it('a meeting: where, how, and the day, in the past of the publication', () => {
    const r = frames(
      vn,
      'Minister Nguyen Hong Dien met US Trade Representative Jamieson Greer in Washington on July 8.',
    );
    expect(r.found.map(brief), r.why).toEqual([{ type: 'meeting', date: '2025-07-08', end: null, status: 'occurred' }]);
    expect(r.found[0], r.why).toMatchObject({ text: 'met ', location: 'Washington', format: 'in_person' });
  });

  it('a virtual meeting is virtual; a call by phone is a phone call', () => {
    expect(frames(vn, 'Greer and Dien held a virtual meeting on July 8.').found[0]).toMatchObject({
      type: 'meeting',
      format: 'virtual',
    });
    const call = frames(vn, 'The two leaders spoke by phone on Tuesday.');
    expect(call.found.map(brief), call.why).toEqual([
      { type: 'call', date: '2025-07-08', end: null, status: 'occurred' },
    ]);
    expect(call.found[0]!.format, call.why).toBe('phone');
  });

  it('statements, proposals and agreements; a hedged one is unconfirmed', () => {
    expect(frames(vn, 'The two sides issued a joint statement on July 2.').found.map(brief)).toEqual([
      { type: 'statement', date: '2025-07-02', end: null, status: 'occurred' },
    ]);
    expect(frames(vn, 'Vietnam sent its revised proposal to Washington on June 20.').found.map(brief)).toEqual([
      { type: 'proposal', date: '2025-06-20', end: null, status: 'occurred' },
    ]);
    const hedged = frames(vn, 'Vietnam and the US reportedly signed an agreement on July 2.');
    expect(hedged.found.map(brief), hedged.why).toEqual([
      { type: 'agreement', date: '2025-07-02', end: null, status: 'unconfirmed' },
    ]);
  });

  it('words on the record on a day of their own are a statement (published Thu 10 July 2025)', () => {
    for (const sentence of [
      'Minister Dien said on Tuesday that the talks would go on.',
      'Minister Dien told reporters in Hanoi late Tuesday that the talks would go on.',
      'Minister Dien wrote in a Facebook post on Tuesday that the talks would go on.',
    ]) {
      const r = frames(vn, sentence);
      expect(r.found.map(brief), `${sentence}\n${r.why}`).toEqual([
        { type: 'statement', date: '2025-07-08', end: null, status: 'occurred' },
      ]);
    }
    // A day inside what was said, a rate announced, a statistics release, a remark on a meeting told.
    for (const sentence of [
      'Minister Dien said the new rate would apply from August 1.',
      'The 46% rate was announced on April 2.',
      'Vietnam’s exports to the U.S. rose 30% to $10 billion in June, the statistics office said on Tuesday.',
    ])
      expect(
        frames(vn, sentence).found.filter((f) => f.type === 'statement'),
        sentence,
      ).toEqual([]);
    const met = frames(vn, 'Minister Dien said on Tuesday that he had met Greer in Washington.');
    expect(
      met.found.map((f) => f.type),
      met.why,
    ).toEqual(['meeting']);
  });

  it('a condition is no event ("unless it reached a deal")', () => {
    const r = frames(vn, 'Vietnam would face higher tariffs unless it reached a deal by August 1.');
    expect(r.found, r.why).toEqual([]);
  });

  it('an event called off is unconfirmed; a definite mention refers back', () => {
    const r = frames(vn, 'The meeting was postponed.');
    expect(
      r.found.map((f) => [f.type, f.definite, f.status, f.date]),
      r.why,
    ).toEqual([['meeting', true, 'unconfirmed', null]]);
  });

  it('two triggers of other kinds make two frames, the one after "after" dating the first', () => {
    const r = frames(vn, 'They reached the agreement after an hour-long meeting on July 27.');
    expect(
      r.found.map((f) => [f.type, f.date?.start.date]),
      r.why,
    ).toEqual([
      ['agreement', '2025-07-27'],
      ['meeting', '2025-07-27'],
    ]);
  });
});

describe('recogniseEvents: rounds', () => {
  it('an ordinal round, its span of days and its place', () => {
    const r = frames(vn, 'The third round of talks was held in Hanoi from June 9 to 12.');
    expect(r.found.map(brief), r.why).toEqual([
      { type: 'negotiation_round', date: '2025-06-09', end: '2025-06-12', status: 'occurred' },
    ]);
    expect(r.found[0], r.why).toMatchObject({ round: 3, location: 'Hanoi' });
  });

  it('a numbered round ahead of the publication is scheduled', () => {
    const r = frames(vn, 'Round 5 of the negotiations will take place in Washington on August 20.');
    expect(r.found.map(brief), r.why).toEqual([
      { type: 'negotiation_round', date: '2025-08-20', end: null, status: 'scheduled' },
    ]);
    expect(r.found[0]!.round, r.why).toBe(5);
  });

  it('"the next round" is a round relative to those seen, with no number of its own', () => {
    const r = frames(vn, 'The next round is expected in September.');
    expect(
      r.found.map((f) => [f.type, f.round, f.roundRelation, f.date?.start.date, f.status]),
      r.why,
    ).toEqual([['negotiation_round', null, 'next', '2025-09', 'scheduled']]);
  });

  it('"The fifth was held …" is a round only right after rounds were spoken of', () => {
    const after = frames(vn, 'The fourth round ended on Friday. The fifth was held in Hanoi from July 14 to 18.');
    expect(
      after.found.map((f) => [f.type, f.round]),
      after.why,
    ).toEqual([['negotiation_round', 5]]);
    const alone = frames(
      vn,
      'Officials gave no details.',
      'Trade was discussed.',
      'The fifth was held in Hanoi from July 14 to 18.',
    );
    expect(
      alone.found.filter((f) => f.type === 'negotiation_round'),
      alone.why,
    ).toEqual([]);
  });
});
