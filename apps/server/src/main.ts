import { relative } from 'node:path';
import { startCollab } from './collab-server.js';
import { ConfigError, loadConfig } from './config.js';

/**
 * The server's entry point. A bad setting stops start-up with a message naming the variable;
 * SIGTERM and SIGINT shut down gracefully and exit 0.
 */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const running = await startCollab(config);
  const shutdown = (signal: string) => {
    running.app.log.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        running.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  console.log(
    `\nCollab is running at ${config.publicUrl === running.url ? running.url : `${running.url} (public URL ${config.publicUrl})`}`,
  );
  if (config.devLogin) {
    if (running.servesDemo) console.log(`  Demo:       ${running.url}/`);
    console.log(`  Sign in:    POST ${running.url}/dev/login {"userId": "…"}`);
    console.log(`  Users:      ${running.url}/dev/users`);
    console.log(`  Mailbox:    ${running.url}/dev/mailbox`);
  }
  if (running.devIntegration) {
    console.log(
      `  Dev integration key: ${running.devIntegration.key}, also in ${shortPath(running.devIntegration.keyPath)}`,
    );
  }
  console.log(`  API:        ${running.url}/trpc\n`);
}

/** `data/dev-integration.key` under the working folder, the absolute path elsewhere. */
function shortPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') ? path : fromHere;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
