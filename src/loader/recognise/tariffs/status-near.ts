// The status the words around a rate give it: the status word nearest the rate that governs it
// (see STATUS_WORDS), or a present-tense verb of the rate's own clause.
import type { TariffStatus } from '../../types.js';
import { STATUS_WORDS, TARIFF_WORD } from './vocabulary.js';

const NEW_SUBJECT =
  /,\s+(?:(?:and|but|while)\s+)?(?:the\s+)?(?:U\.S\.|US|\p{Lu}[\p{L}.]+)\s+(?:\w+ed|will|has|had|is|was|said)\b/u;

// "Thailand and Cambodia each face 19%", "steel and aluminium pay 50 per cent", "remain at 50%": a
// rate told in the present tense applies now (not "will face", "would pay"), and so does one kept
// ("kept 25% on US steel", "keeps a 20 per cent tariff").
const PRESENT_RATE =
  /(?<!\b(?:will|would|could|may|might|to|not|cannot|can|shall)\s+(?:\w+\s+)?)\b(?:face|faces|pay|pays|carry|carries|attracts?|(?:is|are)\s+(?:also\s+|now\s+|still\s+)?(?:charged|subject\s+to)|stands?\s+at|remains?\s+(?:at|subject\s+to)|applies|keeps|kept|retains|retained)\b(?=[^,;.]{0,40}$)/i;

const RATE_IN = /\d\s?%|\d\s+(?:percent|per\s+cent)\b/i;
const ADVERB_NOW = /^(?:currently|now|at\s+present|still|already)\b/i;
const LISTED_BEFORE = /^\s*(?:,|,?\s*(?:and|or|to)|-|–)\s*[\d.]+\s?(?:%|percent|per\s+cent)/i;
const RATES = /\d[\d.]*\s?(?:%|percent\b|per\s+cent\b)/gi;
// Between a rate and an "announced" word after it: the rate's own noun phrase or a relative clause
// ("level", ""reciprocal" rate he had"), not the rate's verb ("tariff was", "duties will be").
export const PAST_OF_RATE = /^(?![^,;.]*\b(?:was|were|is|are|be|been|will|would)\b)[^,;.]{0,30}$/i;

