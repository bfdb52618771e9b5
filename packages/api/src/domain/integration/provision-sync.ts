import {
  type ErrorCode,
  fieldErrorsFromZod,
  formatErrorMessage,
  type Locale,
  type SyncRecordResult,
  type SyncRequest,
  type SyncResult,
  syncCustomerSchema,
  syncEmployeeSchema,
  syncMaximumRecords,
  syncTaskSchema,
} from '@collab/contracts';
import { transact } from '@collab/db';
import { TRPCError } from '@trpc/server';
import { AppError, fail } from '../../errors.js';
import type { IntegrationContext } from './integration-context.js';
import { applyCustomer } from './provision-customers.js';
import { applyEmployee } from './provision-employees.js';
import { applyTask } from './provision-tasks.js';
import { ownAgency } from './shared.js';
import { SyncDirectory } from './sync-directory.js';

type RecordError = NonNullable<SyncRecordResult['error']>;

/** A record written inside its savepoint, and how to remember it once the savepoint holds. */
interface Applied {
  outcome: 'created' | 'updated' | 'unchanged';
  version: number;
  remember: () => void;
}

/** A refused record's error as the result reports it, in the caller's language. */
function recordError(error: AppError, locale: Locale): RecordError {
  const errors = error.fieldErrors
    ? Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, problems]) => [
          field,
          problems.map((problem) => ({
            code: problem.code,
            message: formatErrorMessage(problem.code, locale, error.params),
          })),
        ]),
      )
    : null;
  return {
    appCode: error.appCode,
    message: formatErrorMessage(error.appCode, locale, error.params),
    errors,
  };
}

function validationError(fields: RecordError['errors'], locale: Locale): RecordError {
  const code: ErrorCode = 'VALIDATION_FAILED';
  return { appCode: code, message: formatErrorMessage(code, locale), errors: fields };
}

function idOf(record: Record<string, unknown>): string | null {
  return typeof record.id === 'string' ? record.id : null;
}

/**
 * Applies a whole directory of one agency: employees, then customers, then tasks, so a task
 * can name the employees and customers of the same call. Everything runs in one write
 * transaction (one fsync, not 10,000) and each record in its own savepoint, so a record that
 * fails leaves nothing behind and does not stop the others.
 */
export async function syncAgency(
  context: IntegrationContext,
  agencyId: string,
  request: SyncRequest,
): Promise<SyncResult> {
  const total = request.employees.length + request.customers.length + request.tasks.length;
  if (total > syncMaximumRecords) throw fail('SYNC_TOO_LARGE', { maximum: syncMaximumRecords });
  const { locale } = context;
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const agency = ownAgency(transaction, context.integration.id, agencyId);
    const directory = new SyncDirectory(transaction, agency.id);
    // better-sqlite3 runs a transaction function called inside another as a savepoint.
    const savepoint = context.db.$client.transaction((work: () => Applied): Applied => work());
    const results: SyncRecordResult[] = [];

    const invalid = (
      type: SyncRecordResult['type'],
      index: number,
      record: Record<string, unknown>,
      error: Parameters<typeof fieldErrorsFromZod>[0],
    ): void => {
      results.push({
        type,
        id: idOf(record),
        index,
        outcome: 'failed',
        version: null,
        error: validationError(fieldErrorsFromZod(error, locale), locale),
      });
    };
    const attempt = (
      type: SyncRecordResult['type'],
      index: number,
      id: string,
      work: () => Applied,
    ): void => {
      try {
        const applied = savepoint(work);
        applied.remember();
        results.push({
          type,
          id,
          index,
          outcome: applied.outcome,
          version: applied.version,
          error: null,
        });
      } catch (error) {
        // Anything but a refusal of the record is a fault, and rolls the whole sync back.
        if (!(error instanceof TRPCError && error.cause instanceof AppError)) throw error;
        const refusal = recordError(error.cause, locale);
        results.push({ type, id, index, outcome: 'failed', version: null, error: refusal });
      }
    };

    for (const [index, record] of request.employees.entries()) {
      const parsed = syncEmployeeSchema.safeParse(record);
      if (!parsed.success) {
        invalid('employee', index, record, parsed.error);
        continue;
      }
      const { id, ...input } = parsed.data;
      attempt('employee', index, id, () => {
        const existing = directory.employees.get(id);
        const { row, outcome } = applyEmployee(
          transaction,
          context,
          agency,
          id,
          input,
          existing,
          now,
        );
        return { outcome, version: row.version, remember: () => directory.rememberEmployee(row) };
      });
    }
    for (const [index, record] of request.customers.entries()) {
      const parsed = syncCustomerSchema.safeParse(record);
      if (!parsed.success) {
        invalid('customer', index, record, parsed.error);
        continue;
      }
      const { id, ...input } = parsed.data;
      attempt('customer', index, id, () => {
        const previous = directory.customerByExternalId(id);
        const { row, outcome } = applyCustomer(
          transaction,
          context,
          agency,
          id,
          input,
          directory,
          now,
        );
        return {
          outcome,
          version: row.version,
          remember: () => directory.rememberCustomer(row, previous),
        };
      });
    }
    for (const [index, record] of request.tasks.entries()) {
      const parsed = syncTaskSchema.safeParse(record);
      if (!parsed.success) {
        invalid('task', index, record, parsed.error);
        continue;
      }
      const { id, ...input } = parsed.data;
      attempt('task', index, id, () => {
        const { row, participantIds, outcome } = applyTask(
          transaction,
          context,
          agency,
          id,
          input,
          directory,
          now,
        );
        return {
          outcome,
          version: row.version,
          remember: () => directory.rememberTask(row, participantIds),
        };
      });
    }
    return { object: 'sync_result', counts: countsOf(results), results };
  });
}

function countsOf(results: SyncRecordResult[]): SyncResult['counts'] {
  const counts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const result of results) counts[result.outcome] += 1;
  return counts;
}
