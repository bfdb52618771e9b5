import { customers, employees, type Transaction, taskParticipants, tasks } from '@collab/db';
import { eq } from 'drizzle-orm';
import type { CustomerDirectory, CustomerRow, TaskDirectory, TaskRow } from './directories.js';
import type { EmployeeRow } from './provision-employees.js';

/**
 * An agency's provisioned rows, loaded once for a bulk sync and kept up to date as records
 * are applied, so that a sync of 10,000 records reads the agency three times instead of
 * asking the database per record. A record's change is remembered only after its savepoint
 * is released, so a failed record leaves no trace here either.
 */
export class SyncDirectory implements CustomerDirectory, TaskDirectory {
  readonly employees = new Map<string, EmployeeRow>();
  private readonly employeeExternalIds = new Map<string, string | null>();
  private readonly customers = new Map<string, CustomerRow>();
  private readonly customersByOrgNumber = new Map<string, CustomerRow>();
  private readonly customerExternalIds = new Map<string, string | null>();
  private readonly tasks = new Map<string, TaskRow>();
  private readonly participants = new Map<string, string[]>();

  constructor(transaction: Transaction, agencyId: string) {
    for (const row of transaction
      .select()
      .from(employees)
      .where(eq(employees.agencyId, agencyId))
      .all()) {
      this.rememberEmployee(row);
    }
    for (const row of transaction
      .select()
      .from(customers)
      .where(eq(customers.agencyId, agencyId))
      .all()) {
      this.rememberCustomer(row);
    }
    for (const row of transaction.select().from(tasks).where(eq(tasks.agencyId, agencyId)).all()) {
      if (row.externalId !== null) this.tasks.set(row.externalId, row);
    }
    for (const row of transaction
      .select({ taskId: taskParticipants.taskId, employeeId: taskParticipants.employeeId })
      .from(taskParticipants)
      .innerJoin(tasks, eq(tasks.id, taskParticipants.taskId))
      .where(eq(tasks.agencyId, agencyId))
      .all()) {
      const list = this.participants.get(row.taskId) ?? [];
      list.push(row.employeeId);
      this.participants.set(row.taskId, list);
    }
  }

  rememberEmployee(row: EmployeeRow): void {
    if (row.externalId !== null) this.employees.set(row.externalId, row);
    this.employeeExternalIds.set(row.id, row.externalId);
  }

  rememberCustomer(row: CustomerRow, previous?: CustomerRow): void {
    if (previous && previous.orgNumber !== row.orgNumber) {
      this.customersByOrgNumber.delete(previous.orgNumber);
    }
    if (row.externalId !== null) this.customers.set(row.externalId, row);
    this.customersByOrgNumber.set(row.orgNumber, row);
    this.customerExternalIds.set(row.id, row.externalId);
  }

  rememberTask(row: TaskRow, participantIds: string[]): void {
    if (row.externalId !== null) this.tasks.set(row.externalId, row);
    this.participants.set(row.id, participantIds);
  }

  customerByExternalId(externalId: string): CustomerRow | undefined {
    return this.customers.get(externalId);
  }
  customerByOrgNumber(orgNumber: string): CustomerRow | undefined {
    return this.customersByOrgNumber.get(orgNumber);
  }
  employeeIdOf(externalId: string): string | undefined {
    return this.employees.get(externalId)?.id;
  }
  employeeExternalIdOf(id: string): string | null {
    return this.employeeExternalIds.get(id) ?? null;
  }
  taskByExternalId(externalId: string): TaskRow | undefined {
    return this.tasks.get(externalId);
  }
  participantsOf(taskId: string): string[] {
    return this.participants.get(taskId) ?? [];
  }
  customerIdOf(externalId: string): string | undefined {
    return this.customers.get(externalId)?.id;
  }
  customerExternalIdOf(id: string): string | null {
    return this.customerExternalIds.get(id) ?? null;
  }
}
