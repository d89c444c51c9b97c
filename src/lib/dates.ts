// Dates in Parley are as precise as the sources make them: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.
// Compared as strings, a shorter date sorts before every longer date it is a prefix of, so a
// date is already its own lower bound; appending '~' (after '-' and every digit) gives its upper bound.

const isoDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isIsoDate(value: string): boolean {
  const m = isoDatePattern.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(Number(y), month);
}

export function isIsoDay(value: string): boolean {
  return value.length === 10 && isIsoDate(value);
}

// Arithmetic, not Date.UTC: that reads years 0 to 99 as 1900 to 1999.
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The lowest string every day inside `date` compares greater than or equal to. */
export function lowerBound(date: string): string {
  return date;
}

/** A string that compares greater than every day inside `date` and less than every later date. */
export function upperBound(date: string): string {
  return `${date}~`;
}
