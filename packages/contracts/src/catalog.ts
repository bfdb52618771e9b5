import { z } from 'zod';

/**
 * The service catalog is data: options, defaults and dependencies live here, and the
 * server, the widget and the docs all read this one table. Adding a service or an option
 * should not need a new code branch anywhere else.
 */

export const serviceIds = [
  'eekonomi',
  'ekonomioversikt',
  'scanner',
  'skatt_bokslut_pro',
  'utlagg',
] as const;
export type ServiceId = (typeof serviceIds)[number];

export const invoiceRecipients = ['agency', 'customer'] as const;
export type InvoiceRecipient = (typeof invoiceRecipients)[number];

export const companyTypes = [
  'aktiebolag',
  'enskild_firma',
  'handelsbolag',
  'ekonomisk_forening',
  'privatperson',
] as const;
export type CompanyType = (typeof companyTypes)[number];
export const companyTypeSchema = z.enum(companyTypes);

export interface ServiceOptionDefinition {
  readonly values: readonly string[];
  readonly default: string;
}

export interface ServiceDefinition {
  readonly id: ServiceId;
  readonly name: string;
  /** Options the agency chooses when it activates; an empty object means none. */
  readonly options: Readonly<Record<string, ServiceOptionDefinition>>;
  /** Services that must be active, or activated in the same call, before this one. */
  readonly requires: readonly ServiceId[];
  /** The variant the agency itself always works in, whatever the customer has. */
  readonly agencyVariant?: string;
  /** The licence is derived from the customer's company type, not chosen. */
  readonly licenceFollowsCompanyType: boolean;
  /** Ending the collaboration deletes the service's data; the user must confirm. */
  readonly endingDeletesData: boolean;
}

const invoiceRecipientOption: ServiceOptionDefinition = {
  values: invoiceRecipients,
  default: 'customer',
};

export const serviceCatalog: Readonly<Record<ServiceId, ServiceDefinition>> = {
  eekonomi: {
    id: 'eekonomi',
    name: 'eEkonomi',
    options: {
      variant: { values: ['start', 'bokforing', 'fakturering', 'smart', 'pro'], default: 'smart' },
      invoiceRecipient: invoiceRecipientOption,
    },
    requires: [],
    agencyVariant: 'pro',
    licenceFollowsCompanyType: false,
    endingDeletesData: false,
  },
  ekonomioversikt: {
    id: 'ekonomioversikt',
    name: 'Ekonomiöversikt',
    options: {
      period: { values: ['3', '12'], default: '12' },
      invoiceRecipient: invoiceRecipientOption,
    },
    requires: ['eekonomi'],
    licenceFollowsCompanyType: false,
    endingDeletesData: false,
  },
  scanner: {
    id: 'scanner',
    name: 'Scanner',
    options: {},
    requires: ['eekonomi'],
    licenceFollowsCompanyType: false,
    endingDeletesData: false,
  },
  skatt_bokslut_pro: {
    id: 'skatt_bokslut_pro',
    name: 'Skatt & Bokslut Pro',
    options: {},
    requires: [],
    licenceFollowsCompanyType: true,
    endingDeletesData: false,
  },
  utlagg: {
    id: 'utlagg',
    name: 'Utlägg',
    options: { plan: { values: ['styckpris', 'smart', 'fastpris'], default: 'styckpris' } },
    requires: [],
    licenceFollowsCompanyType: false,
    endingDeletesData: true,
  },
};

export const serviceList: readonly ServiceDefinition[] = serviceIds.map((id) => serviceCatalog[id]);

/** Options as stored and sent: option name to chosen value. */
export type ServiceOptions = Record<string, string>;
export const serviceOptionsSchema = z.record(z.string().max(40), z.string().max(40));

/** The services that depend on `service` (for example Scanner and Ekonomiöversikt on eEkonomi). */
export function dependentsOf(service: ServiceId): ServiceId[] {
  return serviceIds.filter((id) => serviceCatalog[id].requires.includes(service));
}

export function defaultOptions(service: ServiceId): ServiceOptions {
  return Object.fromEntries(
    Object.entries(serviceCatalog[service].options).map(([name, option]) => [name, option.default]),
  );
}

