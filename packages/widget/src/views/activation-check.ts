import {
  type ErrorCode,
  type ErrorParams,
  type ServiceId,
  type ServiceOptions,
  serviceCatalog,
  serviceIds,
} from '@collab/contracts';

/**
 * The rules of `activateInputSchema` (from @collab/contracts), checked without zod.
 *
 * Why not the schema itself: zod's classic API is one object graph that does not tree-shake,
 * so importing only `activateInputSchema` put the ES module at 55.6 KB gzip, over its 45 KB
 * budget (see the README). This mirror gives the same field paths and error codes as the
 * server's `fieldErrorsFromZod`, and `activation-check.test.ts` runs both over the same
 * inputs so the two cannot drift apart. The server still validates with the schema.
 *
 * One deliberate difference: a customer or task not chosen yet is `REQUIRED` here (the schema
 * says `INVALID_ID`, which is right for a bad id but not for an empty choice).
 */

export interface ActivationDraft {
  customerId: string | null;
  taskId: string | null;
  services: { service: string; options: ServiceOptions }[];
  idempotencyKey?: string;
}

export interface FieldProblem {
  code: ErrorCode;
  params: ErrorParams;
}

/** Field path, as the server writes it (`services.0.options.variant`), to its first problem. */
export type FieldProblems = Record<string, FieldProblem>;

/** zod 4's `z.uuid()`: RFC 9562, versions 1 to 8, plus the nil and max UUIDs. */
const uuidPattern =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

function isServiceId(value: string): value is ServiceId {
  return (serviceIds as readonly string[]).includes(value);
}

function checkId(problems: FieldProblems, path: string, value: string | null): void {
  if (value === null || value === '') problems[path] = { code: 'REQUIRED', params: {} };
  else if (!uuidPattern.test(value)) problems[path] = { code: 'INVALID_ID', params: {} };
}

/** What `activateInputSchema.safeParse` would refuse, by field. Empty when it would accept. */
export function checkActivateInput(draft: ActivationDraft): FieldProblems {
  const problems: FieldProblems = {};
  checkId(problems, 'customerId', draft.customerId);
  checkId(problems, 'taskId', draft.taskId);
  if (draft.services.length === 0) problems.services = { code: 'REQUIRED', params: {} };
  if (draft.services.length > serviceIds.length)
    problems.services = { code: 'TOO_MANY', params: { maximum: serviceIds.length } };
  for (const [index, selection] of draft.services.entries()) {
    if (!isServiceId(selection.service)) {
      problems[`services.${index}.service`] = { code: 'UNKNOWN_SERVICE', params: {} };
      continue;
    }
    const definitions = serviceCatalog[selection.service].options;
    const unknown = Object.keys(selection.options).filter(
      (name) => !Object.hasOwn(definitions, name),
    );
    if (unknown.length > 0)
      problems[`services.${index}.options`] = {
        code: 'UNKNOWN_OPTION',
        params: { keys: unknown.join(', ') },
      };
    for (const [name, definition] of Object.entries(definitions)) {
      const value = selection.options[name];
      if (value !== undefined && !definition.values.includes(value))
        problems[`services.${index}.options.${name}`] = {
          code: 'UNKNOWN_OPTION_VALUE',
          params: {},
        };
    }
  }
  const key = draft.idempotencyKey?.trim();
  if (key !== undefined && key.length < 8)
    problems.idempotencyKey = { code: 'REQUIRED', params: {} };
  if (key !== undefined && key.length > 100)
    problems.idempotencyKey = { code: 'TOO_LONG', params: { maximum: 100 } };
  return problems;
}

/**
 * The domain's rules that the client can also know: a service listed twice, and one that
 * needs another (Scanner needs eEkonomi) which is neither active already nor chosen too.
 * Same paths and codes as the server's `failField`.
 */
export function checkServiceRules(
  draft: ActivationDraft,
  activeServices: readonly ServiceId[],
): FieldProblems {
  const problems: FieldProblems = {};
  const requested = new Set(draft.services.map((selection) => selection.service));
  const seen = new Set<string>();
  for (const [index, selection] of draft.services.entries()) {
    if (!isServiceId(selection.service)) continue;
    const path = `services.${index}.service`;
    const name = serviceCatalog[selection.service].name;
    if (seen.has(selection.service)) {
      problems[path] = { code: 'SERVICE_LISTED_TWICE', params: { service: name } };
      continue;
    }
    seen.add(selection.service);
    const missing = serviceCatalog[selection.service].requires.find(
      (required) => !requested.has(required) && !activeServices.includes(required),
    );
    if (missing)
      problems[path] = {
        code: 'SERVICE_REQUIRES',
        params: { service: name, required: serviceCatalog[missing].name },
      };
  }
  return problems;
}
