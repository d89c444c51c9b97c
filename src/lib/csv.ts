// RFC 4180 CSV: CRLF line ends, fields quoted only when they hold a quote, comma, CR or LF.

export type CsvCell = string | number | boolean | null | undefined;
export type CsvColumns<T> = ReadonlyArray<readonly [header: string, cell: (row: T) => CsvCell]>;

function field(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(columns: CsvColumns<T>, rows: readonly T[]): string {
  const lines = [columns.map(([header]) => field(header)).join(',')];
  for (const row of rows) lines.push(columns.map(([, cell]) => field(cell(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
