import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createTranslator } from '../../i18n/translator.js';
import { WidgetContextProvider } from '../../runtime/widget-context.js';
import {
  collaborationsApi,
  largeCollaborationsFixture,
} from '../../test-support/fixtures/collaborations.js';
import { CustomerGroups } from './customer-groups.js';
import { type CustomerGroup, groupByCustomer } from './overview-model.js';
import {
  callsOf,
  listInputs,
  mountOverview,
  panelText,
  shadowOf,
  useApi,
} from './overview-test-support.js';

/*
 * 2,000 customers with 10,000 collaborations: pages of 50, one request per page and none per
 * row, and what rendering all of them at once would cost. The figures are printed, and the
 * limits asserted are loose enough for a shared machine with two cores.
 */

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const all = largeCollaborationsFixture();
const translator = createTranslator('sv');

/** The groups alone, as the overview renders them, every one closed or every one open. */
function Groups({ groups, open }: { groups: CustomerGroup[]; open: boolean }) {
  return (
    <WidgetContextProvider value={{ translator, emit: () => {}, view: 'collaborations' }}>
      <CustomerGroups
        groups={groups}
        isExpanded={() => open}
        onToggle={() => {}}
        rights={{ resendAndCancel: true, changeOptions: true, end: true, link: true }}
        onAction={() => {}}
        registerToggle={() => {}}
      />
    </WidgetContextProvider>
  );
}

/** The machine is shared: waits are long, and the limits below are for a loaded machine. */
const slow = { timeout: 15_000, interval: 50 };

function groupsShown(widget: HTMLElement): number {
  return shadowOf(widget).querySelectorAll(
    '[role="tabpanel"]:not([hidden]) .collab-overview__group',
  ).length;
}

describe('given 2,000 customers with 10,000 collaborations', () => {
  it('shows the first 50 quickly, pages on, and asks once per page, never per row', {
    timeout: 90_000,
  }, async () => {
    expect(all).toHaveLength(10_000);
    expect(new Set(all.map((item) => item.customer.id)).size).toBe(2000);
    const api = useApi(collaborationsApi({ collaborations: all }).handlers);
    const started = performance.now();
    const widget = mountOverview();
    await expect.poll(() => groupsShown(widget), slow).toBe(10);
    const firstPage = performance.now() - started;
    expect(panelText(widget)).toMatch(/Visar 50 av 10\s000 samarbeten/);

    const pageTimes: number[] = [];
    for (let pageNumber = 2; pageNumber <= 6; pageNumber += 1) {
      const clicked = performance.now();
      await userEvent.click(page.getByRole('button', { name: 'Visa fler' }));
      await expect.poll(() => panelText(widget), slow).toContain(`Visar ${pageNumber * 50} av`);
      pageTimes.push(performance.now() - clicked);
    }
    expect(groupsShown(widget)).toBe(60);

    const expandStarted = performance.now();
    await userEvent.click(page.getByRole('button', { name: 'Visa alla kunders samarbeten' }));
    await expect
      .poll(() => shadowOf(widget).querySelectorAll('.collab-overview__row').length, slow)
      .toBe(300);
    const expandTime = performance.now() - expandStarted;

    console.info(
      `10,000 collaborations: first page ${firstPage.toFixed(0)} ms; "Show more" ${pageTimes
        .map((time) => time.toFixed(0))
        .join(', ')} ms; opening 60 customers (300 rows) ${expandTime.toFixed(0)} ms`,
    );
    expect(firstPage).toBeLessThan(10_000);
    expect(Math.max(...pageTimes)).toBeLessThan(5000);
    expect(expandTime).toBeLessThan(5000);

    // Six pages of the overview and one of the sent requests; the filter choices once.
    expect(callsOf(api.requests, 'collaborations.list')).toBe(7);
    expect(callsOf(api.requests, 'collaborations.filterOptions')).toBe(1);
    expect(
      api.requests
        .flatMap((request) => request.procedures)
        .filter((procedure) => !procedure.startsWith('collaborations.'))
        .sort(),
    ).toEqual(['session.me']);
    expect(
      listInputs(api.requests).filter(
        (input) => typeof input === 'object' && input !== null && 'cursor' in input,
      ),
    ).toEqual([50, 100, 150, 200, 250].map((offset) => ({ limit: 50, cursor: String(offset) })));
  });

  it('moves the focus to the first new customer when the last page arrives', {
    timeout: 60_000,
  }, async () => {
    useApi(collaborationsApi({ collaborations: largeCollaborationsFixture(24, 120) }).handlers);
    const widget = mountOverview();
    await expect.poll(() => panelText(widget), slow).toContain('Visar 50 av 120 samarbeten');
    await userEvent.click(page.getByRole('button', { name: 'Visa fler' }));
    await expect.poll(() => panelText(widget), slow).toContain('Visar 100 av 120 samarbeten');
    expect(shadowOf(widget).activeElement?.textContent).toBe('Visa fler');
    await userEvent.click(page.getByRole('button', { name: 'Visa fler' }));
    await expect.poll(() => panelText(widget), slow).toContain('Visar 120 av 120 samarbeten');
    expect(page.getByRole('button', { name: 'Visa fler' }).elements()).toHaveLength(0);
    await expect
      .poll(() => shadowOf(widget).activeElement?.textContent ?? '', slow)
      .toContain('Kund 0021 AB');
  });
});

describe('given every one of the 10,000 loaded at once', () => {
  it('groups them and renders the 2,000 customers closed, then all open, and prints the cost', {
    timeout: 180_000,
  }, async () => {
    const groupingStarted = performance.now();
    const groups = groupByCustomer(all);
    const groupingTime = performance.now() - groupingStarted;
    expect(groups).toHaveLength(2000);

    const closedStarted = performance.now();
    const screen = await render(<Groups groups={groups} open={false} />);
    await expect
      .poll(() => screen.container.querySelectorAll('.collab-overview__group').length, slow)
      .toBe(2000);
    const closedTime = performance.now() - closedStarted;
    const openStarted = performance.now();
    await screen.rerender(<Groups groups={groups} open />);
    await expect
      .poll(() => screen.container.querySelectorAll('.collab-overview__row').length, {
        timeout: 120_000,
        interval: 200,
      })
      .toBe(10_000);
    const openTime = performance.now() - openStarted;
    console.info(
      `10,000 collaborations at once: grouping ${groupingTime.toFixed(1)} ms; 2,000 customers closed ${closedTime.toFixed(0)} ms; all 10,000 rows open ${openTime.toFixed(0)} ms`,
    );
    expect(groupingTime).toBeLessThan(500);
    expect(closedTime).toBeLessThan(20_000);
  });
});
