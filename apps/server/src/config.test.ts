import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function problemsOf(environment: NodeJS.ProcessEnv): string {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('Expected the configuration to be refused.');
}

describe('given no configuration at all', () => {
  it('runs on 127.0.0.1:3000 with ./data and the development identity', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDirectory: './data',
      publicUrl: 'http://127.0.0.1:3000',
      corsOrigins: ['http://127.0.0.1:3000'],
      identity: { kind: 'development' },
      devLogin: false,
      trustProxy: 0,
      smtpUrl: null,
    });
  });
});

describe('given a server behind proxies', () => {
  it('trusts as many hops of X-Forwarded-For as TRUST_PROXY says', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(0);
  });
});

describe('given a bad value', () => {
  it('names the variable and the value', () => {
    expect(problemsOf({ PORT: 'abc' })).toContain('PORT must be a port number (got "abc")');
    expect(problemsOf({ PORT: '70000' })).toContain('PORT must be between 0 and 65535');
    expect(problemsOf({ CORS_ORIGINS: 'https://ok.se, not a url' })).toContain(
      'CORS_ORIGINS "not a url" is not an origin',
    );
    expect(problemsOf({ SMTP_URL: 'mail.example.se' })).toContain(
      'SMTP_URL must start with smtp://',
    );
    expect(problemsOf({ LOG_LEVEL: 'loud' })).toContain('LOG_LEVEL');
    expect(problemsOf({ AUTH_SECRET: 'short', AUTH_ISSUER: 'x', AUTH_AUDIENCE: 'y' })).toContain(
      'AUTH_SECRET must be at least 32 characters',
    );
  });

  it('refuses a TRUST_PROXY that is neither a flag nor a number of proxies', () => {
    expect(problemsOf({ TRUST_PROXY: 'yes' })).toContain(
      'TRUST_PROXY must be 0, 1, true, false or the number of proxies',
    );
  });

  it('never prints a secret it refuses', () => {
    expect(
      problemsOf({ AUTH_SECRET: 'short-but-secret', AUTH_ISSUER: 'x', AUTH_AUDIENCE: 'y' }),
    ).not.toContain('short-but-secret');
  });
});

describe('given production', () => {
  const production = {
    NODE_ENV: 'production',
    AUTH_JWKS_URL: 'https://login.example.se/.well-known/jwks.json',
    AUTH_ISSUER: 'https://login.example.se/',
    AUTH_AUDIENCE: 'collab',
    SMTP_URL: 'smtps://mailer:password@smtp.example.se',
    PUBLIC_URL: 'https://collab.example.se',
  };
  it('accepts a complete configuration', () => {
    expect(loadConfig(production)).toMatchObject({ production: true, identity: { kind: 'jwks' } });
  });
  it('refuses the dev login', () => {
    expect(problemsOf({ ...production, DEV_LOGIN: '1' })).toContain(
      'DEV_LOGIN must not be on when NODE_ENV=production',
    );
  });
  it('needs an identity provider, SMTP and a public URL', () => {
    const message = problemsOf({ NODE_ENV: 'production' });
    expect(message).toContain('AUTH_JWKS_URL is required in production');
    expect(message).toContain('SMTP_URL is required in production');
    expect(message).toContain('PUBLIC_URL is required in production');
  });
});
