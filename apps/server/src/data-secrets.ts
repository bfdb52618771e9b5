import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A 32-byte secret kept in the data folder, made on first use and readable only by the
 * server's user. Used for the development token issuer and for sealing invitation tokens in
 * the outbox, so that neither needs configuring to try the product.
 */
export function loadOrCreateSecret(dataDirectory: string, name: string): Buffer {
  mkdirSync(dataDirectory, { recursive: true });
  const path = join(dataDirectory, `${name}.key`);
  if (existsSync(path)) {
    const stored = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
    if (stored.length === 32) return stored;
    throw new Error(`${path} does not hold a 32-byte key. Delete it to make a new one.`);
  }
  const secret = randomBytes(32);
  writeFileSync(path, secret.toString('base64url'), { mode: 0o600, flag: 'wx' });
  return secret;
}
