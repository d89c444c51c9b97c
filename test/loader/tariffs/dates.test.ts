// The dates of a rate: the day of effect and the day announced, each given to the rate it belongs to.
import { describe, expect, it } from 'vitest';
import { rateDates } from '../../../src/loader/recognise/tariffs/dates.js';
import { rateStatus } from '../../../src/loader/recognise/tariffs/status.js';
import { rate, type FactsOptions } from './facts.js';

function datesOf(text: string, written: string, o: FactsOptions = {}) {
  const c = rate(text, written, o);
  const d = rateDates(c, rateStatus(c).status);
  return { announced: d.date?.start.date ?? null, effective: d.effective?.start.date ?? null };
}

describe('rateDates', () => {
  it('dates the rate with the day it was imposed', () => {
    expect(datesOf('The US imposed a 46% tariff on Vietnamese goods on April 2.', '46%')).toEqual({
      announced: '2025-04-02',
      effective: null,
    });
  });

  it('reads "from August 1" as the day of effect, not of announcement', () => {
    expect(datesOf('The US will impose a 25% tariff on Thai goods from August 1.', '25%')).toEqual({
      announced: null,
      effective: '2025-08-01',
    });
  });

  it('dates an announced rate with the day it was said', () => {
    const s = 'The US will charge a 20% tariff on Vietnamese goods, the ministry said on Friday.';
    expect(datesOf(s, '20%', { published: '2025-07-06' }).announced).toBe('2025-07-04');
  });

  it('does not date a rate left behind with the day the change was said', () => {
    const s = 'US tariffs on Swiss goods will fall to 15 percent from 39 percent, the government said on Friday.';
    const o = { published: '2025-11-15' };
    expect(datesOf(s, '15 percent', o).announced).toBe('2025-11-14');
    expect(datesOf(s, '39 percent', o).announced).toBeNull();
  });

  it("gives a range's rates the same day of effect", () => {
    const s = 'China imposed duties of 27.7% to 34.9% on brandy from the EU, applied from 5 July.';
    const o = { published: '2025-10-10' };
    expect(datesOf(s, '27.7%', o).effective).toBe('2025-07-05');
    expect(datesOf(s, '34.9%', o).effective).toBe('2025-07-05');
  });

  it('keeps a date in another clause for the rate there', () => {
    const s = 'A 10% tariff applies now; a 25% tariff on Thai goods takes effect on August 1.';
    expect(datesOf(s, '10%', { direction: ['US', 'TH'] }).effective).toBeNull();
    expect(datesOf(s, '25%', { direction: ['US', 'TH'] }).effective).toBe('2025-08-01');
  });
});
