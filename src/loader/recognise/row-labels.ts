// A tracker's row labels: "VIETNAM - 20%", "South Korea: 15%", "BRAZIL — 50% on most goods", or a
// country alone on its line. The paragraph under a label speaks of that country without naming it
// ("In force since Aug. 7, down from the 46% announced in April").
import { recogniseCountries } from './countries.js';

export interface RowLabel {
  /** Offsets of the label's line in the text. */
  start: number;
  end: number;
  code: string;
  /** The label gives a rate of its own ("VIETNAM - 20%"). */
  rated: boolean;
}

const LABEL =
  /^(?:[-–—•*]\s+)?(\p{L}[\p{L} .'’&-]{1,38}?)\s*(?:[-–—:|]\s*(\d[\d.]*\s?(?:%|per\s*cent|percent)(?:\s+[\p{L} ]{1,40})?))?$/iu;

/** "SOUTH KOREA" → "South Korea", so that the case-sensitive country names match. */
const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** The country a label line names, alone: null for any other line. */
function labelCountry(name: string): string | null {
  const plain = /\p{Ll}/u.test(name) ? name : titleCase(name);
  // ("UNITED STATES" in capitals keeps its "US" out of reach: the folded form is matched)
  const found = recogniseCountries(plain).filter((c) => c.form === 'name');
  const one = found.length === 1 ? found[0]! : null;
  const rest = one
    ? (plain.slice(0, one.index) + plain.slice(one.index + one.text.length)).replace(/\b(?:the)\b/gi, '').trim()
    : '';
  return one && rest === '' ? one.code : null;
}

export function recogniseRowLabels(text: string): RowLabel[] {
  const labels: RowLabel[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const body = line[0].trim();
    if (body.length > 80 || /[.!?,;]$/.test(body)) continue;
    const m = LABEL.exec(body);
    if (!m) continue;
    const code = labelCountry(m[1]!);
    if (code) labels.push({ start: line.index, end: line.index + line[0].length, code, rated: Boolean(m[2]) });
  }
  return labels;
}
