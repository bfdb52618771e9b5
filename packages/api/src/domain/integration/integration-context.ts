import type { Locale } from '@collab/contracts';
import type { Database } from '@collab/db';
import type { Clock } from '../../context.js';

/**
 * A host's backend, as its secret key names it. Every `/v1` call acts as one integration,
 * and sees only the agencies and company accounts that integration owns.
 */
export interface IntegrationActor {
  kind: 'integration';
  id: string;
  name: string;
  /** The key the call was made with, for the logs; never the key itself. */
  keyId: string;
}

/** What an integration API domain function needs: the same pieces as a tRPC call's context. */
export interface IntegrationContext {
  db: Database;
  clock: Clock;
  integration: IntegrationActor;
  /** The caller's language, for the messages of errors and per-record sync results. */
  locale: Locale;
}
