import {
  createIntegration,
  createIntegrationKey,
  findIntegration,
  type IntegrationSettings,
  listIntegrationKeys,
  listIntegrations,
  revokeIntegrationKey,
  updateIntegration,
} from '@collab/api';
import type { Database } from '@collab/db';

/**
 * `collab integration …` and `collab key …`: how an operator registers a host app and hands its
 * backend a secret key (see docs/integration-api.md). Kept apart from cli.ts so that the
 * commands can be tested as functions as well as through the binary.
 */
export const integrationUsage = `  integration create --name N [--accept-url U] [--sign-in-url U] [--identity-issuer ISS]
                                        register a host app; prints its id
  integration list                      every integration and its settings
  integration update ID [--name N] [--accept-url U] [--sign-in-url U] [--identity-issuer ISS]
                                        change settings; an empty value ("") clears a URL
  key create --integration ID           make a secret key; it is printed once, never again
  key list --integration ID             the keys' hints, when made, last used and revoked
  key revoke KEY_ID                     refuse the key from now on
`;

/** A bad invocation: the message is printed and the CLI exits 2. */
export class UsageError extends Error {}

export interface CliOutput {
  log(line: string): void;
}

type Flags = Map<string, string>;

const settingFlags = ['--name', '--accept-url', '--sign-in-url', '--identity-issuer'] as const;

/** Splits `--flag value` pairs from the positional arguments; every flag needs a value. */
function parseArguments(argv: string[], allowed: readonly string[]): [string[], Flags] {
  const positional: string[] = [];
  const flags: Flags = new Map();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    if (!allowed.includes(argument)) throw new UsageError(`Unknown option ${argument}.`);
    const value = argv[index + 1];
    if (value === undefined) throw new UsageError(`${argument} needs a value.`);
    flags.set(argument, value);
    index += 1;
  }
  return [positional, flags];
}

/** An absolute http(s) URL, or null for "" (use Collab's own page). */
function urlSetting(flag: string, value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${flag} must be an absolute URL such as https://app.example.se/path.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`${flag} must be an http or https URL.`);
  }
  return url.toString();
}

function settingsFrom(flags: Flags): Partial<IntegrationSettings> {
  const name = flags.get('--name');
  if (name !== undefined && name.trim() === '') throw new UsageError('--name must not be empty.');
  const issuer = flags.get('--identity-issuer');
  return {
    name: name?.trim(),
    acceptUrl: urlSetting('--accept-url', flags.get('--accept-url')),
    signInUrl: urlSetting('--sign-in-url', flags.get('--sign-in-url')),
    identityIssuer: issuer === undefined ? undefined : issuer.trim() || null,
  };
}

function describeIntegration(integration: {
  id: string;
  name: string;
  acceptUrl: string | null;
  signInUrl: string | null;
  identityIssuer: string | null;
}): string[] {
  return [
    `${integration.id}  ${integration.name}`,
    `  accept URL:      ${integration.acceptUrl ?? '(Collab’s own /accept page)'}`,
    `  sign-in URL:     ${integration.signInUrl ?? '(Collab’s public URL)'}`,
    `  identity issuer: ${integration.identityIssuer ?? '(none: widget sessions only)'}`,
  ];
}

function requireIntegration(db: Database, id: string | undefined): string {
  if (!id) throw new UsageError('Name the integration: --integration ID.');
  if (!findIntegration(db, id)) throw new UsageError(`There is no integration ${id}.`);
  return id;
}

/** Runs `integration …`; returns the exit code. */
export function runIntegrationCommand(
  db: Database,
  argv: string[],
  out: CliOutput,
  now: Date,
): number {
  const [action, ...rest] = argv;
  switch (action) {
    case 'create': {
      const [, flags] = parseArguments(rest, settingFlags);
      const settings = settingsFrom(flags);
      if (!settings.name) throw new UsageError('integration create needs --name.');
      const created = createIntegration(db, { ...settings, name: settings.name }, now);
      for (const line of describeIntegration(created)) out.log(line);
      out.log(`\nNext: collab key create --integration ${created.id}`);
      return 0;
    }
    case 'list': {
      parseArguments(rest, []);
      const all = listIntegrations(db);
      if (all.length === 0)
        out.log('No integrations yet. Make one with: collab integration create');
      for (const integration of all)
        for (const line of describeIntegration(integration)) out.log(line);
      return 0;
    }
    case 'update': {
      const [positional, flags] = parseArguments(rest, settingFlags);
      const id = requireIntegration(db, positional[0]);
      const updated = updateIntegration(db, id, settingsFrom(flags));
      if (!updated) throw new UsageError(`There is no integration ${id}.`);
      for (const line of describeIntegration(updated)) out.log(line);
      return 0;
    }
    default:
      throw new UsageError(`Unknown command: integration ${action ?? ''}`.trim());
  }
}

/** Runs `key …`; returns the exit code. */
export function runKeyCommand(db: Database, argv: string[], out: CliOutput, now: Date): number {
  const [action, ...rest] = argv;
  switch (action) {
    case 'create': {
      const [, flags] = parseArguments(rest, ['--integration']);
      const integrationId = requireIntegration(db, flags.get('--integration'));
      const created = createIntegrationKey(db, integrationId, now);
      out.log(`Key ${created.id} for integration ${integrationId}:\n`);
      out.log(`  ${created.key}\n`);
      out.log('Store it now, in your backend’s secrets: it is not shown again.');
      out.log('Send it as "Authorization: Bearer <key>" to /v1. Never put it in a web page.');
      return 0;
    }
    case 'list': {
      const [, flags] = parseArguments(rest, ['--integration']);
      const integrationId = requireIntegration(db, flags.get('--integration'));
      const keys = listIntegrationKeys(db, integrationId);
      if (keys.length === 0) out.log('No keys yet.');
      for (const key of keys) {
        out.log(
          [
            key.id,
            key.hint,
            `created ${key.createdAt.toISOString()}`,
            `last used ${key.lastUsedAt?.toISOString() ?? 'never'}`,
            key.revokedAt ? `REVOKED ${key.revokedAt.toISOString()}` : 'live',
          ].join('  '),
        );
      }
      return 0;
    }
    case 'revoke': {
      const [positional] = parseArguments(rest, []);
      const keyId = positional[0];
      if (!keyId) throw new UsageError('Name the key: collab key revoke KEY_ID.');
      if (!revokeIntegrationKey(db, keyId, now)) throw new UsageError(`There is no key ${keyId}.`);
      out.log(`Key ${keyId} is revoked: requests with it are refused from now on.`);
      return 0;
    }
    default:
      throw new UsageError(`Unknown command: key ${action ?? ''}`.trim());
  }
}
