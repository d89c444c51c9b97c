// The dates of a rate: the day it takes (or took) effect, and the day it was announced or changed.
// A date belongs to the rate nearest to it, in its own clause ("…replacing the 30% rate … from
// August 1"); "took effect on August 7" dates the rate before it. Explicit dates win over relative ones.
import type { TariffStatus } from '../../types.js';
import type { DateFound } from '../dates.js';
import type { PercentFound } from '../percent.js';
import type { ResolvedSentence } from '../sentence.js';
import { PAST_OF_RATE } from './status-near.js';
import type { RateContext } from './types.js';

// ("Since Aug. 7, goods have paid a 20% tariff": the day it took effect.)
const EFFECTIVE =
  /\b(?:effective|tak(?:e|es|ing)\s+effect|took\s+effect|(?:went|came|entered)\s+into\s+(?:effect|force)|from|since)\s+(?:on\s+)?$/i;
// "announced on 2 April", "imposed in March", "announced for the bloc on April 2": the words before a
// date of announcement.
export const ANNOUNCED_WHEN = /\b(?:announc|impos|unveil|threaten|set\b)\w*\s+(?:\w+\s+){0,4}$/i;

export interface RateDates {
  /** The day the rate was announced or changed. */
  date: DateFound | null;
  /** The day it takes or took effect. */
  effective: DateFound | undefined;
}

/** The rate's dates, given the status its words give it. */
export function rateDates(c: RateContext, status: TariffStatus): RateDates {
  const { f, p } = c;
  const effective = effectiveDate(f, p);
  // "…, the ministry said on Saturday": the day it was said dates every rate announced or changed,
  // but not one replaced ("down to 15% from 39%, the government said Friday" is not when the 39% was set).
  const said = f.dates.find((d) => saidOn(f, d) && d.index > p.index);
  const own = f.dates
    .filter(
      (d) =>
        d !== effective &&
        !isEffective(f, d) &&
        !(saidOn(f, d) && status === 'superseded') &&
        (d.start.precision !== 'year' || !/\d{4}\s*$/.test(d.text)),
    )
    .filter((d) => !/\b(?:until|till|through|since)\s+$/i.test(f.text.slice(Math.max(0, d.index - 8), d.index)))
    .filter((d) => dateOwner(f, d.index) === p && sameClause(f.text, d.index, p.index))
    .sort(
      (a, b) => Number(a.relative) - Number(b.relative) || Math.abs(a.index - p.index) - Math.abs(b.index - p.index),
    );
  // "Ottawa responded the same day with its own 25% tariffs": the day the sentence names.
  const sameDay = /\b(?:the\s+same|that)\s+day\b/i.test(f.text)
    ? f.dates.find((d) => d.start.precision === 'day' && d !== effective)
    : undefined;
  const date = own[0] ?? (status === 'announced' && said && said !== effective ? said : null) ?? sameDay ?? null;
  return { date, effective };
}

/** The day the rate takes effect: a date of effect whose rate is this one, in its range or its list. */
function effectiveDate(f: ResolvedSentence, p: PercentFound): DateFound | undefined {
  // "duties of 27.7% to 34.9% …, applied from 5 July": a range's rates share their date of effect.
  const inRange = (q: PercentFound) =>
    q === p ||
    /^\s*(?:to|and|-|–)\s*$/.test(
      f.text.slice(Math.min(p.index + p.text.length, q.index + q.text.length), Math.max(p.index, q.index)),
    );
  // "tariffs of 100% on canola, and a 25% levy on pork, from March 20": a date of effect closing
  // a list of rates dates each of them.
  // ("…came into force on Thursday, replacing the 10% rate that had been in place since April": the
  // date closes the replaced rate's clause, not a list.)
  const closesList = (d: DateFound) =>
    d.index > p.index &&
    !/\b(?:replac\w*|instead\s+of)\b/i.test(f.text.slice(p.index, d.index)) &&
    f.percents.every(
      (q) => q.index < p.index || q.index > d.index || q === p || !/;/.test(f.text.slice(p.index, d.index)),
    );
  // (Not "the rate that had been due to apply from Friday": another rate's plan.)
  const plannedElsewhere = (d: DateFound) =>
    /\b(?:had\s+been|was|were)\s+(?:due|set|scheduled|to)\b/i.test(f.text.slice(Math.max(0, d.index - 40), d.index));
  return f.dates.find((d) => {
    if (!isEffective(f, d) || plannedElsewhere(d)) return false;
    const owner = precedingRate(f, d.index) ?? nearestRate(f, d.index);
    return (
      owner === p ||
      (owner !== undefined && inRange(owner)) ||
      (owner !== undefined && owner.index > p.index && closesList(d) && !/;/.test(f.text.slice(p.index, d.index)))
    );
  });
}

const isEffective = (f: ResolvedSentence, d: DateFound) =>
  EFFECTIVE.test(f.text.slice(Math.max(0, d.index - 30), d.index)) || /^(?:from|effective|since)\b/i.test(d.text);

const saidOn = (f: ResolvedSentence, d: DateFound) =>
  /\b(?:said|stated|told\s+\w+)\s+(?:on\s+)?$/i.test(f.text.slice(Math.max(0, d.index - 14), d.index));

/** The nearest rate in the date's own clause (", and only the 10% baseline was charged" is another). */
function nearestRate(f: ResolvedSentence, i: number): PercentFound {
  const own = f.percents.filter(
    (q) => !/[;]|,\s+(?:and|but|while|whereas)\b/i.test(f.text.slice(Math.min(q.index, i), Math.max(q.index, i))),
  );
  return (own.length ? own : f.percents).reduce((best, q) =>
    Math.abs(q.index - i) < Math.abs(best.index - i) ? q : best,
  );
}

const precedingRate = (f: ResolvedSentence, i: number) => f.percents.filter((q) => q.index < i).at(-1);

/** The rate a date at `i` belongs to. */
function dateOwner(f: ResolvedSentence, i: number): PercentFound {
  // "the 25% rate threatened in July as well as the 24% level": a date in a rate's participle is that rate's.
  const q = precedingRate(f, i);
  // "cut its tariff to 10% from 20% on Monday": the day is the cut's, so the new rate's.
  const cutTo =
    q &&
    f.percents.find(
      (r) => r.index < q.index && /^\s*from\s+(?:the\s+)?$/i.test(f.text.slice(r.index + r.text.length, q.index)),
    );
  if (
    cutTo &&
    /\bto\s+$/i.test(f.text.slice(Math.max(0, cutTo.index - 4), cutTo.index)) &&
    !/[;,]/.test(f.text.slice(q.index, i))
  )
    return cutTo;
  return q &&
    PAST_OF_RATE.test(f.text.slice(q.index + q.text.length, i)) &&
    ANNOUNCED_WHEN.test(f.text.slice(q.index, i))
    ? q
    : nearestRate(f, i);
}

/** No clause break (semicolon, dash, "after", "when"…) between two offsets; a comma is not one. */
function sameClause(text: string, a: number, b: number): boolean {
  const between = text.slice(Math.min(a, b), Math.max(a, b));
  return !/[;—]|\b(?:after|before|when|while|until)\b/i.test(between);
}
