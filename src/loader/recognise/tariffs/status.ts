// The status of a rate: left behind (superseded), standing (in effect), or what the status word
// nearest it says (see statusNear); then what its dates say of it against the day of publication.
import type { TariffStatus } from '../../types.js';
import { daysBetween, isAfter, type DateFound } from '../dates.js';
import { isHedged } from '../sentence.js';
import { statusNear } from './status-near.js';
import type { RateContext } from './types.js';

const NOT_APPLIED =
  /\b(?:will|would)\s+(?:not|no\s+longer)\s+(?:be\s+)?(?:appl(?:y|ied)|imposed|take\s+effect|go\s+ahead)\b/i;
const MOVED_TO =
  /\b(?:(?:were|was)\s+(?:\w+\s+)?(?:cut|lowered|reduced|raised|increased|hiked|slashed|halved|doubled)|fell|dropped|declined|rose|climbed|went\s+(?:up|down)|came\s+down)\s+(?:from\s+[\d.]+\s?(?:%|percent|per\s+cent)\s+)?to\s+$/i;
export const FUTURE_WORDS = /\b(?:will|would|from\s+next|due\s+to|set\s+to|planned|proposed)\b/i;
// ("only to cut it to 10%", "then lowered it to 10%"; not "may cut it to zero", a plan)
const CUT_IT_TO =
  /(?:\bonly\s+to\s+|(?<!\b(?:to|may|might|could|would|will|shall|can|not)\s+))\b(?:cut|lowered|reduced|slashed|halved|raised|increased|hiked)\s+(?:it|them)\s+to\s+$/i;

export interface RateStatus {
  status: TariffStatus;
  /** "will halve its 150% tariff": the rate being cut is the one in force. */
  current: boolean;
  /** "has proposed raising it to 50%, from 20% currently": the rate left behind still applies. */
  stillApplies: boolean;
}

/** The status the sentence's words give the rate. */
export function rateStatus(c: RateContext): RateStatus {
  const { ctx, f, p } = c;
  const before = f.text.slice(Math.max(0, p.index - 30), p.index);
  const { replaced, stillApplies } = leftBehind(c);
  // "will halve its 150% tariff": the rate being cut is the one in force.
  // (but "lowering the 25 percent rate that was set to kick in", told as done, leaves it behind)
  const cutting = /\b(?:halv|cut|reduc|lower|slash|trimm?)\w*\s+(?:its|their|the)\s+(?:current\s+|existing\s+)?$/i.test(
    before,
  );
  const current = cutting && /\b(?:will|would|plans?\s+to|intends?\s+to)\b[^.;]*$/i.test(f.text.slice(0, p.index));
  // (not "consider lowering the 20% tariff", "to cut its 150% tariff": a request or a plan)
  const loweredPast =
    cutting &&
    !current &&
    !/\b(?:(?:consider|propos|suggest|seek|ask|urg|call)\w*(?:\s+for)?|to)\s+(?:halv|cut|reduc|lower|slash|trimm?)\w*\s+\w+\s+(?:\w+\s+)?$/i.test(
      f.text.slice(Math.max(0, p.index - 60), p.index),
    );
  // A table's "46% → 20%": the rate first announced, then the one charged now.
  const arrowFrom = /^\s*(?:→|->)\s*\d/.test(f.text.slice(p.index + p.text.length));
  const arrowTo = /(?:→|->)\s*$/.test(before) && !FUTURE_WORDS.test(f.text);
  // (a tracker's rated row tells where rates stand: "VIETNAM - 20%", "Cars pay 15%, backdated to Aug. 1")
  const standing = ctx.topics.get(f.start)?.rated && !FUTURE_WORDS.test(f.text) ? 'in_effect' : 'announced';
  // "the standard 10% car tariff", "the existing 2.5% levy": a rate that stands, whatever else is told.
  const standard = /\b(?:standard|existing|normal|usual|regular|MFN|most-favou?red-nation)\s+$/i.test(before);
  let status: TariffStatus =
    replaced || arrowFrom || loweredPast
      ? 'superseded'
      : current || arrowTo || stillApplies || standard
        ? 'in_effect'
        : (statusNear(f.text, p.index) ?? standing);
  // "The 25% rate set out in the letter will not be applied": the negation outweighs any nearer verb.
  const dropped = NOT_APPLIED.exec(f.text);
  if (dropped && !/;/.test(f.text.slice(Math.min(dropped.index, p.index), Math.max(dropped.index, p.index))))
    status = 'withdrawn';
  return { status, current, stillApplies };
}

