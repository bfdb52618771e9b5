import {
  type ErrorCode,
  type ErrorParams,
  formatErrorMessage,
  type legacyImportInputSchema,
  legacyImportMaximumCharacters,
} from '@collab/contracts';
import {
  collaborations,
  customerAccounts,
  customers,
  type Transaction,
  transact,
} from '@collab/db';
import { TRPCError } from '@trpc/server';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { AppError, fail } from '../errors.js';
import { type EmployeeActor, requireEmployee, requireFullRights } from './actors.js';
import { recordAudit } from './audit.js';
import {
  companyTypeForOrgNumber,
  type LegacyRowReading,
  legacyServiceKey,
  parseLegacyCsv,
  readLegacyRow,
} from './legacy-csv.js';

export type LegacyImportInput = z.output<typeof legacyImportInputSchema>;

export interface LegacyImportRowResult {
  /** The row's line in the file, counting the header as row 1: the first data row is row 2. */
  row: number;
  /** NNNNNN-NNNN when valid; otherwise as written in the file, or null when empty. */
  orgNumber: string | null;
  outcome: 'created' | 'skipped_duplicate' | 'error';
  /** The collaboration created, or the one already there that makes the row a duplicate. */
  collaborationId?: string;
  error?: { code: ErrorCode; message: string };
}

export interface LegacyImportResult {
  total: number;
  created: number;
  skipped: number;
  failed: number;
  rows: LegacyImportRowResult[];
}

/**
 * Rows per write transaction: small enough that a big file does not hold the write lock for
 * long, and that a crash loses at most one chunk (importing the file again skips the rows
 * already there), large enough that the lookups per chunk stay few.
 */
export const legacyImportChunkSize = 1_000;

/** Seams for tests only; production callers leave them out. */
export interface LegacyImportTestHooks {
  /** Runs inside a row's savepoint once its customer is written. A throw fails that row. */
  afterCustomerWritten?: (row: number) => void;
}

type ValidRow = Extract<LegacyRowReading, { ok: true }>;
type RefusedRow = Extract<LegacyRowReading, { ok: false }>;

interface ImportStep {
  context: InnerContext;
  employee: EmployeeActor;
  hooks: LegacyImportTestHooks;
  now: Date;
  /**
   * Collaborations found in the database or created by this import, by duplicate key.
   * Kept across chunks, so a row repeated anywhere in the file is a duplicate.
   */
  known: Map<string, string>;
}

/**
 * Flow 6: imports the old agency system's collaborations from CSV as active, unlinked
 * collaborations of the employee's agency. The file is checked whole before anything is
 * written; then each row is created, skipped as a duplicate, or refused with its reason.
 * A row is written whole or not at all. `onProgress` is called after each chunk.
 */
export async function importLegacyCollaborations(
  context: InnerContext,
  input: LegacyImportInput,
  onProgress?: (done: number, total: number) => void,
  hooks: LegacyImportTestHooks = {},
): Promise<LegacyImportResult> {
  const employee = await requireEmployee(context);
  requireFullRights(employee);
  // The input schema says the same; this also holds for callers that skip the router.
  if (input.csv.length > legacyImportMaximumCharacters) throw fail('LEGACY_FILE_TOO_LARGE');
  const readings = parseLegacyCsv(input.csv).map(readLegacyRow);

  const step: ImportStep = {
    context,
    employee,
    hooks,
    now: context.clock.now(),
    known: new Map(),
  };
  const rows: LegacyImportRowResult[] = [];
  for (let start = 0; start < readings.length; start += legacyImportChunkSize) {
    const chunk = readings.slice(start, start + legacyImportChunkSize);
    // A chunk in which every row was refused has nothing to write: it takes no write lock.
    const chunkResults = chunk.some((reading) => reading.ok)
      ? await transact(context.db, (transaction) => importChunk(transaction, step, chunk))
      : chunk.flatMap((reading) => (reading.ok ? [] : [refusedRow(step, reading)]));
    rows.push(...chunkResults);
    onProgress?.(start + chunk.length, readings.length);
  }
  return {
    total: rows.length,
    created: rows.filter((row) => row.outcome === 'created').length,
    skipped: rows.filter((row) => row.outcome === 'skipped_duplicate').length,
    failed: rows.filter((row) => row.outcome === 'error').length,
    rows,
  };
}

