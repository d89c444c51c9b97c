// A tariff measure's history: the acts on it a sentence reports, and how a status change is told.
import { precisionOf } from '../identity.js';
import type { DateFound } from '../recognise/dates.js';
import { isHedged, type ResolvedSentence } from '../recognise/sentence.js';
import { STATUS_CHANGES, type TariffFrame } from '../recognise/tariffs/index.js';
import type { DatePrecision, TariffMention, TariffStatus } from '../types.js';

export const REMAINS =
  /\b(?:remains?|stays?)\s+in\s+(?:force|effect|place)\b|\bstill\s+appl(?:y|ies)\b|\bcontinues?\s+to\s+apply\b/i;

export function addHistory(m: TariffMention, status: TariffStatus, date: string | null, datePrecision: DatePrecision) {
  const last = m.history[m.history.length - 1];
  if (last && last.status === status && (last.date === date || date == null)) return;
  // The precision the date is written at, whichever date of the frame it came from.
  m.history.push({
    status,
    date,
    datePrecision: date ? (datePrecision === 'unknown' ? precisionOf(date) : datePrecision) : 'unknown',
  });
}

/** The status a sentence reports a tariff moved to, if it plainly says so (past tense, no hedging). */
export const CHANGE_VERB: Partial<Record<TariffStatus, string>> = {
  paused: 'pauses',
  in_effect: 'puts into effect',
  withdrawn: 'withdraws',
};

/** A change told after a rate was announced, in the same sentence, with the day it is dated if any. */
export function laterChange(
  f: ResolvedSentence,
  frame: TariffFrame,
): { status: TariffStatus; date: DateFound | null } | null {
  if (frame.status !== 'announced') return null;
  const from = frame.index + frame.text.length;
  const rest = f.text.slice(from);
  const status = statusChange(rest);
  if (!status) return null;
  const verb = STATUS_CHANGES.find(([s]) => s === status)![1].exec(rest)!;
  const at = from + verb.index;
  // "The 20% is below the 46% that Trump announced and suspended": the change is the nearer rate's.
  if (f.percents.some((q) => q.index > frame.index && q.index < at)) return null;
  const date =
    f.dates.find(
      (d) => d.index > at && d.index - at < 60 && d.start.precision !== 'year' && !/;/.test(f.text.slice(at, d.index)),
    ) ?? null;
  return { status, date };
}

export function statusChange(text: string): TariffStatus | null {
  if (isHedged(text) || /\b(?:could|might|may|would|will|if)\b/i.test(text)) return null;
  return STATUS_CHANGES.find(([, re]) => re.test(text))?.[0] ?? null;
}
