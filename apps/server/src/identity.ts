import {
  type Clock,
  type Identity,
  resolveExternalIdentity,
  type VerifiedClaims,
} from '@collab/api';
import type { Database } from '@collab/db';
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';
import type { Config } from './config.js';
import { InvalidSessionTokenError, type SessionTokens } from './session-tokens.js';

export class InvalidTokenError extends Error {}

export interface TokenVerifier {
  /** The caller named by a Bearer header; null without a header; throws for a bad token. */
  identify(authorization: string | undefined): Promise<Identity | null>;
}

/**
 * The token only says who the caller is. What they may do is read from the database by the
 * domain functions, so a token can never grant more than the data says.
 *
 * Two kinds of token are taken: a widget session token that `/v1/sessions` minted (always;
 * its `sub` is a Collab id, since Collab signed it), and a token of the configured identity
 * (the host's provider, or the development issuer), whose (iss, sub) is mapped to a Collab
 * user by the rules of README "External identities" (resolveExternalIdentity). A refusal
 * there (IDENTITY_NOT_LINKED, or deactivated) is thrown as the domain's error, with its code.
 */
export function createTokenVerifier(
  config: Config,
  dependencies: {
    developmentSecret: Uint8Array;
    sessionTokens: SessionTokens;
    db: Database;
    clock: Clock;
  },
): TokenVerifier {
  const { identity } = config;
  const { developmentSecret, sessionTokens, db, clock } = dependencies;
  const remoteKeys: JWTVerifyGetKey | null =
    identity.kind === 'jwks' ? createRemoteJWKSet(new URL(identity.jwksUrl)) : null;
  const secret = signingSecret(config, developmentSecret);
  return {
    async identify(authorization) {
      if (!authorization) return null;
      const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization.trim());
      if (!match?.[1]) throw new InvalidTokenError('The Authorization header is not a Bearer JWT.');
      if (sessionTokens.claims(match[1])) {
        try {
          return await sessionTokens.verify(match[1]);
        } catch (error) {
          if (error instanceof InvalidSessionTokenError) throw new InvalidTokenError(error.message);
          throw error;
        }
      }
      let claims: VerifiedClaims;
      try {
        const expected = { issuer: identity.issuer, audience: identity.audience };
        const { payload } = remoteKeys
          ? await jwtVerify(match[1], remoteKeys, expected)
          : await jwtVerify(match[1], secret, { ...expected, algorithms: ['HS256'] });
        if (!payload.sub) throw new InvalidTokenError('The token names no subject.');
        claims = {
          // jwtVerify checked `iss` against the configured issuer.
          issuer: payload.iss ?? identity.issuer,
          subject: payload.sub,
          email: typeof payload.email === 'string' ? payload.email : undefined,
          emailVerified: payload.email_verified === true,
        };
      } catch (error) {
        if (error instanceof InvalidTokenError) throw error;
        throw new InvalidTokenError(
          'The token is expired, wrongly signed, or for another issuer or audience.',
        );
      }
      // Rule (d), a sub that is a Collab id, only where Collab's own secret signs the tokens.
      return resolveExternalIdentity(
        db,
        claims,
        { acceptCollabIds: identity.kind !== 'jwks' },
        clock.now(),
      );
    },
  };
}

/** The HS256 secret: the configured one, or the one generated into the data folder. */
function signingSecret(config: Config, developmentSecret: Uint8Array): Uint8Array {
  return config.identity.kind === 'secret'
    ? new TextEncoder().encode(config.identity.secret)
    : developmentSecret;
}

/** Signs a development token; only the dev login uses it. */
export async function signDevelopmentToken(
  config: Config,
  developmentSecret: Uint8Array,
  userId: string,
): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(config.identity.issuer)
    .setAudience(config.identity.audience)
    .setIssuedAt()
    .setExpirationTime('8h')
    .sign(signingSecret(config, developmentSecret));
}