function refusedRow(step: ImportStep, reading: RefusedRow): LegacyImportRowResult {
  return errorResult(step, reading.row, reading.orgNumber, reading.code, reading.params);
}

function errorResult(
  step: ImportStep,
  row: number,
  orgNumber: string | null,
  code: ErrorCode,
  params: ErrorParams,
): LegacyImportRowResult {
  return {
    row,
    orgNumber,
    outcome: 'error',
    error: { code, message: formatErrorMessage(code, step.context.locale, params) },
  };
}

/** Same customer, same service name (trimmed, any case), same start date. */
function duplicateKey(orgNumberDigits: string, serviceName: string, startDate: string): string {
  return `${orgNumberDigits}\u0000${legacyServiceKey(serviceName)}\u0000${startDate}`;
}

/**
 * One write transaction. What the chunk's rows need from the database is read in three
 * queries up front, not one per row, and kept up to date in memory as rows are written.
 */
function importChunk(
  transaction: Transaction,
  step: ImportStep,
  chunk: LegacyRowReading[],
): LegacyImportRowResult[] {
  const agencyId = step.employee.agencyId;
  const orgNumbers = [
    ...new Set(chunk.flatMap((reading) => (reading.ok ? [reading.orgNumber.digits] : []))),
  ];
  const knownCustomers = transaction
    .select({ id: customers.id, orgNumber: customers.orgNumber })
    .from(customers)
    .where(and(eq(customers.agencyId, agencyId), inArray(customers.orgNumber, orgNumbers)))
    .all();
  const customerIds = new Map(knownCustomers.map((customer) => [customer.orgNumber, customer.id]));
  // Accounts belong to the company, not to an agency: found by organisation number alone.
  const accountIds = new Map(
    transaction
      .select({ id: customerAccounts.id, orgNumber: customerAccounts.orgNumber })
      .from(customerAccounts)
      .where(inArray(customerAccounts.orgNumber, orgNumbers))
      .all()
      .map((account) => [account.orgNumber, account.id]),
  );
  // By the agency's own customers, not by agency: filtering on the agency as well leads
  // SQLite to scan every collaboration the agency has, once per chunk.
  const orgNumberOfCustomer = new Map(
    knownCustomers.map((customer) => [customer.id, customer.orgNumber]),
  );
  const earlierImports = transaction
    .select({
      id: collaborations.id,
      customerId: collaborations.customerId,
      legacyServiceName: collaborations.legacyServiceName,
      activatedAt: collaborations.activatedAt,
    })
    .from(collaborations)
    .where(
      and(
        inArray(collaborations.customerId, [...orgNumberOfCustomer.keys()]),
        isNotNull(collaborations.legacyServiceName),
      ),
    )
    .all();
  for (const earlier of earlierImports) {
    const orgNumber = orgNumberOfCustomer.get(earlier.customerId);
    if (!orgNumber || earlier.legacyServiceName === null || earlier.activatedAt === null) continue;
    const key = duplicateKey(
      orgNumber,
      earlier.legacyServiceName,
      earlier.activatedAt.toISOString().slice(0, 10),
    );
    if (!step.known.has(key)) step.known.set(key, earlier.id);
  }

  const statements = prepareRowStatements(transaction, step);
  return chunk.map((reading) => {
    if (!reading.ok) return refusedRow(step, reading);
    const digits = reading.orgNumber.digits;
    const key = duplicateKey(digits, reading.serviceName, reading.startDate);
    const existingId = step.known.get(key);
    if (existingId) {
      return {
        row: reading.row,
        orgNumber: reading.orgNumber.formatted,
        outcome: 'skipped_duplicate',
        collaborationId: existingId,
      };
    }
    try {
      // A savepoint: a failure anywhere in the row undoes the row's writes and nothing else.
      const written = transaction.transaction((rowTransaction) =>
        writeRow(
          rowTransaction,
          step,
          statements,
          reading,
          customerIds.get(digits),
          accountIds.get(digits),
        ),
      );
      // Only now, once the row is in: a row rolled back leaves nothing to remember.
      customerIds.set(digits, written.customerId);
      accountIds.set(digits, written.accountId);
      step.known.set(key, written.collaborationId);
      return {
        row: reading.row,
        orgNumber: reading.orgNumber.formatted,
        outcome: 'created',
        collaborationId: written.collaborationId,
      };
    } catch (error) {
      const { code, params } = rowErrorOf(error);
      return errorResult(step, reading.row, reading.orgNumber.formatted, code, params);
    }
  });
}

