import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CollabErrorDetail } from '../../events.js';
import { FakeApiError, standardRightsEmployee } from '../../test-support/fake-api.js';
import {
  collaborationsApi,
  collaborationsFixture,
  karinLund,
  majaEk,
} from '../../test-support/fixtures/collaborations.js';
import {
  announcement,
  callsOf,
  expectNoAxeViolations,
  listInputs,
  mountOverview,
  shadowOf,
  textOf,
  useApi,
} from './overview-test-support.js';

/*
 * The agency's overview in the custom element, registered from source, against the typed fake
 * API over `collaborationsFixture`: four customers, ten collaborations, every status.
 */

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('given an agency with collaborations', () => {
  it('groups them by customer, counts each status, and opens a customer with its rows', async () => {
    const api = useApi(collaborationsApi().handlers);
    const widget = mountOverview();
    await expect.element(page.getByRole('button', { name: /Exempel AB/ })).toBeVisible();
    expect(textOf(widget)).toContain('Visar 10 av 10 samarbeten');

    const groups = [...shadowOf(widget).querySelectorAll('.collab-overview__customer-name')];
    expect(groups.map((group) => group.textContent)).toEqual([
      'Exempel AB',
      'Berg & Dal Fastigheter AB',
      'Nystart HB',
      'Solo Konsult',
    ]);
    const exempel = page.getByRole('button', { name: /Exempel AB/ });
    await expect.element(exempel).toHaveAttribute('aria-expanded', 'false');
    expect(exempel.element().textContent).toContain('556036-0793 · 4 samarbeten');

    const counts = page.getByRole('group', { name: 'Antal per status – välj för att filtrera' });
    await expect.element(counts.getByRole('button', { name: 'Aktiva 4' })).toBeVisible();
    await expect.element(counts.getByRole('button', { name: 'Väntande 2' })).toBeVisible();
    await expect.element(counts.getByRole('button', { name: 'Avslutade 1' })).toBeVisible();

    await userEvent.click(exempel);
    await expect.element(exempel).toHaveAttribute('aria-expanded', 'true');
    expect(textOf(widget)).toContain('Variant: Smart · Betalas av: Kunden');
    expect(textOf(widget)).toContain(
      'Uppdrag: Bokföring (ansvarig Karin Lund) · Aktivt sedan 1 oktober 2026',
    );
    expect(textOf(widget)).toContain('Inbjudan gäller till och med 20 december 2026');
    await expectNoAxeViolations(widget);
    // One list, one set of filter choices: nothing is asked per row or per customer.
    expect(callsOf(api.requests, 'collaborations.list')).toBe(2);
    expect(callsOf(api.requests, 'collaborations.filterOptions')).toBe(1);
  });
});
