// Stage 2, tariff measures: every rate a sentence states joins the measure it is a further mention
// of ("the 46 percent tariff") or makes a new one, with the acts on it as its history.
import { measureSlotKey, type MeasureSlot } from '../identity.js';
import { isAfter } from '../recognise/dates.js';
import type { DocumentContext, ResolvedSentence } from '../recognise/sentence.js';
import { run, type Recogniser, type Refiner } from '../recognise/recogniser.js';
import type { TariffFrame } from '../recognise/tariffs/index.js';
import { joinScope } from '../recognise/tariffs/index.js';
import type { Span, TariffMention, TariffScope } from '../types.js';
import type { Actors } from './actors.js';
import { majorityDirection } from './context.js';
import { addHistory, laterChange, REMAINS } from './tariff-history.js';

/** A rate as a sentence told it, and the measure it was taken as. */
export interface ToldRate {
  frame: TariffFrame;
  f: ResolvedSentence;
  /** How tariff actions refer back to the measure. */
  slot: MeasureSlot;
  measure: TariffMention;
}

export interface Measures {
  measures: TariffMention[];
  told: ToldRate[];
}

const RATE_MOVED =
  /\b(?:the|its)\s+(?:[\w-]+\s+)?(?:rate|tariffs?|duty|duties|levy|levies)\s+(?:rose|fell|climbed|jumped|dropped|increased|went\s+up|(?:was|were)\s+(?:raised|increased|cut|lowered|reduced))\s+to\s+$/i;
// Measures beside a country's main rate: a change of the main rate leaves them be.
const SIDE_SCOPES: ReadonlySet<TariffScope> = new Set(['sectoral', 'additional']);

/** A measure told so far, and the slot that tells it apart from the others of its rate. */
interface Slotted {
  slot: MeasureSlot;
  measure: TariffMention;
}
/** The measures told so far, by measureSlotKey. */
type Slots = Map<string, Slotted>;
const scopes = (xs: Slotted[]): Array<[MeasureSlot, TariffScope]> => xs.map((x) => [x.slot, x.measure.scope]);

export const sentenceSpan = (f: ResolvedSentence): Span => ({
  start: f.start,
  end: f.start + f.text.length,
  quote: f.text,
});

const what = (m: TariffMention) => `tariff ${m.imposingCountry}→${m.targetCountry} ${m.ratePercent}% (${m.scope})`;
export const tariffLabel = what;

/** The measure a frame is a mention of: one told before, or the slot of a new one. */
function measureSlot(frame: TariffFrame, f: ResolvedSentence, tariffs: Slots): MeasureSlot | null {
  const all = [...tariffs.values()];
  // "the zero tariffs Trump described": a rate this document has already given its sides.
  // ("Trump set out the 30% rate …": the rate given before by the same imposer.)
  const sameRate =
    frame.sidesInferred || frame.refersBack
      ? all.filter(
          ({ slot }) =>
            slot.rate === frame.ratePercent &&
            (frame.sidesInferred || !frame.imposingCountry || slot.imposer === frame.imposingCountry),
        )
      : [];
  // (of its own scope: "Steel shipments are charged a separate 50%" beside the combined 50%)
  const seen = joinScope(scopes(sameRate), frame.scope) ?? (frame.scope === 'plain' ? sameRate[0]?.slot : undefined);
  if (seen) return seen;
  const [imposer, target, rate] = [frame.imposingCountry, frame.targetCountry, frame.ratePercent];
  if (imposer && target && imposer !== target) {
    const told = all.filter(({ slot: s }) => s.imposer === imposer && s.target === target && s.rate === rate);
    // ("Brazilian coffee still paid the 40% levy": a sector paying a definite rate pays the added or
    // sector's one already told; not the main one, which "the 25% tariff on cars" is told apart from)
    const definite = /\b(?:the|this|that|its)\s+$/i.test(f.text.slice(Math.max(0, frame.index - 6), frame.index));
    const scoped = told.filter((x) => x.measure.scope !== 'main');
    const slot =
      (definite && frame.scope === 'sectoral' ? joinScope(scopes(scoped), 'plain') : undefined) ??
      joinScope(scopes(told), frame.scope) ??
      ({ imposer, target, rate, n: told.length } satisfies MeasureSlot);
    // ("a 25% tariff" told first, "the 25% tariff on cars" after: the plain one was the sector's)
    const joined = tariffs.get(measureSlotKey(slot))?.measure;
    if (joined && joined.scope === 'plain') joined.scope = frame.scope;
    return slot;
  }
  // "the 46 percent tariff": a rate already seen in this document, whatever else the sentence names.
  return all.find(({ slot }) => slot.rate === frame.ratePercent)?.slot ?? null;
}

