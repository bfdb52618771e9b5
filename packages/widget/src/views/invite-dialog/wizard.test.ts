import { defaultOptions, type ServiceId, serviceIds } from '@collab/contracts';
import { describe, expect, it } from 'vitest';
import type { DescribedError } from '../../api/errors.js';
import {
  type ActivationResult,
  canGoBack,
  draftOf,
  draftProblems,
  initialWizard,
  type PreparedRequest,
  type WizardAction,
  type WizardState,
  wizardReducer,
} from './wizard.js';

const customerId = '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a001';
const otherCustomerId = '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a002';
const taskId = '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a301';
const catalog: readonly ServiceId[] = serviceIds;

function run(state: WizardState, ...actions: WizardAction[]): WizardState {
  return actions.reduce(wizardReducer, state);
}

function toggle(service: ServiceId, on = true): WizardAction {
  return { type: 'toggleService', service, on, catalog };
}

const result: ActivationResult = {
  flow: 'activated',
  accountCreated: true,
  services: [
    {
      service: 'eekonomi',
      collaborationId: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a201',
      status: 'active',
    },
  ],
  invitation: null,
  emailsQueued: [],
};

describe('given no preset customer', () => {
  const start = initialWizard(null);

  it('starts at the customer step, with nothing to go back to', () => {
    expect(start.step).toBe('customer');
    expect(canGoBack(start)).toBe(false);
  });

  it('stays at the customer step until one is chosen, and says it is required', () => {
    const refused = run(start, { type: 'next', activeServices: [] });
    expect(refused.step).toBe('customer');
    expect(refused.problems).toEqual({ customerId: { code: 'REQUIRED', params: {} } });
    expect(refused.validationRound).toBe(1);

    const moved = run(
      refused,
      { type: 'chooseCustomer', customerId },
      { type: 'next', activeServices: [] },
    );
    expect(moved.step).toBe('services');
    expect(moved.problems).toEqual({});
    expect(canGoBack(moved)).toBe(true);
    expect(run(moved, { type: 'back' }).step).toBe('customer');
  });

  it('forgets the services and task chosen for another customer', () => {
    const chosen = run(start, { type: 'chooseCustomer', customerId }, toggle('eekonomi'), {
      type: 'chooseTask',
      taskId,
    });
    const same = run(chosen, { type: 'chooseCustomer', customerId });
    expect(same.chosen).toEqual(['eekonomi']);
    const other = run(chosen, { type: 'chooseCustomer', customerId: otherCustomerId });
    expect(other).toMatchObject({ customerId: otherCustomerId, chosen: [], taskId: null });
  });
});

describe('given a preset customer', () => {
  const start = initialWizard(customerId);

  it('starts at the services step and never goes back to the customer', () => {
    expect(start.step).toBe('services');
    expect(canGoBack(start)).toBe(false);
    expect(run(start, { type: 'back' })).toBe(start);
  });

  it('asks for at least one service', () => {
    const refused = run(start, { type: 'next', activeServices: [] });
    expect(refused.step).toBe('services');
    expect(Object.keys(refused.problems)).toEqual(['services']);
  });

  it('keeps the chosen services in the catalog’s order and fills in the options’ defaults', () => {
    const state = run(start, toggle('scanner'), toggle('eekonomi'), {
      type: 'setOption',
      service: 'eekonomi',
      name: 'variant',
      value: 'pro',
    });
    expect(state.chosen).toEqual(catalog.filter((id) => id === 'eekonomi' || id === 'scanner'));
    expect(draftOf(state).services).toContainEqual({
      service: 'eekonomi',
      options: { ...defaultOptions('eekonomi'), variant: 'pro' },
    });
    expect(run(state, toggle('scanner', false)).chosen).toEqual(['eekonomi']);
  });

  it('holds Scanner back without eEkonomi, at Scanner, and lets it on when eEkonomi is active', () => {
    const scanner = run(start, toggle('scanner'));
    const refused = run(scanner, { type: 'next', activeServices: [] });
    expect(refused.step).toBe('services');
    expect(refused.problems).toEqual({
      'service.scanner.service': {
        code: 'SERVICE_REQUIRES',
        params: { service: 'Scanner', required: 'eEkonomi' },
      },
    });
    expect(run(scanner, { type: 'next', activeServices: ['eekonomi'] }).step).toBe('task');
    expect(run(scanner, toggle('eekonomi'), { type: 'next', activeServices: [] }).step).toBe(
      'task',
    );
  });

  it('asks for a task, then reviews', () => {
    const atTask = run(start, toggle('eekonomi'), { type: 'next', activeServices: [] });
    const refused = run(atTask, { type: 'next', activeServices: [] });
    expect(refused.problems).toEqual({ taskId: { code: 'REQUIRED', params: {} } });
    const review = run(
      refused,
      { type: 'chooseTask', taskId },
      { type: 'next', activeServices: [] },
    );
    expect(review.step).toBe('review');
    expect(run(review, { type: 'next', activeServices: [] })).toBe(review);
  });
});

