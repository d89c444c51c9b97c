// Opaque keyset cursors: base64url of the JSON array of the last row's sort key.
// Clients must treat them as opaque; only decodeCursor's caller knows the tuple's shape.

export type CursorValue = string | number;

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** The decoded array, or undefined when `cursor` is not something encodeCursor could have made. */
export function decodeCursor(cursor: string): unknown[] | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
