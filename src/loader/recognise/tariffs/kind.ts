// What kind of measure a rate is (reciprocal, retaliatory, sectoral, …), and which of the measures
// between its sides it belongs to (its scope: the main rate, an additional one, a sector's).
import type { TariffKind, TariffScope, TariffStatus } from '../../types.js';
import type { PercentFound } from '../percent.js';
import { clauseOf, type ResolvedSentence } from '../sentence.js';
import { SECTOR } from './vocabulary.js';

// "an additional 25%", "a further 10%", "a 25% penalty": a rate charged on top of the main one.
const ADDITIONAL_BEFORE = /\b(?:additional|extra|further|secondary|penalty)\s+(?:(?:tariff|duty|levy)\s+of\s+)?$/i;
const ADDITIONAL_AFTER = /^\s*(?:additional|extra|penalty|secondary)\b/i;
// "Cars pay 15%", "goods transshipped through Vietnam face 40%": the sector is the rate's subject …
const SECTOR_BEFORE = new RegExp(String.raw`${SECTOR.source}[^;%]{0,50}$`, 'i');
// … or what it is on: "tariffs of 100 per cent on Canadian canola oil", "25-per-cent levies on U.S. steel".
const SECTOR_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,2}?\s+on\s+(?:[\p{L}.-]+\s+){0,3}?${SECTOR.source}`,
  'iu',
);
// "the 15% rate will also apply to automobiles": the main rate reaching a sector, not a rate of its own.
const EXTENDED = /\b(?:also|too|as\s+well|extend\w*|includ\w*|cover\w*)\b/i;
// "a 25% reciprocal rate", "the combined rate to 50%": the rate on all the country's goods.
const WHOLE = /\b(?:combined|total|overall|headline|across[- ]the[- ]board|all[- ]inclusive)\b/i;

export function kindOf(text: string, status: TariffStatus, rate: number): TariffKind {
  if (/\breciprocal\b/i.test(text)) return 'reciprocal';
  if (/\bretaliat\w*|counter-?tariffs?\b/i.test(text)) return 'retaliatory';
  if (/\bbaseline|universal|blanket\b/i.test(text)) return 'baseline';
  // Goods of a kind, or goods routed through a country to dodge its rate: a rate beside the headline one.
  // (and one product's duty: "a 75.8-per-cent deposit on canola seed", "tariffs on pork and aquatic products")
  if (SECTOR.test(text)) return 'sectoral';
  if (status === 'proposed' && (rate === 0 || /\b(?:reduc|cut|lower|eliminat|remov)\w*/i.test(text))) {
    return rate === 0 && /\b(?:reciprocat\w*|mutual\w*|in\s+return|similar\s+concessions)\b/i.test(text)
      ? 'zero_for_zero'
      : 'proposed_reduction';
  }
  if (/\bnegotiated|agreed\b/i.test(text)) return 'negotiated';
  return 'general';
}

/** What kind of measure the rate is, and which of the measures between its sides it belongs to. */
export function kindAndScope(
  f: ResolvedSentence,
  p: PercentFound,
  status: TariffStatus,
): { kind: TariffKind; scope: TariffScope } {
  const window = kindWindow(f, p);
  const kind = kindOf(window, status, p.value);
  const previous = f.percents.filter((q) => q.index < p.index).at(-1);
  const before = f.text.slice(Math.max(0, p.index - 60, previous ? previous.index + previous.text.length : 0), p.index);
  const after = f.text.slice(p.index + p.text.length, p.index + p.text.length + 60);
  if (ADDITIONAL_BEFORE.test(before.slice(-30)) || ADDITIONAL_AFTER.test(after))
    return { kind: kind === 'general' ? 'additional' : kind, scope: 'additional' };
  const [from, to] = clauseOf(f.text, p.index);
  if ((SECTOR_BEFORE.test(before) || SECTOR_AFTER.test(after)) && !EXTENDED.test(f.text.slice(from, to)))
    return { kind: 'sectoral', scope: 'sectoral' };
  if (kind === 'reciprocal' || kind === 'baseline' || kind === 'negotiated' || WHOLE.test(window))
    return { kind, scope: 'main' };
  return { kind, scope: 'plain' };
}

/** The words that qualify a rate: a little before it, and after it up to the next rate. */
function kindWindow(f: ResolvedSentence, p: PercentFound): string {
  const next = f.percents.find((q) => q.index > p.index);
  const before = f.percents.filter((q) => q.index < p.index).at(-1);
  const from = Math.max(0, p.index - 50, before ? before.index + before.text.length : 0);
  const to = Math.min(p.index + p.text.length + 50, next ? next.index : f.text.length);
  return f.text.slice(from, to);
}