/** A further mention of a measure: it cites the sentence, and a change it tells moves the measure on. */
function updateMeasure(existing: TariffMention, frame: TariffFrame, f: ResolvedSentence) {
  existing.spans.push(sentenceSpan(f));
  // "will bring tariffs down to 15% from 39% … In the meantime, the 39 percent levy remains in
  // force": the report takes back the replacement it seemed to tell.
  if (frame.status === 'in_effect' && REMAINS.test(f.text.slice(frame.index, frame.index + 60))) {
    existing.history = existing.history.filter((h) => h.status !== 'superseded');
  }
  // A later sentence that changes the measure ("took effect", "paused", "replaced") moves it on.
  if (['in_effect', 'paused', 'withdrawn', 'superseded'].includes(frame.status)) {
    existing.status = frame.status;
    const date = frame.status === 'superseded' ? null : (frame.effectiveDate ?? frame.announcedDate);
    addHistory(existing, frame.status, date, frame.datePrecision);
  }
  existing.conditions ??= frame.conditions;
  existing.effectiveDate ??= frame.effectiveDate;
  // "Trump set out the 30% rate in a letter on July 12": a later sentence may date the announcement.
  // ("would remove the tariffs of up to 15% it had imposed in March", whatever it says of them now)
  if ((frame.status === 'announced' || frame.announcedOn) && frame.announcedDate && !existing.announcedDate) {
    existing.announcedDate = frame.announcedDate;
    existing.datePrecision = frame.datePrecision;
    const first = existing.history.find((h) => h.status === 'announced' && !h.date);
    if (first) Object.assign(first, { date: frame.announcedDate, datePrecision: frame.datePrecision });
  }
}

/** A measure first told by this frame, with the history the sentence gives it. */
function newMeasure(frame: TariffFrame, f: ResolvedSentence, ctx: DocumentContext): TariffMention {
  const m: TariffMention = {
    imposingCountry: frame.imposingCountry!,
    targetCountry: frame.targetCountry!,
    ratePercent: frame.ratePercent,
    scope: frame.scope,
    kind: frame.kind,
    status: frame.status,
    announcedDate: frame.announcedDate,
    datePrecision: frame.announcedDate ? frame.datePrecision : 'unknown',
    effectiveDate: frame.effectiveDate,
    announcedByKey: frame.announcedByKey,
    conditions: frame.conditions,
    history: [],
    spans: [sentenceSpan(f)],
    confidence: frame.hedged ? 0.6 : 0.85,
  };
  if (frame.status === 'superseded') {
    // "down from the 32 percent rate announced in April": the date is the old rate's announcement;
    // the replacement itself dates from this report.
    if (frame.announcedDate) addHistory(m, 'announced', frame.announcedDate, frame.datePrecision);
    addHistory(m, 'superseded', null, 'unknown');
  } else {
    addHistory(
      m,
      frame.status,
      frame.status === 'in_effect' ? (frame.effectiveDate ?? frame.announcedDate) : frame.announcedDate,
      frame.datePrecision,
    );
  }
  // A date it takes effect is history once it has passed; before that it is only a plan.
  if (
    frame.status !== 'in_effect' &&
    frame.effectiveDate &&
    !(ctx.publishedDate && isAfter(frame.effectiveDate, ctx.publishedDate))
  ) {
    addHistory(m, 'in_effect', frame.effectiveDate, 'day');
  }
  // "imposed a 24% tariff in April, before pausing most of it", "announced on April 2 and paused
  // … on April 9": the later change, dated when the sentence dates it.
  const later = laterChange(f, frame);
  if (later) {
    addHistory(m, later.status, later.date?.start.date ?? null, later.date?.start.precision ?? 'unknown');
    m.status = later.status;
  }
  return m;
}

