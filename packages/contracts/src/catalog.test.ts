import { describe, expect, it } from 'vitest';
import { activateInputSchema, serviceSelectionSchema } from './activation.js';
import {
  defaultOptions,
  dependentsOf,
  missingRequirements,
  optionChangeProblems,
  optionDefinition,
  serviceCatalog,
  serviceIds,
  serviceSelectionProblems,
} from './catalog.js';
import { fieldErrorsFromZod } from './errors.js';

describe('given the catalog', () => {
  it('lists every service once with defaults that are among its values', () => {
    for (const id of serviceIds) {
      const definition = serviceCatalog[id];
      expect(definition.id).toBe(id);
      for (const option of Object.values(definition.options)) {
        expect(option.values).toContain(option.default);
      }
      for (const required of definition.requires) expect(serviceIds).toContain(required);
    }
  });
  it('knows that Scanner and Ekonomiöversikt depend on eEkonomi', () => {
    expect(dependentsOf('eekonomi').sort()).toEqual(['ekonomioversikt', 'scanner']);
  });
});

describe('given a service selection', () => {
  it('fills in defaults for options left out', () => {
    expect(serviceSelectionSchema.parse({ service: 'eekonomi' })).toEqual({
      service: 'eekonomi',
      options: defaultOptions('eekonomi'),
    });
    expect(
      serviceSelectionSchema.parse({ service: 'ekonomioversikt', options: { period: '3' } }),
    ).toEqual({
      service: 'ekonomioversikt',
      options: { period: '3', invoiceRecipient: 'customer' },
    });
  });
  it('refuses an option the service does not have, naming it', () => {
    const result = serviceSelectionSchema.safeParse({
      service: 'scanner',
      options: { variant: 'pro' },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFromZod(result.error, 'en')).toEqual({
      options: [
        { code: 'UNKNOWN_OPTION', message: 'The service does not have that option: variant.' },
      ],
    });
  });
  it('refuses a value the service does not offer', () => {
    const result = serviceSelectionSchema.safeParse({
      service: 'eekonomi',
      options: { variant: 'gold' },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFromZod(result.error, 'sv')['options.variant']?.[0]?.code).toBe(
      'UNKNOWN_OPTION_VALUE',
    );
  });
  it('refuses an unknown service', () => {
    const result = activateInputSchema.safeParse({
      customerId: crypto.randomUUID(),
      taskId: crypto.randomUUID(),
      services: [{ service: 'fortnox' }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFromZod(result.error, 'en')['services.0.service']?.[0]?.code).toBe(
      'UNKNOWN_SERVICE',
    );
  });
});

describe('given changes to an existing collaboration’s options', () => {
  it('accepts values the service offers', () => {
    expect(
      optionChangeProblems('ekonomioversikt', { period: '3', invoiceRecipient: 'agency' }),
    ).toEqual([]);
  });
  it('names options the service does not have and values it does not offer', () => {
    expect(optionChangeProblems('scanner', { variant: 'pro' })).toEqual([
      { field: 'options.variant', code: 'UNKNOWN_OPTION' },
    ]);
    expect(optionChangeProblems('eekonomi', { variant: 'gold' })).toEqual([
      { field: 'options.variant', code: 'UNKNOWN_OPTION_VALUE' },
    ]);
    expect(optionChangeProblems('skatt_bokslut_pro', { licence: 'handelsbolag' })).toEqual([
      { field: 'options.licence', code: 'UNKNOWN_OPTION' },
    ]);
  });
});

describe('given option names that are JavaScript built-ins', () => {
  const builtIns = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];
  it('refuses each as an unknown option instead of reading Object.prototype', () => {
    for (const name of builtIns) {
      expect(optionChangeProblems('eekonomi', { [name]: 'x' })).toEqual([
        { field: `options.${name}`, code: 'UNKNOWN_OPTION' },
      ]);
      expect(optionDefinition('eekonomi', name)).toBeUndefined();
    }
  });
  it('refuses an own key __proto__, as JSON.parse makes it', () => {
    const changes = JSON.parse('{"__proto__": "x"}') as Record<string, string>;
    expect(optionChangeProblems('eekonomi', changes)).toEqual([
      { field: 'options.__proto__', code: 'UNKNOWN_OPTION' },
    ]);
  });
});

describe('given services chosen together', () => {
  it('names a service listed twice and one whose requirement is missing', () => {
    expect(serviceSelectionProblems(['scanner', 'utlagg', 'utlagg'], [])).toEqual([
      { index: 0, code: 'SERVICE_REQUIRES', params: { service: 'Scanner', required: 'eEkonomi' } },
      { index: 2, code: 'SERVICE_LISTED_TWICE', params: { service: 'Utlägg' } },
    ]);
  });
  it('accepts a requirement that is active already or chosen in the same list', () => {
    expect(serviceSelectionProblems(['scanner'], ['eekonomi'])).toEqual([]);
    expect(serviceSelectionProblems(['scanner', 'eekonomi'], [])).toEqual([]);
    expect(missingRequirements('ekonomioversikt', { active: [] })).toEqual(['eekonomi']);
  });
});
