import { fail } from '../errors.js';

/**
 * Cursors are opaque to clients: the sort key of the last row seen, as base64url JSON.
 * Anything that does not decode to the expected shape is a clear error, not a 500.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<Key extends readonly ('string' | 'number')[]>(
  cursor: string,
  shape: Key,
): { [Index in keyof Key]: Key[Index] extends 'number' ? number : string } {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw fail('INVALID_CURSOR');
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== shape.length ||
    !decoded.every((value, index) => typeof value === shape[index])
  ) {
    throw fail('INVALID_CURSOR');
  }
  return decoded as { [Index in keyof Key]: Key[Index] extends 'number' ? number : string };
}
