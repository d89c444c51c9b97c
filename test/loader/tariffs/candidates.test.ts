// Which percents are tariff rates: the sentence must speak of tariffs (or of rates, once the
// document has stated some), and the figure must not be a bound, an average or another measure.
import { describe, expect, it } from 'vitest';
import { isTariffRate, scanSentence } from '../../../src/loader/recognise/tariffs/candidates.js';
import { facts, rate } from './facts.js';

describe('scanSentence', () => {
  it('passes over a sentence with no tariff word, when the document has stated no tariff', () => {
    expect(scanSentence(...facts('The 19% rate still applies.'))).toBeNull();
  });

  it('reads a bare "rate" as a tariff once the document knows a direction', () => {
    const scan = scanSentence(...facts('The 19% rate still applies.', { direction: ['US', 'ID'] }));
    expect(scan?.rateOnly).toBe(true);
  });

  it('reads no bare "rate" as a tariff in a sentence about money', () => {
    expect(
      scanSentence(...facts('The central bank kept its policy rate at 5.5%.', { direction: ['US', 'ID'] })),
    ).toBeNull();
  });

  it('leaves out a country inside a compound name: it names an agreement, not a side', () => {
    const scan = scanSentence(...facts('The Canada-Mexico Action Plan keeps a 25% tariff on US steel.'))!;
    expect(scan.sides.map((s) => s.code)).toEqual(['US']);
  });

  it('tells speculation from an offer', () => {
    const could = 'A deal could leave Vietnam with a tariff of 25%.';
    expect(scanSentence(...facts(could))!.speculativeAt(could.indexOf('25%'))).toBe(true);
    const offer = 'Hanoi suggested that Vietnam could reduce all tariffs to 0%.';
    expect(scanSentence(...facts(offer))!.speculativeAt(offer.indexOf('0%'))).toBe(false);
  });
});

describe('isTariffRate', () => {
  it('takes a rate next to a tariff word', () => {
    expect(isTariffRate(rate('The US imposed a 46% tariff on Vietnamese goods.', '46%'))).toBe(true);
  });

  it('drops the low end of a range told with "between"', () => {
    const s = 'A deal could leave Vietnam with a tariff between 10% and 25%.';
    expect(isTariffRate(rate(s, '10%'))).toBe(false);
    expect(isTariffRate(rate(s, '25%'))).toBe(true);
  });

  it('drops a bound ("more than 100 per cent")', () => {
    expect(isTariffRate(rate('Tariffs on Chinese goods are currently more than 100 per cent.', '100 per cent'))).toBe(
      false,
    );
  });

  it('drops an average over partners', () => {
    expect(isTariffRate(rate('The average effective US tariff rate is now around 17%.', '17%'))).toBe(false);
  });

  it('drops a figure another measure is named nearer to than any tariff word', () => {
    expect(isTariffRate(rate('The tariff hit exports, and GDP growth slowed to 2.1%.', '2.1%'))).toBe(false);
  });

  it('takes a country\'s own rate ("Indonesia\'s 19 per cent") in a document about tariffs', () => {
    const s = "Indonesia's 19 per cent was announced in July.";
    expect(isTariffRate(rate(s, '19 per cent', { direction: ['US', 'ID'] }))).toBe(true);
  });
});