/** "cut … from 46% to 20%", "20%, down from 46%": whether the rate is the one left behind. */
function leftBehind(c: RateContext): { replaced: boolean; stillApplies: boolean } {
  const { ctx, f, p } = c;
  // (the high end of a range takes what is said before its low end: "below the provisional levies
  // of 15.6% to 62.4%")
  // (not "from 25% to 15%", a change)
  const rangeStart =
    f.percents
      .filter(
        (q) =>
          q.index < p.index &&
          /^\s*(?:to|-|–)\s*$/.test(f.text.slice(q.index + q.text.length, p.index)) &&
          !/\bfrom\s+(?:the\s+)?$/i.test(f.text.slice(Math.max(0, q.index - 15), q.index)),
      )
      .at(-1) ?? p;
  const before = f.text.slice(Math.max(0, p.index - 30), p.index);
  const rangeBefore = f.text.slice(Math.max(0, rangeStart.index - 50), rangeStart.index);
  // ("below the 46% threatened", but not "whose duty is below 15%", a bound)
  // ("lowered from the 24 per cent announced on 2 April and the 25 per cent notified in the letter":
  // both left behind)
  const listedAfterFrom =
    /\bfrom\s+(?:the\s+)?[\d.]+\s?(?:%|per\s*cent|percent)[^;.%]{0,80}?\band\s+(?:the\s+)?$/i.test(
      f.text.slice(Math.max(0, p.index - 120), p.index),
    );
  const replacedWord =
    (listedAfterFrom ||
      /\b(?:from|instead\s+of|replacing|replaces|replaced|averting)\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:previous\s+|earlier\s+|current\s+|existing\s+|threatened\s+)?$|\b(?:than(?:\s+half)?|below|compared\s+(?:with|to))\s+(?:the|its|a|an)\s+(?:previous\s+|earlier\s+|current\s+|existing\s+|threatened\s+|provisional\s+|interim\s+|temporary\s+)?(?:(?:levies|duties|tariffs|rates?)\s+of\s+(?:up\s+to\s+)?)?$/i.test(
        rangeBefore,
      )) &&
    !/\bexempt(?:ed|s|ing)?\s+from\s+(?:the\s+)?$/i.test(before) &&
    // (under a rated row label, "Down from 32% announced in April" leaves the label's rate behind)
    (f.percents.some((q) => q !== p) || Boolean(ctx.topics.get(f.start)?.rated));
  // "has proposed raising it to 50%, from 20% currently": the rate left behind still applies.
  // ("will lower its tariff on European cars from 27.5% to 15% — but only once the Commission …": until
  // then, the old rate applies.)
  const stillApplies =
    replacedWord &&
    (/^\s*(?:currently|now|at\s+present)\b/i.test(f.text.slice(p.index + p.text.length)) ||
      /\b(?:propos\w*|plans?\s+to|seeks?\s+to)\b/i.test(f.text) ||
      (/\b(?:will|would|intends?\s+to)\s+(?:\w+\s+)?(?:lower|cut|reduce|raise|increase|trim|slash|halved?|brought\s+down)\b[^.;—]*$/i.test(
        f.text.slice(0, p.index),
      ) &&
        /\b(?:only\s+(?:once|when|if|after)|once|if|when|provided|unless|contingent|conditional)\b/i.test(
          f.text.slice(p.index),
        )));
  // "announced a 20% rate on EU goods, only to cut it to 10% a week later": the rate cut is left behind.
  // (not a plan: "will halve its 150% tariff to 75% …, and cut it to 40% by the tenth year")
  const cutAfter = f.percents.some(
    (r) =>
      r.index > p.index &&
      CUT_IT_TO.test(f.text.slice(Math.max(0, r.index - 30), r.index)) &&
      !/[;]/.test(f.text.slice(p.index, r.index)) &&
      !FUTURE_WORDS.test(f.text.slice(0, r.index)),
  );
  return { replaced: (replacedWord && !stillApplies) || cutAfter, stillApplies };
}

