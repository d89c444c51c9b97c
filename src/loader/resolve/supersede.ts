// A measure replaced by a later one between the same sides, though no report says so.
import { precisionOf } from '../identity.js';
import type { TariffKind } from '../types.js';
import type { ResolvedTariff } from './types.js';

// Rates one country applies across the board to another: a later one replaces an earlier one.
// Sectoral rates, offers and retaliation stand beside the others.
const HEADLINE_KINDS: ReadonlySet<TariffKind> = new Set(['general', 'reciprocal', 'baseline', 'negotiated']);

// "an additional 40%, raising the total to 50%": rates told together as parts of a sum stand together.
const STACKING = /\b(?:additional|on\s+top\s+of|in\s+addition|total|combined|stack\w*)\b/i;
/** The passages that cite both rates. */
const sharedPassages = (a: ResolvedTariff, b: ResolvedTariff) =>
  a.sources.filter((s) => b.sources.some((x) => x.documentId === s.documentId && x.start === s.start));
const told = (a: ResolvedTariff, b: ResolvedTariff) => sharedPassages(a, b).length > 0;
const stacked = (a: ResolvedTariff, b: ResolvedTariff) => sharedPassages(a, b).some((s) => STACKING.test(s.quote));

/** A rate announced (or paused) and never reported as applied or dropped, for which a later rate of the
 * same side on the same country was announced or applied: replaced ("the 46% announced in April"
 * once the 20% is in force). Recorded in its history, dated when the replacement is. */
export function supersedeAnnounced(tariffs: ResolvedTariff[]): ResolvedTariff[] {
  const dateOf = (t: ResolvedTariff) => t.announcedDate ?? t.history.find((h) => h.date)?.date ?? null;
  // The replacement's latest date, or failing any, the day it was reported, unless the two rates
  // are told in one passage ("a 20% rate, with 40% for transshipped goods"): then only a date counts.
  const latestOf = (t: ResolvedTariff, together: boolean) =>
    // (a date it was only due to take effect says nothing of when it was decided)
    [t.announcedDate, ...t.history.map((h) => h.date)]
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1) ??
    // (only for a rate newly announced: one in force "since April" may be the older of the two)
    (together || t.status !== 'announced'
      ? null
      : t.history
          .map((h) => h.reportedOn)
          .filter((d): d is string => Boolean(d))
          .sort()
          .at(-1)) ??
    null;
  // Dates of different precision compare only when neither is a prefix of the other.
  const later = (a: string, b: string) => !a.startsWith(b) && !b.startsWith(a) && a > b;
  for (const t of tariffs) {
    // (a baseline in force gives way to a country's own rate once that is in force: "the 10% baseline
    // applied from April 5 … the 20% rate took effect on August 7")
    const baselineInForce = t.status === 'in_effect' && t.kind === 'baseline';
    const since = baselineInForce
      ? (t.history.find((h) => h.status === 'in_effect' && h.date)?.date ?? null)
      : dateOf(t);
    if (
      (t.status !== 'announced' && t.status !== 'paused' && !baselineInForce) ||
      !since ||
      !HEADLINE_KINDS.has(t.kind)
    )
      continue;
    const replacement = tariffs
      .filter(
        (o) =>
          o !== t &&
          o.imposingCountry === t.imposingCountry &&
          o.targetCountry === t.targetCountry &&
          HEADLINE_KINDS.has(o.kind),
      )
      .filter(
        (o) =>
          (baselineInForce
            ? o.status === 'in_effect' && o.kind !== 'baseline'
            : o.status === 'announced' || o.status === 'in_effect') &&
          o.ratePercent > 0 &&
          !stacked(t, o),
      )
      // A paused rate is replaced only by one with a date of its own: the baseline charged
      // meanwhile does not replace it.
      .map((o) => ({ o, date: latestOf(o, t.status === 'paused' || told(t, o)) }))
      .filter((x): x is { o: ResolvedTariff; date: string } => x.date !== null && later(x.date, since))
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    if (!replacement) continue;
    const report = replacement.o.history.at(-1);
    t.status = 'superseded';
    t.history.push({
      status: 'superseded',
      date: replacement.date,
      datePrecision: precisionOf(replacement.date),
      documentId: report?.documentId ?? replacement.o.sources[0]!.documentId,
      reportedOn: report?.reportedOn ?? null,
    });
  }
  return tariffs;
}
