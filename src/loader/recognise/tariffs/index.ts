// Tariff measures a sentence states: a rate next to a tariff word, the country whose goods it
// falls on ("on Vietnamese goods", "imports from Japan"), the country that imposes it (the other
// side the sentence names), and what the verbs say of its status.
// In the shape chrono-node uses: find the candidate rates, then refine each in order —
//   candidates  which percents are tariff rates (candidates.ts)
//   sides       the target, then the imposer, which reads the target (target.ts, imposer.ts)
//   status      what the words say; the dates read it (a replaced rate takes no "said on" day) (status.ts)
//   dates       the day announced and the day of effect (dates.ts)
//   status      what those dates say against the day of publication (status.ts)
//   kind        kind and scope, which read the final status (kind.ts)
// Every step reads the document's state (its pair, direction, usual imposer, the antecedent and
// tracker row of the sentence, the day of publication) from the DocumentContext, the sentence's own
// from the ResolvedSentence.
import { isHedged, type DocumentContext, type ResolvedSentence } from '../sentence.js';
import { isTariffRate, scanSentence } from './candidates.js';
import { ANNOUNCED_WHEN, rateDates, type RateDates } from './dates.js';
import { findSides, type SidesFound } from './imposer.js';
import { kindAndScope } from './kind.js';
import { datedStatus, rateStatus, type RateStatus } from './status.js';
import { alsoTargets, findTarget } from './target.js';
import type { RateContext, TariffFrame } from './types.js';

export { recogniseTariffActs } from './acts.js';
export { joinScope } from './scope.js';
export type { TariffActFrame, TariffFrame } from './types.js';
export { STATUS_CHANGES, TARIFF_ACT } from './vocabulary.js';

const CONDITION =
  /\b(?:contingent\s+(?:on|upon)|conditional\s+(?:on|upon)|provided\s+(?:that)?|on\s+condition\s+that|as\s+long\s+as|in\s+exchange\s+for|in\s+return\s+for|unless)\b[^.;]*/i;

export function recogniseTariffs(ctx: DocumentContext, f: ResolvedSentence): TariffFrame[] {
  const scan = scanSentence(ctx, f);
  if (!scan) return [];
  const frames: TariffFrame[] = [];
  for (const p of f.percents) {
    const c: RateContext = { ...scan, p };
    if (!isTariffRate(c)) continue;
    const target = findTarget(c);
    if (!target) continue;
    const sides = findSides(c, target);
    if (!sides) continue;
    const words = rateStatus(c);
    const dates = rateDates(c, words.status);
    const status = datedStatus(c, words, dates.date, dates.effective);
    const frame = frameOf(c, sides, words, dates, status);
    // "goods from Thailand and Malaysia", "Cambodia, Thailand and Malaysia": one rate, each target.
    const more =
      !target.paired && !scan.speculativeAt(p.index) && !sides.sidesInferred
        ? alsoTargets(c, sides.target, sides.imposer?.code)
        : [];
    for (const code of more) {
      frames.push({
        ...frame,
        targetCountry: code,
        conditions: null,
        sidesInferred: false,
        refersBack: false,
        announcedOn: false,
      });
    }
    frames.push(frame);
  }
  return frames;
}

/** The frame of one rate, from what each step found. */
function frameOf(c: RateContext, s: SidesFound, words: RateStatus, d: RateDates, status: TariffFrame['status']) {
  const { f, p } = c;
  const { date, effective } = d;
  const speculative = c.speculativeAt(p.index);
  const lead = f.text.slice(Math.max(0, p.index - 120), p.index);
  const announcer = s.people.find((a) => a.country === s.imposer?.code) ?? f.actors.find((a) => a.kind === 'person');
  const frame: TariffFrame = {
    index: p.index,
    text: p.text,
    ratePercent: p.value,
    // A speculative sentence states no measure; it may still mention one already stated.
    imposingCountry: speculative ? null : (s.imposer?.code ?? null),
    targetCountry: speculative ? null : (s.inferred?.code ?? null),
    ...kindAndScope(f, p, status),
    status,
    announcedDate: date?.start.date ?? null,
    datePrecision: date?.start.precision ?? 'unknown',
    // (the day a cut takes effect is not the day the rate it cuts did)
    // (nor the day a threat would have applied from)
    effectiveDate: words.stillApplies || /\bthreat/i.test(lead) ? null : (effective?.start.date ?? null),
    announcedByKey: announcer?.key ?? null,
    conditions: CONDITION.exec(f.text)?.[0].trim().replace(/[,;]$/, '') ?? null,
    hedged: isHedged(f.text),
    sidesInferred: s.sidesInferred,
    announcedOn: date !== null && ANNOUNCED_WHEN.test(f.text.slice(Math.max(0, date.index - 40), date.index)),
    refersBack:
      /\b(?:the|this|that|its)\s+$/i.test(f.text.slice(Math.max(0, p.index - 5), p.index)) &&
      !(s.target && Math.abs(s.target.index - p.index) <= 40),
  };
  return frame;
}
