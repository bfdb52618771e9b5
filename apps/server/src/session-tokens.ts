import type { Clock, Identity } from '@collab/api';
import { decodeJwt, jwtVerify, SignJWT } from 'jose';
import { VerifiedTokenCache } from './verified-token-cache.js';

/**
 * Widget session tokens: what `POST /v1/sessions` hands a host's backend for its page's
 * `getToken` (the pattern of Stripe's Account Sessions). A short-lived HS256 JWT that names
 * one Collab user, signed with the server's own session secret. Its audience is the widget's
 * API: `/trpc` takes it, `/v1` (secret keys only) never does. See docs/integration-api.md.
 */
export const sessionAudience = 'collab-widget';

export class InvalidSessionTokenError extends Error {}

export interface SessionTokens {
  mint(
    input: { userId: string; integrationId: string; expiresInSeconds: number },
    now: Date,
  ): Promise<{ token: string; expiresAt: Date }>;
  /** True when the token claims to be one of ours (our issuer and audience), before checking it. */
  claims(token: string): boolean;
  /** The user the token names; throws InvalidSessionTokenError for a bad or expired token. */
  verify(token: string): Promise<Identity>;
}

export function createSessionTokens(options: {
  secret: Uint8Array;
  /** The server's public URL: the `iss` of every session token. */
  issuer: string;
  clock: Clock;
}): SessionTokens {
  const { secret, issuer, clock } = options;
  const verified = new VerifiedTokenCache<Identity>();
  return {
    async mint({ userId, integrationId, expiresInSeconds }, now) {
      const issuedAt = Math.floor(now.getTime() / 1000);
      const expiresAt = issuedAt + expiresInSeconds;
      const token = await new SignJWT({ integration: integrationId })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(userId)
        .setIssuer(issuer)
        .setAudience(sessionAudience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt)
        .setJti(crypto.randomUUID())
        .sign(secret);
      return { token, expiresAt: new Date(expiresAt * 1000) };
    },
    claims(token) {
      if (verified.get(token, clock.now().getTime())) return true;
      try {
        const payload = decodeJwt(token);
        return payload.iss === issuer && payload.aud === sessionAudience;
      } catch {
        return false;
      }
    },
    async verify(token) {
      const known = verified.get(token, clock.now().getTime());
      if (known) return known;
      try {
        const { payload } = await jwtVerify(token, secret, {
          issuer,
          audience: sessionAudience,
          algorithms: ['HS256'],
          currentDate: clock.now(),
          requiredClaims: ['sub', 'exp'],
        });
        if (!payload.sub) throw new InvalidSessionTokenError('The session names no user.');
        const identity = { userId: payload.sub };
        // `exp` is required above; the token is served from the cache until then only.
        verified.set(token, identity, (payload.exp ?? 0) * 1000);
        return identity;
      } catch (error) {
        if (error instanceof InvalidSessionTokenError) throw error;
        throw new InvalidSessionTokenError('The session token is expired or wrongly signed.');
      }
    },
  };
}