/**
 * "Trump first imposed 25 per cent tariffs … The rate rose to 35 per cent on Aug. 1": the rate it
 * moved from, the last one told between these sides, is left behind.
 */
function leaveRateBehind(m: TariffMention, frame: TariffFrame, f: ResolvedSentence, measures: TariffMention[]) {
  if (
    !RATE_MOVED.test(f.text.slice(Math.max(0, frame.index - 40), frame.index)) ||
    m.status === 'superseded' ||
    SIDE_SCOPES.has(m.scope)
  )
    return null;
  const from = measures
    .filter(
      (o) =>
        o.imposingCountry === m.imposingCountry &&
        o.targetCountry === m.targetCountry &&
        !SIDE_SCOPES.has(o.scope) &&
        (o.status === 'announced' || o.status === 'in_effect'),
    )
    .at(-1);
  if (!from) return null;
  from.status = 'superseded';
  addHistory(
    from,
    'superseded',
    frame.effectiveDate ?? frame.announcedDate,
    frame.effectiveDate || frame.announcedDate ? frame.datePrecision : 'unknown',
  );
  return from;
}

/** The direction most of these rates run in (zero rates, usually the other side's concession, aside). */
export const directionOf = (measures: Iterable<TariffMention>) =>
  majorityDirection([...measures].filter((m) => m.ratePercent > 0).map((m) => [m.imposingCountry, m.targetCountry]));

const measuresOf = (tariffs: Slots): TariffMention[] => [...tariffs.values()].map((x) => x.measure);

export function tariffMeasures(
  ctx: DocumentContext,
  actors: Actors,
  config: { recognisers: Array<Recogniser<TariffFrame>>; refiners: Array<Refiner<TariffMention[]>> },
  prior: [string, string] | null,
): Measures {
  const tariffs: Slots = new Map();
  const told: ToldRate[] = [];
  for (const f of ctx.sentences) {
    // The direction most of this document's rates run in: what a sentence naming no side most
    // likely speaks of (before any measure is stated, the direction the whole document states most).
    const sentenceCtx = { ...ctx, knownDirection: tariffs.size ? directionOf(measuresOf(tariffs)) : prior };
    for (const recogniser of config.recognisers) {
      for (const frame of run(recogniser, sentenceCtx, f)) {
        const slot = measureSlot(frame, f, tariffs);
        if (!slot) {
          ctx.debug(() => ({
            rule: 'measures.key',
            action: 'dropped',
            what: `${frame.ratePercent}% (no sides)`,
            sentence: f,
          }));
          continue;
        }
        const key = measureSlotKey(slot);
        const existing = tariffs.get(key)?.measure;
        if (existing) {
          updateMeasure(existing, frame, f);
          told.push({ frame, f, slot, measure: existing });
          ctx.debug(() => ({
            rule: 'measures.join',
            action: 'changed',
            row: existing,
            what: what(existing),
            sentence: f,
          }));
          continue;
        }
        const m = newMeasure(frame, f, ctx);
        const from = leaveRateBehind(m, frame, f, measuresOf(tariffs));
        if (from)
          ctx.debug(() => ({
            rule: 'measures.rate-moved',
            action: 'changed',
            row: from,
            what: `${what(from)} superseded`,
            sentence: f,
          }));
        actors.countryActor(m.imposingCountry, f);
        actors.countryActor(m.targetCountry, f);
        tariffs.set(key, { slot, measure: m });
        told.push({ frame, f, slot, measure: m });
        ctx.debug(() => ({
          rule: `measures.new (${recogniser.name})`,
          action: 'made',
          row: m,
          what: what(m),
          sentence: f,
        }));
      }
    }
  }
  let measures = measuresOf(tariffs);
  for (const refiner of config.refiners) measures = refiner.refine(ctx, measures);
  return { measures, told };
}
