import { createHash, randomBytes } from 'node:crypto';
import { luhnCheckDigit } from '@collab/contracts';

/** A source of numbers in [0, 1), like `Math.random`, but repeatable when seeded. */
export type Random = () => number;

/**
 * mulberry32: a tiny seeded generator. Good enough for demo data, and the same seed gives the
 * same sequence on every machine, so seeded ids stay stable between runs.
 */
export function createSeededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInteger(random: Random, minimum: number, maximum: number): number {
  return minimum + Math.floor(random() * (maximum - minimum + 1));
}

export function randomDigits(random: Random, count: number): string {
  let digits = '';
  for (let index = 0; index < count; index++) digits += String(Math.floor(random() * 10));
  return digits;
}

const hexDigits = '0123456789abcdef';
const variantDigits = '89ab';

/** A UUID in RFC 4122 version 4 shape (what `z.uuid()` accepts), drawn from `random`. */
export function seededUuid(random: Random): string {
  let hex = '';
  for (let index = 0; index < 32; index++) {
    if (index === 12) hex += '4';
    else if (index === 16) hex += variantDigits.charAt(Math.floor(random() * 4));
    else hex += hexDigits.charAt(Math.floor(random() * 16));
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Ten digits whose last is the Luhn check digit over the first nine. */
export function withCheckDigit(body: string): string {
  if (!/^\d{9}$/.test(body))
    throw new Error(`An organisation number body has nine digits: ${body}`);
  return `${body}${luhnCheckDigit(body)}`;
}

/**
 * The stored hash of a fresh invitation token: SHA-256 of 32 random bytes, base64url. The
 * token itself is thrown away, so nobody can open a seeded invitation link; that is fine for
 * demo data, and it is why this draws from the operating system and not from a seed.
 */
export function unknownTokenHash(): string {
  if (tokenPoolOffset + tokenBytes > tokenPool.length) {
    tokenPool = randomBytes(tokenBytes * 1024);
    tokenPoolOffset = 0;
  }
  const token = tokenPool.subarray(tokenPoolOffset, tokenPoolOffset + tokenBytes);
  tokenPoolOffset += tokenBytes;
  return createHash('sha256').update(token).digest('base64url');
}

const tokenBytes = 32;
// One call to the operating system for many tokens: a call per token is slow in bulk seeds.
let tokenPool = Buffer.alloc(0);
let tokenPoolOffset = 0;

/** One of `values`, evenly. */
export function pick<Value>(random: Random, values: readonly Value[]): Value {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}
