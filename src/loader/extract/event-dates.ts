// Dates an event takes from elsewhere in the text: "that day", "the day before", "at the round".
import type { DateFound } from '../recognise/dates.js';
import { roundIsSetting, type EventFrame } from '../recognise/events.js';
import type { DocumentContext, ResolvedSentence } from '../recognise/sentence.js';
import { NUMBER_WORDS } from '../text.js';
import type { DatePrecision } from '../types.js';
import type { OpenEvent } from './timeline.js';

export const SAME_DAY = /\b(?:that|the\s+same)\s+(?:day|evening|morning|afternoon|night)\b|\blater\s+that\s+day\b/i;
// ("the day before", "two days later", "a week later")
const DAY_OFFSET = /\b(the|a|one|two|three|four|five|six|\d)\s+(days?|week)\s+(before|after|earlier|later)\b/i;

/** A date the text gives by reference to another ("that day", "the day before", "at the round"). */
export function toldDay(date: string, precision: DatePrecision = 'day', index = 0, text = date): DateFound {
  return { index, text, start: { date, precision }, end: null, relative: true };
}

/**
 * "The day before, the ministers held talks", "…came a day after the ministers held talks": a
 * day counted from the event just reported.
 */
export function dayOffset(ctx: DocumentContext, open: OpenEvent[], frame: EventFrame, f: ResolvedSentence): EventFrame {
  if (frame.date || frame.definite) return frame;
  const m = DAY_OFFSET.exec(f.text);
  if (!m || m.index > frame.index) return frame;
  // (the day in the sentence, else the last one the paragraph told just before: "On April 2, Trump
  // announced … Two days later, Lam phoned Trump")
  const previous = ctx.sentences[ctx.sentences.indexOf(f) - 1];
  const told =
    previous?.paragraph === f.paragraph
      ? previous.dates.filter((d) => d.start.precision === 'day').at(-1)?.start.date
      : undefined;
  const anchor =
    f.dates.find((d) => d.start.precision === 'day')?.start.date ??
    told ??
    open.filter((e) => !e.tariffKey && e.mention.datePrecision === 'day').at(-1)?.mention.startDate;
  if (!anchor) return frame;
  const count = m[1]!.toLowerCase();
  const days =
    (['the', 'a', 'one'].includes(count) ? 1 : (NUMBER_WORDS[count] ?? Number(count))) *
    (/^week$/i.test(m[2]!) ? 7 : 1);
  const word = m[3]!.toLowerCase();
  // "A came a day after B": B is the day before A.
  const before =
    word === 'before' ||
    word === 'earlier' ||
    /\bcame\s+$|\bcomes\s+$/i.test(f.text.slice(Math.max(0, m.index - 8), m.index));
  const d = new Date(`${anchor}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (before ? -days : days));
  const date = d.toISOString().slice(0, 10);
  return { ...frame, date: toldDay(date, 'day', m.index, m[0]) };
}

/**
 * "At the round, the Vietnamese side tabled a revised offer": during the round just told, so in
 * its month when its days lie in one (or on its day). Null when the round gives it no date.
 */
export function duringRound(open: OpenEvent[], frame: EventFrame, f: ResolvedSentence): EventFrame | null {
  const setting =
    roundIsSetting(f.text) && !frame.date
      ? open.filter((e) => e.mention.type === 'negotiation_round' && e.mention.datePrecision === 'day').at(-1)
      : undefined;
  if (!setting) return null;
  const { startDate, endDate } = setting.mention;
  const month = !endDate || endDate.slice(0, 7) === startDate!.slice(0, 7);
  if (!month) return null;
  const single = !endDate || endDate === startDate;
  const date = single ? startDate! : startDate!.slice(0, 7);
  return { ...frame, date: toldDay(date, single ? 'day' : 'month', 0, 'the round') };
}