// ", and a " right before the rate: its own clause's subject (not ", and 30% on Y", a list).
const NEW_CLAUSE_SUBJECT = /,\s+(?:and|but|while|whereas)\s+(?:a|an|the|its|their)\s+(?:[\w"“”-]+\s+){0,2}$/i;
// The object of an active verb, right after it ("removed much of the uncertainty"), not a time.
const ACTIVE_OBJECT =
  /^\s+["“]?(?:much|most|some|any|all|an?|its|their|the(?!\s+(?:following|next|same|previous)\s))\b/i;

/** "removed much of the uncertainty": an active verb whose object is neither this rate nor a tariff. */
function removedSomethingElse(text: string, start: number, end: number, at: number): boolean {
  if (!ACTIVE_OBJECT.test(text.slice(end)) || /\b(?:was|were|been|be|is|are)\s+$/i.test(text.slice(0, start)))
    return false;
  const object = text.slice(end, end + 40);
  return end > at
    ? true
    : !TARIFF_WORD.test(object) && !RATE_IN.test(object) && !/\b(?:rates?|it|them)\b/i.test(object);
}

/** The status the words around a rate give it; null when none speaks of it. */
export function statusNear(text: string, at: number): TariffStatus | null {
  let best: { status: TariffStatus; distance: number } | null = null;
  const atEnd = at + (/^[\d.,]+\s?(?:%|percent|per\s*cent)/i.exec(text.slice(at))?.[0].length ?? 1);
  // (only as the verb of the rate's own clause, before it)
  const present = PRESENT_RATE.exec(text.slice(Math.max(0, at - 60), at));
  if (present) best = { status: 'in_effect', distance: 60 - present.index };
  // "the 40% rate that Washington applies to goods it deems transshipped"
  const applied = /^[^,;.]{0,50}?\b(?:that|which)\s+(?:[\p{L}.]+\s+){0,2}(?:applies|charges|levies|collects)\b/u.exec(
    text.slice(at),
  );
  if (applied) best = { status: 'in_effect', distance: applied[0].length };
  for (const [status, re] of STATUS_WORDS) {
    const g = new RegExp(re.source, 'gi');
    for (const m of text.matchAll(g)) {
      if (governsOther(text, at, atEnd, status, m)) continue;
      // A word in the rate's own clause over a nearer one in a clause with its own subject ("in which
      // Lam offered to cut tariffs to zero if Washington did the same, the U.S. paused the levies").
      const between = text.slice(Math.min(m.index, at), Math.max(m.index + m[0].length, at));
      // "replaces … the 24% level announced in April", "the 25% rate he had threatened": a participle
      // after the rate tells its past; a verb that governs the rate tells what it is now.
      const past = status === 'announced' && m.index > at && PAST_OF_RATE.test(text.slice(atEnd, m.index));
      const distance = Math.abs(m.index - at) + (NEW_SUBJECT.test(between) ? 1000 : 0) + (past ? 100 : 0);
      if (!best || distance < best.distance) best = { status, distance };
    }
  }
  // (a word only another subject's clause has says nothing of this rate: "cut its tariff to 10% on
  // Monday, and Santiago removed its duties")
  return best && best.distance < 1000 ? best.status : null;
}

/** Whether a status word found in the sentence speaks of something other than the rate at `at`. */
function governsOther(text: string, at: number, atEnd: number, status: TariffStatus, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  // "X, replacing the 30% rate": only the rate after the word is the one replaced.
  if (status === 'superseded' && m.index > at) return true;
  // "which had faced a 49% levy, also got 19%": it governs the first rate after it only.
  // ("had faced 36% and 49% respectively" governs both.)
  if (status === 'superseded' && /(?:\d\s?%|\d\s+(?:percent|per\s+cent)\b)[^,;%]*[,;]/i.test(text.slice(end, at)))
    return true;
  // An adverb after the rates belongs to the one nearest it ("to 50%, from 20% currently"), unless
  // they are listed together; a verb governs each rate of its subject or object ("A, and B, also
  // took effect", "offered to cut 30% to 15%").
  if (
    m.index > at &&
    ADVERB_NOW.test(m[0]) &&
    RATE_IN.test(text.slice(atEnd, m.index)) &&
    !LISTED_BEFORE.test(text.slice(atEnd, m.index))
  )
    return true;
  // "the 20 per cent rate … removed much of the uncertainty": the rate is what removed, not what was removed.
  // ("the deal 'removed the biggest uncertainty' … the same 15 percent rate": something else removed)
  if (status === 'withdrawn' && removedSomethingElse(text, m.index, end, at)) return true;
  // "…was suspended a week later, and a 10% baseline tariff had applied": a new subject takes its own verb.
  if (m.index < at && NEW_CLAUSE_SUBJECT.test(text.slice(m.index, at))) return true;
  // ("currently more than 100 per cent, will be brought down to 10 per cent": the adverb is the first figure's)
  if (m.index < at && ADVERB_NOW.test(m[0]) && RATE_IN.test(text.slice(end, at))) return true;
  // "the higher rates are suspended; a 10% baseline applies": a semicolon ends what a verb says.
  if (/;/.test(text.slice(Math.min(m.index, at), Math.max(m.index, at)))) return true;
  // ("replaces the 25% rate threatened in July as well as the 24% level": the participle is the 25%'s.)
  const ratesBefore = status === 'announced' && m.index < at ? [...text.slice(0, m.index).matchAll(RATES)] : [];
  const other = ratesBefore.at(-1);
  return Boolean(other && PAST_OF_RATE.test(text.slice(other.index + other[0].length, m.index)));
}
