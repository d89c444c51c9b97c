// The tariff measures' refiners and the rate-less act recogniser, each on a few sentences with the
// document context built in one line; the measures they refine are made by the measures stage.
import { describe, expect, it } from 'vitest';
import { configuration, tariffActRecogniser } from '../../src/loader/configuration.js';
import { dueLaterIsAnnounced, ratelessStatusChange } from '../../src/loader/extract/measure-refiners.js';
import { tariffMeasures } from '../../src/loader/extract/measures.js';
import type { Refiner } from '../../src/loader/recognise/recogniser.js';
import type { TariffMention } from '../../src/loader/types.js';
import { ctx, read, recognised, why } from './helpers.js';

const vn = { pair: ['US', 'VN'], published: '2025-07-10' };

/** The measures the sentences state, refined by `refiners` only. */
function measures(refiners: Array<Refiner<TariffMention[]>>, ...paragraphs: string[]) {
  const c = ctx(vn);
  read(c, ...paragraphs);
  const found = tariffMeasures(c, c.actors, { recognisers: configuration.tariffs.recognisers, refiners }, null);
  return { found: found.measures, why: () => why(c) };
}

const history = (m: TariffMention) => m.history.map((h) => [h.status, h.date]);

describe('ratelessStatusChange', () => {
  const text = [
    'The United States announced a 46% tariff on Vietnamese goods on April 2.',
    'Washington paused the tariffs on April 9.',
  ];

  it('"Washington paused the tariffs on April 9" moves the one measure between the sides', () => {
    const before = measures([], ...text);
    expect(
      before.found.map((m) => m.status),
      before.why(),
    ).toEqual(['announced']);
    const r = measures([ratelessStatusChange], ...text);
    expect(
      r.found.map((m) => m.status),
      r.why(),
    ).toEqual(['paused']);
    expect(history(r.found[0]!), r.why()).toEqual([
      ['announced', '2025-04-02'],
      ['paused', '2025-04-09'],
    ]);
    expect(
      r.found[0]!.spans.map((s) => s.quote),
      r.why(),
    ).toEqual(text);
    expect(r.why()).toMatch(/changed by measures\.rateless-status-change: tariff US→VN 46% \(plain\) paused/);
  });

  it('a hedged or planned change moves nothing', () => {
    const r = measures([ratelessStatusChange], text[0]!, 'Washington could pause the tariffs on April 9.');
    expect(
      r.found.map((m) => m.status),
      r.why(),
    ).toEqual(['announced']);
  });
});

describe('dueLaterIsAnnounced', () => {
  const text = ['Vietnamese goods now face a 20% US tariff.', 'The 20% rate takes effect on August 7.'];

  it('a rate told in the present but due after the publication is announced, not in force', () => {
    const before = measures([], ...text);
    expect(
      before.found.map((m) => [m.status, m.effectiveDate]),
      before.why(),
    ).toEqual([['in_effect', '2025-08-07']]);
    const r = measures([dueLaterIsAnnounced], ...text);
    expect(
      r.found.map((m) => [m.status, m.effectiveDate]),
      r.why(),
    ).toEqual([['announced', '2025-08-07']]);
    expect(history(r.found[0]!), r.why()).toEqual([['announced', null]]);
  });
});

describe('recogniseTariffActs', () => {
  it('an act with no rate: the sides named, the day it is dated', () => {
    const c = ctx(vn);
    const [s] = read(c, 'The United States lifted its tariffs on Vietnamese goods on June 30.');
    const acts = recognised(tariffActRecogniser, c, s!);
    expect(
      acts.map((a) => [a.imposingCountry, a.targetCountry, a.status, a.date.start.date]),
      why(c),
    ).toEqual([['US', 'VN', 'withdrawn', '2025-06-30']]);
  });

  it('a rate in the verb’s clause is the rate recogniser’s; a bare year dates no act', () => {
    const c = ctx(vn);
    const [rated, yearOnly] = read(
      c,
      'The United States lifted its 46% tariffs on Vietnamese goods on June 30.',
      'The United States lifted its tariffs on Vietnamese goods in 2025.',
    );
    expect(recognised(tariffActRecogniser, c, rated!), why(c)).toEqual([]);
    expect(recognised(tariffActRecogniser, c, yearOnly!), why(c)).toEqual([]);
  });

  it('no side named: the direction the document’s rates run in', () => {
    const c = ctx({ ...vn, direction: ['US', 'VN'] });
    const [s] = read(c, 'The new duties take effect on August 7.');
    expect(
      recognised(tariffActRecogniser, c, s!).map((a) => [a.imposingCountry, a.targetCountry, a.status]),
      why(c),
    ).toEqual([['US', 'VN', 'in_effect']]);
  });
});