/**
 * The options stored with a service: the chosen ones, and for a service whose licence follows
 * the company type (Skatt & Bokslut Pro) that licence. The API stores these, and the invite
 * dialog's review shows them before sending, so both name the same licence.
 */
export function optionsToStore(
  service: ServiceId,
  options: ServiceOptions,
  companyType: string,
): ServiceOptions {
  return serviceCatalog[service].licenceFollowsCompanyType
    ? { ...options, licence: companyType }
    : options;
}

/** `{ service, options }`; its schema, `serviceSelectionSchema`, is in activation.ts. */
export type ServiceSelection = { service: ServiceId; options: ServiceOptions };

/** Who pays for a service with these options: the option if it has one, else the customer. */
export function invoiceRecipientOf(options: ServiceOptions): InvoiceRecipient {
  return options.invoiceRecipient === 'agency' ? 'agency' : 'customer';
}

export interface OptionChangeProblem {
  /** The option's path in the input, e.g. `options.variant`. */
  field: string;
  code: 'UNKNOWN_OPTION' | 'UNKNOWN_OPTION_VALUE';
}

/**
 * One option of one service, or undefined. Option names come from callers (JSON bodies, CSV
 * files), so only the catalog's own keys count: `constructor`, `toString` or `__proto__` are
 * not options, whatever `Object.prototype` holds.
 */
export function optionDefinition(
  service: ServiceId,
  name: string,
): ServiceOptionDefinition | undefined {
  const options = serviceCatalog[service].options;
  return Object.hasOwn(options, name) ? options[name] : undefined;
}

/**
 * Checks changes to an existing collaboration's options against its service's catalog
 * entry: only options the service has, and only values it offers. The licence of Skatt &
 * Bokslut Pro is not an option, so it cannot be changed this way.
 */
export function optionChangeProblems(
  service: ServiceId,
  changes: ServiceOptions,
): OptionChangeProblem[] {
  const problems: OptionChangeProblem[] = [];
  // Own keys only, `__proto__` included: a JSON body can carry it as an own key.
  for (const name of Object.keys(changes)) {
    const value = changes[name];
    const definition = optionDefinition(service, name);
    if (!definition) problems.push({ field: `options.${name}`, code: 'UNKNOWN_OPTION' });
    else if (typeof value !== 'string' || !definition.values.includes(value))
      problems.push({ field: `options.${name}`, code: 'UNKNOWN_OPTION_VALUE' });
  }
  return problems;
}

/**
 * The services `service` needs (Scanner and Ekonomiöversikt need eEkonomi) that are neither
 * active already nor chosen in the same call. The one home of the dependency rule: the
 * activation, the link of an imported collaboration and the widget's forms all ask here.
 */
export function missingRequirements(
  service: ServiceId,
  available: { active: Iterable<ServiceId>; chosen?: Iterable<ServiceId> },
): ServiceId[] {
  const present = new Set<ServiceId>([...available.active, ...(available.chosen ?? [])]);
  return serviceCatalog[service].requires.filter((required) => !present.has(required));
}

export interface ServiceSelectionProblem {
  /** The selection's index in the list, so the path is `services.${index}.service`. */
  index: number;
  code: 'SERVICE_LISTED_TWICE' | 'SERVICE_REQUIRES';
  params: { service: string; required?: string };
}

/**
 * What is wrong with a list of services to activate together: one listed twice, or one that
 * needs a service that is neither active already nor in the list. The first problem of each
 * selection only, in list order; the server refuses the first, the widget shows them all.
 */
export function serviceSelectionProblems(
  services: readonly ServiceId[],
  activeServices: Iterable<ServiceId>,
): ServiceSelectionProblem[] {
  const active = [...activeServices];
  const seen = new Set<ServiceId>();
  const problems: ServiceSelectionProblem[] = [];
  for (const [index, service] of services.entries()) {
    const name = serviceCatalog[service].name;
    if (seen.has(service)) {
      problems.push({ index, code: 'SERVICE_LISTED_TWICE', params: { service: name } });
      continue;
    }
    seen.add(service);
    const [missing] = missingRequirements(service, { active, chosen: services });
    if (missing)
      problems.push({
        index,
        code: 'SERVICE_REQUIRES',
        params: { service: name, required: serviceCatalog[missing].name },
      });
  }
  return problems;
}