describe('given a draft', () => {
  it('finds a service listed twice at its second place, with the server’s path and code', () => {
    const selection = { service: 'utlagg' as const, options: defaultOptions('utlagg') };
    expect(
      draftProblems({ customerId, taskId, services: [selection, selection] }, []),
    ).toMatchObject({
      'services.1.service': { code: 'SERVICE_LISTED_TWICE', params: { service: 'Utlägg' } },
    });
  });
});

describe('given the review', () => {
  const review: WizardState = {
    ...initialWizard(customerId),
    step: 'review',
    chosen: ['scanner'],
    taskId,
  };

  it('goes back to the step of the first problem found on confirming', () => {
    const problems = draftProblems(draftOf(review), []);
    const refused = run(review, { type: 'refused', problems });
    expect(refused.step).toBe('services');
    expect(Object.keys(refused.problems)).toEqual(['service.scanner.service']);
  });

  it('keeps every choice after a failure, shows the server’s field errors at their service, and clears the failure on a change', () => {
    const failure: DescribedError = {
      code: 'NETWORK_ERROR',
      message: 'down',
      httpStatus: null,
      procedure: null,
    };
    const failed = run(
      review,
      { type: 'sending' },
      {
        type: 'failed',
        failure,
        problems: { 'services.0.options.variant': { code: 'UNKNOWN_OPTION_VALUE', params: {} } },
        sent: [{ service: 'scanner' }],
      },
    );
    expect(failed).toMatchObject({ step: 'review', chosen: ['scanner'], taskId, failure });
    expect(Object.keys(failed.problems)).toEqual(['service.scanner.options.variant']);
    expect(run(failed, { type: 'change', step: 'services' })).toMatchObject({
      step: 'services',
      failure: null,
    });
  });

  it('shows the result, then starts another service for the same customer', () => {
    const done = run(review, { type: 'activated', result });
    expect(done).toMatchObject({ step: 'result', result });
    expect(canGoBack(done)).toBe(false);
    const again = run(done, { type: 'anotherService' });
    expect(again).toMatchObject({
      step: 'services',
      customerId,
      chosen: [],
      result: null,
    });
  });

  it('starts afresh at the customer step for another customer, unless the host preset one', () => {
    const fresh = run(initialWizard(null), { type: 'chooseCustomer', customerId });
    const done = { ...fresh, step: 'result' as const, result };
    expect(run(done, { type: 'anotherCustomer' })).toEqual(initialWizard(null));
    const preset = run(review, { type: 'activated', result });
    expect(run(preset, { type: 'anotherCustomer' })).toBe(preset);
  });
});

describe('given a colleague’s prepared invitation (flow 9)', () => {
  const request: PreparedRequest = {
    id: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a701',
    status: 'open',
    customer: { id: otherCustomerId, name: 'Solo Konsult' },
    task: { id: taskId, name: 'Bokslut' },
    services: [
      { service: 'utlagg', options: { plan: 'styckpris' } },
      { service: 'eekonomi', options: { variant: 'pro', invoiceRecipient: 'agency' } },
    ],
    requestedBy: { id: 'a', name: 'Olle Berg' },
    colleague: { id: 'b', name: 'Karin Lund' },
    note: null,
    dismissReason: null,
    createdAt: '2026-11-27T09:00:00.000Z',
    handledAt: null,
  };

  it('opens it at the review with its customer, services (in catalog order), options and task, and no way back', () => {
    const state = run(initialWizard(customerId), { type: 'openRequest', request, catalog });
    expect(state.step).toBe('review');
    expect(state.activationRequestId).toBe(request.id);
    expect(draftOf(state)).toEqual({
      customerId: otherCustomerId,
      taskId,
      services: [
        { service: 'eekonomi', options: { variant: 'pro', invoiceRecipient: 'agency' } },
        { service: 'utlagg', options: { plan: 'styckpris' } },
      ],
    });
    expect(canGoBack(state)).toBe(false);
  });

  it('shows who was asked once asked, and starts afresh on "another service"', () => {
    const asked = {
      activationRequestId: request.id,
      colleague: { id: 'b', name: 'Karin Lund' },
    };
    const state = run(initialWizard(customerId), { type: 'asked', asked });
    expect(state).toMatchObject({ step: 'result', asked });
    expect(run(state, { type: 'anotherService' })).toMatchObject({
      step: 'services',
      asked: null,
      activationRequestId: null,
    });
  });
});
