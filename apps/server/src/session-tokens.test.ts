import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  createSessionTokens,
  InvalidSessionTokenError,
  sessionAudience,
} from './session-tokens.js';

const secret = new Uint8Array(32).fill(7);
const issuer = 'https://collab.example.se';
const start = new Date('2026-12-03T10:00:00Z');

function tokensAt(time: { now: Date }) {
  return createSessionTokens({ secret, issuer, clock: { now: () => time.now } });
}

describe('widget session tokens', () => {
  it('name the user they were minted for, and no one else', async () => {
    const time = { now: start };
    const tokens = tokensAt(time);
    const { token, expiresAt } = await tokens.mint(
      { userId: 'user-x', integrationId: 'int-1', expiresInSeconds: 900 },
      start,
    );
    expect(expiresAt).toEqual(new Date(start.getTime() + 900_000));
    expect(tokens.claims(token)).toBe(true);
    expect(await tokens.verify(token)).toEqual({ userId: 'user-x' });
  });

  it('stop working when they expire', async () => {
    const time = { now: start };
    const tokens = tokensAt(time);
    const { token } = await tokens.mint(
      { userId: 'user-x', integrationId: 'int-1', expiresInSeconds: 60 },
      start,
    );
    // Verified once, and so kept as verified: still refused once it has expired.
    expect(await tokens.verify(token)).toEqual({ userId: 'user-x' });
    time.now = new Date(start.getTime() + 59_000);
    expect(await tokens.verify(token)).toEqual({ userId: 'user-x' });
    time.now = new Date(start.getTime() + 60_000);
    await expect(tokens.verify(token)).rejects.toBeInstanceOf(InvalidSessionTokenError);
    time.now = new Date(start.getTime() + 61_000);
    await expect(tokens.verify(token)).rejects.toBeInstanceOf(InvalidSessionTokenError);
  });

  it('refuse a token signed with another secret, or edited to name another user', async () => {
    const tokens = tokensAt({ now: start });
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('user-y')
      .setIssuer(issuer)
      .setAudience(sessionAudience)
      .setExpirationTime(Math.floor(start.getTime() / 1000) + 600)
      .sign(new Uint8Array(32).fill(8));
    await expect(tokens.verify(forged)).rejects.toBeInstanceOf(InvalidSessionTokenError);
    const { token } = await tokens.mint(
      { userId: 'user-x', integrationId: 'int-1', expiresInSeconds: 600 },
      start,
    );
    const [header, payload, signature] = token.split('.');
    const edited = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    edited.sub = 'user-y';
    const tampered = `${header}.${Buffer.from(JSON.stringify(edited)).toString('base64url')}.${signature}`;
    await expect(tokens.verify(tampered)).rejects.toBeInstanceOf(InvalidSessionTokenError);
  });

  it('do not claim tokens of other issuers', async () => {
    const tokens = tokensAt({ now: start });
    const other = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('user-x')
      .setIssuer('https://idp.example.se')
      .setAudience('collab')
      .sign(secret);
    expect(tokens.claims(other)).toBe(false);
    expect(tokens.claims('not a jwt')).toBe(false);
  });
});