/** The status once the rate's dates are read against the day of publication. */
export function datedStatus(
  c: RateContext,
  s: RateStatus,
  date: DateFound | null,
  effective: DateFound | undefined,
): TariffStatus {
  const { ctx, f, p } = c;
  let status = s.status;
  const before = f.text.slice(Math.max(0, p.index - 30), p.index);
  // "raised its tariff … to 35% on August 1" (before publication): the new rate applies.
  const lead = f.text.slice(Math.max(0, p.index - 120), p.index);
  // ("a decision to cut tariffs" is a decision, not the cut.)
  // ("cutting its import duty on bourbon to 100%" told of February: done, unless only considered)
  const changed =
    /(?<!\bto\s|\b(?:consider|propos|plan|aim|seek|suggest)\w*\s)\b(?:raised|hiked|increased|lowered|cut|reduced|doubled|tripled|halved|cutting|lowering|reducing|raising)\b/i.test(
      lead,
    ) && !/\bthreat/i.test(lead);
  const when = date?.start.date ?? effective?.start.date;
  if (status === 'announced' && changed && when && ctx.publishedDate && !isAfter(when, ctx.publishedDate))
    status = 'in_effect';
  // "it imposed duties of up to 34.9% on brandy in July", told in December: imposed weeks before, it
  // is in force (imposed this week, it is the news: announced).
  // ("Canada's 25% tariffs on US goods, imposed in March, remain in place": the participle after it too)
  const imposedWords = date && date.index > p.index ? lead + f.text.slice(p.index, date.index) : lead;
  const imposedBefore =
    /\bimposed\b/i.test(imposedWords) &&
    !/\bthreat/i.test(imposedWords) &&
    when &&
    ctx.publishedDate &&
    daysBetween(when, ctx.publishedDate) >= 14;
  if (status === 'announced' && imposedBefore) status = 'in_effect';
  // "U.S. duties … were cut to 30%", "China's levies fell from 125% to 10%": a change told as done.
  if (status === 'announced' && MOVED_TO.test(before) && !FUTURE_WORDS.test(f.text) && !isHedged(f.text))
    status = 'in_effect';
  return effectiveStatus(c, s, status, effective);
}

/** What the day a rate takes effect says of it: in effect once passed, announced while ahead. */
function effectiveStatus(
  c: RateContext,
  s: RateStatus,
  status: TariffStatus,
  effective: DateFound | undefined,
): TariffStatus {
  const { ctx, f, p } = c;
  const lead = f.text.slice(Math.max(0, p.index - 120), p.index);
  // "applied from 5 July", "effective June 1", said after that day: in effect (not "he said the EU
  // would face a 30% tariff from 1 August": a threat reported).
  // (nor "threatened to raise duties to 50% from 1 June")
  if (
    status === 'announced' &&
    !/\bwould\b/i.test(f.text.slice(Math.max(0, p.index - 40), p.index)) &&
    !/\bthreat/i.test(lead) &&
    effective?.start.date &&
    effective.start.precision === 'day' &&
    ctx.publishedDate &&
    !isAfter(effective.start.date, ctx.publishedDate)
  ) {
    status = 'in_effect';
  }
  // "before a 25% tariff takes effect on August 1": not in effect yet.
  if (
    status === 'in_effect' &&
    !s.current &&
    !s.stillApplies &&
    effective?.start.date &&
    ctx.publishedDate &&
    isAfter(effective.start.date, ctx.publishedDate)
  )
    status = 'announced';
  return status;
}
