// The calendar the date readers share: month names as data, and dates written at a precision.

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** "jan" … "dec": the short forms fiscal years and ranges are written with. */
export const MONTH_SHORT: readonly string[] = MONTHS.map((m) => m.slice(0, 3));

export const pad = (n: number) => String(n).padStart(2, '0');

export function format(year: number, month: number | null, day: number | null): string {
  if (month == null) return String(year);
  if (day == null) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Publication date → the instant chrono resolves against (noon UTC, so no day slips). */
export function refInstant(ref: string): Date {
  const [y, m, d] = ref.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1, 12));
}

/** The month a short form names ("Mar" → 3), 0 for none. */
export const monthOfShort = (name: string) => MONTH_SHORT.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * The first month and day written in a text with no year: "June 13", "Aug. 7", "13 June". A
 * dateline ("HANOI, June 13 (Reuters) -") dates its story this way.
 */
export function readMonthDay(text: string): { month: number; day: number } | null {
  for (const m of text.matchAll(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+([A-Za-z]{3,9})\b/g)) {
    const name = (m[1] ?? m[4])!.toLowerCase();
    const month =
      MONTHS.findIndex((x) => x.startsWith(name.slice(0, 3)) && x.startsWith(name)) + 1 ||
      MONTHS.findIndex((x) => x.slice(0, 3) === name.slice(0, 3) && name.length <= 4) + 1;
    const day = Number(m[2] ?? m[3]);
    if (month > 0 && day >= 1 && day <= 31) return { month, day };
  }
  return null;
}