/** An error the domain raised keeps its code; anything else is ours, not the file's. */
function rowErrorOf(error: unknown): { code: ErrorCode; params: ErrorParams } {
  if (error instanceof TRPCError && error.cause instanceof AppError) {
    return { code: error.cause.appCode, params: error.cause.params };
  }
  return { code: 'INTERNAL', params: {} };
}

/**
 * The row inserts, prepared once per chunk rather than built and prepared again for every
 * row, which is most of the time a large file takes. They run on the chunk's connection, so
 * inside whichever row savepoint is open.
 */
function prepareRowStatements(transaction: Transaction, step: ImportStep) {
  const { employee, now } = step;
  return {
    insertCustomer: transaction
      .insert(customers)
      .values({
        id: sql.placeholder('id'),
        agencyId: employee.agencyId,
        name: sql.placeholder('name'),
        searchName: sql.placeholder('searchName'),
        orgNumber: sql.placeholder('orgNumber'),
        companyType: sql.placeholder('companyType'),
        contactName: '',
        contactEmail: null,
        accountManagerId: null,
        createdAt: now,
      })
      .prepare(),
    insertAccount: transaction
      .insert(customerAccounts)
      .values({
        id: sql.placeholder('id'),
        orgNumber: sql.placeholder('orgNumber'),
        name: sql.placeholder('name'),
        createdAt: now,
      })
      .prepare(),
    insertCollaboration: transaction
      .insert(collaborations)
      .values({
        id: sql.placeholder('id'),
        agencyId: employee.agencyId,
        customerId: sql.placeholder('customerId'),
        accountId: sql.placeholder('accountId'),
        service: null,
        taskId: null,
        legacyServiceName: sql.placeholder('legacyServiceName'),
        options: {},
        status: 'active',
        createdById: employee.id,
        activatedAt: sql.placeholder('activatedAt'),
        createdAt: now,
        updatedAt: now,
      })
      .prepare(),
  };
}

type RowStatements = ReturnType<typeof prepareRowStatements>;

/**
 * The customer and the account are created when the agency or the vendor has none for the
 * organisation number. No grants follow (an unlinked collaboration has no service or task to
 * grant), and nobody is e-mailed: the collaboration was already running in the old system.
 * The row is the agency's word only; a company with users agrees when it is linked (see
 * `linkCollaboration` and `companyAccountOf`).
 */
function writeRow(
  transaction: Transaction,
  step: ImportStep,
  statements: RowStatements,
  row: ValidRow,
  existingCustomerId: string | undefined,
  existingAccountId: string | undefined,
): { customerId: string; accountId: string; collaborationId: string } {
  const { employee, now } = step;
  const orgNumber = row.orgNumber.digits;
  let customerId = existingCustomerId;
  if (customerId === undefined) {
    customerId = crypto.randomUUID();
    statements.insertCustomer.run({
      id: customerId,
      name: row.customerName,
      searchName: row.customerName.toLocaleLowerCase('sv'),
      orgNumber,
      companyType: companyTypeForOrgNumber(orgNumber),
    });
  }
  step.hooks.afterCustomerWritten?.(row.row);
  let accountId = existingAccountId;
  if (accountId === undefined) {
    accountId = crypto.randomUUID();
    statements.insertAccount.run({ id: accountId, orgNumber, name: row.customerName });
  }
  const collaborationId = crypto.randomUUID();
  statements.insertCollaboration.run({
    id: collaborationId,
    customerId,
    accountId,
    legacyServiceName: row.serviceName,
    activatedAt: row.activatedAt,
  });
  recordAudit(
    transaction,
    {
      agencyId: employee.agencyId,
      accountId,
      collaborationId,
      invitationId: null,
      actor: employee,
      action: 'collaboration.imported',
      before: null,
      after: { status: 'active', legacyServiceName: row.serviceName, startDate: row.startDate },
    },
    now,
  );
  return { customerId, accountId, collaborationId };
}
