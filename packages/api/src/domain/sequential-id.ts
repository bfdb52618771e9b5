import { randomBytes } from 'node:crypto';

let lastMilliseconds = 0;
let sequence = 0;

/**
 * A UUID version 7: a millisecond timestamp, then a counter, then random bits. Ids made one
 * after another in this process sort in the order they were made, even within the same
 * millisecond, so "newest first" is stable for rows written in one transaction.
 */
export function sequentialId(): string {
  const now = Date.now();
  if (now > lastMilliseconds) {
    lastMilliseconds = now;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    lastMilliseconds += 1;
    sequence = 0;
  }
  const bytes = randomBytes(16);
  let time = lastMilliseconds;
  for (let index = 5; index >= 0; index--) {
    bytes[index] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
