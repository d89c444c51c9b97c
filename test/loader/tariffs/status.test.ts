// The status of a rate: what the words near it say, what leaves it behind, and what its dates say
// against the day of publication.
import { describe, expect, it } from 'vitest';
import { rateDates } from '../../../src/loader/recognise/tariffs/dates.js';
import { datedStatus, rateStatus } from '../../../src/loader/recognise/tariffs/status.js';
import { statusNear } from '../../../src/loader/recognise/tariffs/status-near.js';
import { rate, type FactsOptions } from './facts.js';

const near = (text: string, written: string) => statusNear(text, text.indexOf(written));

function dated(text: string, written: string, o: FactsOptions = {}) {
  const c = rate(text, written, o);
  const words = rateStatus(c);
  const { date, effective } = rateDates(c, words.status);
  return datedStatus(c, words, date, effective);
}

describe('statusNear', () => {
  it.each([
    ['The 25% tariff on Mexico took effect on Thursday.', 'in_effect'],
    ['Washington paused the 25% tariff on Mexico.', 'paused'],
    ['The US scrapped its 25% tariff on Mexican steel.', 'withdrawn'],
    ['Vietnam proposed a 0% tariff on US goods.', 'proposed'],
    ['Trump announced a 25% tariff on Mexico.', 'announced'],
    ['The deal came into force, replacing the 30% rate.', 'superseded'],
  ])('%s → %s', (text, status) => {
    expect(near(text, text.match(/\d+%/)![0])).toBe(status);
  });

  it('says nothing when no word speaks of the rate', () => {
    expect(near('The 25% tariff on Mexico is high.', '25%')).toBeNull();
  });

  it('takes a present-tense verb of the rate\'s own clause: "each face 19%"', () => {
    expect(near('Thailand and Cambodia each face 19%.', '19%')).toBe('in_effect');
  });

  it('lets only the rate after "replacing" be the one replaced', () => {
    const s = 'The 15% rate took effect on Thursday, replacing the 30% rate.';
    expect(near(s, '15%')).toBe('in_effect');
    expect(near(s, '30%')).toBe('superseded');
  });

  it('stops a verb at a semicolon', () => {
    expect(near('The higher rates are suspended; a 10% baseline tariff took effect.', '10%')).toBe('in_effect');
  });

  it('reads "lifted … to 25%" as a raise, not a withdrawal', () => {
    expect(near('Washington lifted the tariff on steel to 25%.', '25%')).toBeNull();
    expect(near('Washington lifted the 25% tariff on steel.', '25%')).toBe('withdrawn');
  });
});

describe('rateStatus', () => {
  it('leaves behind the rate a cut starts from', () => {
    const s = 'Washington cut the tariff on Japanese cars from 27.5% to 15%.';
    expect(rateStatus(rate(s, '27.5%')).status).toBe('superseded');
    expect(rateStatus(rate(s, '15%')).status).toBe('announced');
  });

  it("reads a table's arrow as the rate first announced, then the one charged now", () => {
    const o = { direction: ['US', 'VN'] as [string, string], topic: { code: 'VN', label: true, rated: true } };
    expect(rateStatus(rate('Vietnam: 46% → 20%', '46%', o)).status).toBe('superseded');
    expect(rateStatus(rate('Vietnam: 46% → 20%', '20%', o)).status).toBe('in_effect');
  });

  it('keeps a rate left behind by a proposal in effect, and says it still applies', () => {
    const s = 'The US has proposed raising the tariff to 50%, from 20% currently.';
    expect(rateStatus(rate(s, '20%', { direction: ['US', 'BR'] }))).toEqual({
      status: 'in_effect',
      current: false,
      stillApplies: true,
    });
  });

  it('holds a standard rate in effect', () => {
    expect(rateStatus(rate('Cars pay the standard 10% car tariff.', '10%')).status).toBe('in_effect');
  });

  it('lets "will not be applied" outweigh any nearer verb', () => {
    const s = 'The 25% rate set out in the letter will not be applied.';
    expect(rateStatus(rate(s, '25%', { direction: ['US', 'JP'] })).status).toBe('withdrawn');
  });

  it('reads "will halve its 150% tariff" as the rate now in force', () => {
    const s = 'India will halve its 150% tariff on whisky.';
    expect(rateStatus(rate(s, '150%'))).toMatchObject({ status: 'in_effect', current: true });
  });
});

describe('datedStatus', () => {
  const s = 'The US will impose a 25% tariff on Thai goods from August 1.';

  it('keeps a rate announced while its day of effect is ahead', () => {
    expect(dated(s, '25%', { published: '2025-07-10' })).toBe('announced');
  });

  it('puts a rate in effect once its day of effect has passed', () => {
    expect(dated(s, '25%', { published: '2025-08-10' })).toBe('in_effect');
  });

  it('puts a rate imposed weeks before publication in effect, and one imposed this week not', () => {
    const imposed = 'The US imposed a 46% tariff on Vietnamese goods on April 2.';
    expect(dated(imposed, '46%', { published: '2025-08-10' })).toBe('in_effect');
    expect(dated(imposed, '46%', { published: '2025-04-05' })).toBe('announced');
  });

  it('reads a change told as done as in effect', () => {
    expect(dated("China's levies on US goods fell from 125% to 10%.", '10%')).toBe('in_effect');
  });
});
