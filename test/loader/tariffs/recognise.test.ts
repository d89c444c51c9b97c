// recogniseTariffs as a whole, on sentences: each rate of a tariff, with its sides, status, dates and kind.
import { describe, expect, it } from 'vitest';
import { recogniseTariffs } from '../../../src/loader/recognise/tariffs/index.js';
import { facts, type FactsOptions } from './facts.js';

const frames = (text: string, o: FactsOptions = {}) => recogniseTariffs(...facts(text, o));

describe('recogniseTariffs', () => {
  it('reads a rate, its sides, its date and its status', () => {
    const [frame, ...rest] = frames('The US imposed a 46% tariff on Vietnamese goods on April 2.', {
      mainPair: ['US', 'VN'],
      published: '2025-04-03',
    });
    expect(rest).toEqual([]);
    expect(frame).toMatchObject({
      index: 17,
      text: '46%',
      ratePercent: 46,
      imposingCountry: 'US',
      targetCountry: 'VN',
      kind: 'general',
      scope: 'plain',
      status: 'announced',
      announcedDate: '2025-04-02',
      datePrecision: 'day',
      effectiveDate: null,
      sidesInferred: false,
      refersBack: false,
    });
  });

  it('finds no tariff in a sentence about growth', () => {
    expect(frames('GDP grew 6.5% last year.', { mainPair: ['US', 'VN'] })).toEqual([]);
  });

  it('gives a rate on two countries a frame for each, the one named first last', () => {
    const s = 'The United States will impose a 25% tariff on goods from Thailand and Malaysia from August 1.';
    expect(frames(s, { published: '2025-07-10' }).map((f) => [f.targetCountry, f.status, f.effectiveDate])).toEqual([
      ['MY', 'announced', '2025-08-01'],
      ['TH', 'announced', '2025-08-01'],
    ]);
  });

  it('reads each rate of a "respectively" list, and the rate both got', () => {
    const s = 'Thailand and Cambodia, which had faced 36% and 49% respectively, both got 19%.';
    const got = frames(s, { mainPair: ['US', 'TH'], usualImposer: 'US' });
    expect(got.map((f) => [f.ratePercent, f.imposingCountry, f.targetCountry, f.status])).toEqual([
      [36, 'US', 'TH', 'superseded'],
      [49, 'US', 'KH', 'superseded'],
      [19, 'US', 'TH', 'announced'],
      [19, 'US', 'KH', 'announced'],
    ]);
  });

  it('names no sides in speculation', () => {
    const got = frames('A deal could leave Vietnam with a tariff between 10% and 25%.', { mainPair: ['US', 'VN'] });
    expect(got.map((f) => [f.ratePercent, f.imposingCountry, f.targetCountry])).toEqual([[25, null, null]]);
  });

  it('marks a rate with no side named as one the document gave before', () => {
    const [frame] = frames('The 19% rate still applies.', { direction: ['US', 'ID'] });
    expect(frame).toMatchObject({ imposingCountry: 'US', targetCountry: 'ID', sidesInferred: true, refersBack: true });
  });

  it('keeps the conditions and the hedge a sentence tells', () => {
    const [frame] = frames('The US reportedly plans a 25% tariff on Korean goods, provided that talks fail.');
    expect(frame).toMatchObject({ conditions: 'provided that talks fail', hedged: true, targetCountry: 'KR' });
  });

  it('gives the person who announced a rate as its announcer', () => {
    const [frame] = frames('President Donald Trump announced a 24% tariff on Japanese goods.', {
      mainPair: ['JP', 'US'],
    });
    expect(frame).toMatchObject({ imposingCountry: 'US', announcedByKey: 'person:Donald Trump' });
  });

  it('marks a rate dated by the day it was announced', () => {
    const [frame] = frames('The 24% tariff announced on April 2 still stands for Japanese goods.', {
      direction: ['US', 'JP'],
    });
    expect(frame).toMatchObject({ announcedDate: '2025-04-02', announcedOn: true });
  });
});
