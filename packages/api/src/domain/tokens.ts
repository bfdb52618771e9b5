import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url in the link (43 characters). 2^256 guesses: hopeless. */
export function generateInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

/** Only this hash is stored; a database copy cannot be turned back into working links. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}
