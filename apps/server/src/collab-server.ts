import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Clock, createSecretBox, systemClock } from '@collab/api';
import { closeDatabase, createDatabase, type Database } from '@collab/db';
import { seedDemo } from '@collab/db/seed';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './app.js';
import type { Config } from './config.js';
import { loadOrCreateSecret } from './data-secrets.js';
import { byradeskBackend } from './demo-host/byradesk-backend.js';
import {
  type ByradeskWebhookEndpoint,
  ensureByradeskWebhookEndpoint,
} from './demo-host/byradesk-webhook-endpoint.js';
import { byradeskWebhooks } from './demo-host/byradesk-webhooks.js';
import { type DevIntegration, ensureDevIntegration } from './dev-integration.js';
import { createTokenVerifier } from './identity.js';
import {
  createDevMailbox,
  createOutboxWorker,
  createSmtpTransport,
  startReminderSchedule,
} from './mail/index.js';
import { createSessionTokens } from './session-tokens.js';
import { demoFolder, productStaticFolders } from './static-folders.js';
import {
  createWebhookWorker,
  startEventPurge,
  type WebhookWorkerOptions,
} from './webhooks/index.js';

export interface RunningCollab {
  app: FastifyInstance;
  /** The open database, for tests that watch the outbox rather than wait a fixed time. */
  db: Database;
  url: string;
  /** Whether the demo host app is built and served at `/`. */
  servesDemo: boolean;
  /** The demo's integration and its key, in development with the demo seed only. */
  devIntegration: DevIntegration | null;
  /**
   * Stops accepting, finishes requests in flight, the e-mail being sent and the webhooks in
   * flight (giving back the leases of those not yet sent), closes the database.
   */
  stop(): Promise<void>;
}

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Everything `pnpm start` runs: the database (migrated at open), the HTTP server, the
 * outbox worker and the expiry reminders.
 */
export async function startCollab(
  config: Config,
  options: {
    clock?: Clock;
    outboxPollMs?: number;
    tokenRouteLimit?: number;
    logStream?: NodeJS.WritableStream;
    integrationRequestsPerMinute?: number;
    /** Poll interval, retry schedule… of the webhook worker (tests pass short ones). */
    webhooks?: Partial<
      Pick<
        WebhookWorkerOptions,
        | 'pollIntervalMs'
        | 'retryDelaysMs'
        | 'disableAfterMs'
        | 'timeoutMs'
        | 'perEndpointConcurrency'
        | 'stopGraceMs'
      >
    >;
  } = {},
): Promise<RunningCollab> {
  const clock = options.clock ?? systemClock;
  const db = createDatabase({ filename: join(config.dataDirectory, 'collab.sqlite') });
  if (config.seedDemo) seedDemo(db);
  // Never in production: config refuses DEV_LOGIN there.
  const devIntegration =
    config.devLogin && config.seedDemo && !config.production
      ? ensureDevIntegration(db, config.dataDirectory, clock.now())
      : null;
  const secrets = createSecretBox(loadOrCreateSecret(config.dataDirectory, 'outbox'));
  const developmentSecret = loadOrCreateSecret(config.dataDirectory, 'development-identity');
  const sessionTokens = createSessionTokens({
    secret: loadOrCreateSecret(config.dataDirectory, 'widget-session'),
    issuer: config.publicUrl,
    clock,
  });
  const mailbox = config.smtpUrl ? null : createDevMailbox();
  const transport = config.smtpUrl
    ? createSmtpTransport({ url: config.smtpUrl, from: config.mailFrom })
    : mailbox;
  if (!transport) throw new Error('No way to deliver e-mail.');
  const app = await buildServer({
    config,
    db,
    secrets,
    clock,
    developmentSecret,
    sessionTokens,
    verifier: createTokenVerifier(config, { developmentSecret, sessionTokens, db, clock }),
    mailbox,
    tokenRouteLimit: options.tokenRouteLimit,
    logStream: options.logStream,
    integrationRequestsPerMinute: options.integrationRequestsPerMinute,
    staticFolders: productStaticFolders(repositoryRoot),
  });
  let listeningUrl = config.publicUrl;
  let byradeskEndpoint: ByradeskWebhookEndpoint | null = null;
  if (devIntegration) {
    await app.register(byradeskBackend, {
      db,
      integrationId: devIntegration.integrationId,
      secretKey: devIntegration.key,
      collabUrl: () => listeningUrl,
    });
    await app.register(byradeskWebhooks, { secret: () => byradeskEndpoint?.secret ?? null });
  }
  const worker = createOutboxWorker({
    db,
    secrets,
    transport,
    publicUrl: config.publicUrl,
    clock,
    logger: app.log,
    pollIntervalMs: options.outboxPollMs ?? 1000,
  });
  const webhooks = createWebhookWorker({
    db,
    secrets,
    clock,
    logger: app.log,
    urlPolicy: { allowPrivate: config.webhookAllowPrivateUrls },
    leaseMs: config.webhookLeaseMs,
    ...options.webhooks,
  });
  const purge = startEventPurge({ db, clock, logger: app.log });
  const reminders = startReminderSchedule({
    db,
    clock,
    intervalMs: 60 * 60 * 1000,
    logger: app.log,
  });
  await app.listen({ port: config.port, host: config.host });
  worker.start();
  webhooks.start();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  listeningUrl = `http://${config.host}:${port}`;
  if (devIntegration) {
    // Byrådesk's receiver is on this very server, so it is registered once Collab listens.
    // A loopback URL needs WEBHOOK_ALLOW_PRIVATE_URLS=1 (`pnpm start` sets it); without it
    // the demo runs on, only its Webhooks page stays empty (docs/webhooks.md "Addresses").
    try {
      byradeskEndpoint = await ensureByradeskWebhookEndpoint({
        dataDirectory: config.dataDirectory,
        collabUrl: listeningUrl,
        secretKey: devIntegration.key,
      });
    } catch (error) {
      app.log.warn({ err: error }, 'Byrådesk could not register its webhook endpoint');
    }
  }
  let stopping: Promise<void> | null = null;
  return {
    app,
    db,
    url: listeningUrl,
    servesDemo: existsSync(demoFolder(repositoryRoot)),
    devIntegration,
    stop: () => {
      stopping ??= (async () => {
        await app.close();
        await reminders.stop();
        await purge.stop();
        await webhooks.stop();
        await worker.stop();
        await transport.close();
        closeDatabase(db);
      })();
      return stopping;
    },
  };
}
