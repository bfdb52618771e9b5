import { z } from 'zod';

/**
 * Every setting comes from the environment, checked here once. A wrong value stops start-up
 * with a message that names the variable, instead of failing later in some request.
 */
const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .default('0')
  .transform((value) => value === '1' || value === 'true');

/**
 * How many reverse proxies in front of the server to trust: `0`/`false` none, `1`/`true` one
 * (the usual nginx or load balancer), or a number of hops. The client's IP is then the address
 * that many hops back in X-Forwarded-For, so an address a client writes there itself is never
 * taken (trusting every hop would let each request pick its own rate-limit bucket).
 */
const proxyHops = z
  .string()
  .default('0')
  .transform((value, context) => {
    const normalised = value.trim().toLowerCase();
    if (normalised === '' || normalised === 'false') return 0;
    if (normalised === 'true') return 1;
    if (/^\d{1,2}$/.test(normalised)) return Number(normalised);
    context.addIssue({
      code: 'custom',
      message: 'must be 0, 1, true, false or the number of proxies in front of the server',
    });
    return z.NEVER;
  });

const origin = z
  .url({ message: 'must be a URL such as https://app.example.se' })
  .transform((url) => new URL(url).origin);

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce
      .number({ message: 'must be a port number' })
      .int({ message: 'must be a whole number' })
      .min(0, { message: 'must be between 0 and 65535' })
      .max(65535, { message: 'must be between 0 and 65535' })
      .default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    PUBLIC_URL: z.url({ message: 'must be a URL such as https://collab.example.se' }).optional(),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value, context) => {
        const origins: string[] = [];
        for (const entry of value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)) {
          const parsed = origin.safeParse(entry);
          if (!parsed.success) {
            context.addIssue({
              code: 'custom',
              message: `"${entry}" is not an origin such as https://app.example.se`,
            });
            return z.NEVER;
          }
          origins.push(parsed.data);
        }
        return origins;
      }),
    AUTH_JWKS_URL: z.url({ message: 'must be the URL of a JWKS document' }).optional(),
    AUTH_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
    AUTH_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).optional(),
    DEV_LOGIN: flag,
    SEED_DEMO: flag,
    TRUST_PROXY: proxyHops,
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, { message: 'must start with smtp:// or smtps://' })
      .optional(),
    MAIL_FROM: z.string().min(3).default('Collab <no-reply@collab.localhost>'),
    // docs/webhooks.md, "Addresses": http and private addresses as webhook targets (tests, dev).
    WEBHOOK_ALLOW_PRIVATE_URLS: flag,
    /** How long a worker holds a delivery it is sending; after a crash, the wait to retry. */
    WEBHOOK_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((environment, context) => {
    const production = environment.NODE_ENV === 'production';
    if (production && environment.DEV_LOGIN) {
      context.addIssue({
        code: 'custom',
        path: ['DEV_LOGIN'],
        message: 'must not be on when NODE_ENV=production: it lets anyone sign in as anyone',
      });
    }
    if (production && environment.WEBHOOK_ALLOW_PRIVATE_URLS) {
      context.addIssue({
        code: 'custom',
        path: ['WEBHOOK_ALLOW_PRIVATE_URLS'],
        message:
          'must not be on when NODE_ENV=production: it lets webhooks reach the private network',
      });
    }
    if (environment.DEV_LOGIN && environment.AUTH_JWKS_URL) {
      context.addIssue({
        code: 'custom',
        path: ['DEV_LOGIN'],
        message:
          'cannot sign tokens for an external identity provider (AUTH_JWKS_URL); turn it off',
      });
    }
    if (environment.AUTH_JWKS_URL && environment.AUTH_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'set AUTH_JWKS_URL or AUTH_SECRET, not both',
      });
    }
    const realIdentity = Boolean(environment.AUTH_JWKS_URL || environment.AUTH_SECRET);
    if (production && !realIdentity) {
      context.addIssue({
        code: 'custom',
        path: ['AUTH_JWKS_URL'],
        message: 'is required in production (or AUTH_SECRET)',
      });
    }
    if (realIdentity && !environment.AUTH_ISSUER) {
      context.addIssue({
        code: 'custom',
        path: ['AUTH_ISSUER'],
        message: 'is required with AUTH_JWKS_URL or AUTH_SECRET',
      });
    }
    if (realIdentity && !environment.AUTH_AUDIENCE) {
      context.addIssue({
        code: 'custom',
        path: ['AUTH_AUDIENCE'],
        message: 'is required with AUTH_JWKS_URL or AUTH_SECRET',
      });
    }
    if (production && !environment.SMTP_URL) {
      context.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message: 'is required in production',
      });
    }
    if (production && !environment.PUBLIC_URL) {
      context.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message: 'is required in production',
      });
    }
  });

export type Identity =
  | { kind: 'jwks'; jwksUrl: string; issuer: string; audience: string }
  | { kind: 'secret'; secret: string; issuer: string; audience: string }
  /** The embedded default: a secret generated into the data folder. */
  | { kind: 'development'; issuer: string; audience: string };

export interface Config {
  production: boolean;
  port: number;
  host: string;
  dataDirectory: string;
  publicUrl: string;
  corsOrigins: string[];
  identity: Identity;
  devLogin: boolean;
  seedDemo: boolean;
  /**
   * Reverse proxies in front of the server (0: none). The client's IP, which the rate limits
   * count by, is taken from X-Forwarded-For that many hops back.
   */
  trustProxy: number;
  smtpUrl: string | null;
  mailFrom: string;
  logLevel: string;
  /** Webhook URLs may be http and private addresses (never in production; docs/webhooks.md). */
  webhookAllowPrivateUrls: boolean;
  webhookLeaseMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const developmentIssuer = 'collab-development';
export const developmentAudience = 'collab';

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.') || 'environment';
        const given = environment[name];
        const shown = given === undefined || /SECRET/.test(name) ? '' : ` (got "${given}")`;
        return `${name} ${issue.message}${shown}`;
      }),
    );
  }
  const env = parsed.data;
  const publicUrl = (env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`).replace(/\/$/, '');
  const identity: Identity = env.AUTH_JWKS_URL
    ? {
        kind: 'jwks',
        jwksUrl: env.AUTH_JWKS_URL,
        issuer: env.AUTH_ISSUER ?? '',
        audience: env.AUTH_AUDIENCE ?? '',
      }
    : env.AUTH_SECRET
      ? {
          kind: 'secret',
          secret: env.AUTH_SECRET,
          issuer: env.AUTH_ISSUER ?? '',
          audience: env.AUTH_AUDIENCE ?? '',
        }
      : { kind: 'development', issuer: developmentIssuer, audience: developmentAudience };
  return {
    production: env.NODE_ENV === 'production',
    port: env.PORT,
    host: env.HOST,
    dataDirectory: env.DATA_DIR,
    publicUrl,
    // The server's own origin may always call it (the demo and the accept page live there).
    corsOrigins: [...new Set([new URL(publicUrl).origin, ...env.CORS_ORIGINS])],
    identity,
    devLogin: env.DEV_LOGIN,
    seedDemo: env.SEED_DEMO,
    trustProxy: env.TRUST_PROXY,
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM,
    logLevel: env.LOG_LEVEL,
    webhookAllowPrivateUrls: env.WEBHOOK_ALLOW_PRIVATE_URLS,
    webhookLeaseMs: env.WEBHOOK_LEASE_SECONDS * 1000,
  };
}
