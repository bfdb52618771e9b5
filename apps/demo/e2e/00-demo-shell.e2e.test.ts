import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, overviewIn, switchUser, useDemo } from './support/demo.js';

const demo = useDemo();

describe('given the demo host app', () => {
  it('opens in Swedish, and the switcher lists every seeded user labelled with their role', async () => {
    const page = await demo.open('/', { locale: null });
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Välkommen till Byrådesk');
    await expectNoAxeViolations(page, 'the start page in Swedish');

    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Welcome to Byrådesk');
    await page.locator('.user-button').click();
    const dialog = page.getByRole('dialog', { name: 'Switch user' });
    const users = (await (await fetch(`${demo.server.url}/dev/users`)).json()) as {
      users: { name: string; role: string }[];
    };
    const options = dialog.locator('.user-option');
    await expect.poll(() => options.count()).toBe(users.users.length);
    const labels = {
      employee_full: 'Full employee',
      employee_standard: 'Standard employee',
      customer_admin: 'Customer admin',
      customer_user: 'Customer user',
    } as const;
    for (const role of Object.keys(labels) as (keyof typeof labels)[]) {
      const expected = users.users.filter((user) => user.role === role).length;
      expect(expected).toBeGreaterThan(0);
      await expect.poll(() => dialog.locator(`.role-${role}`).count()).toBe(expected);
      await expect
        .poll(() => dialog.locator(`.role-${role}`).first().textContent())
        .toBe(labels[role]);
    }
    await expectNoAxeViolations(page, 'the user switcher');
    await page.keyboard.press('Escape');

    // The switcher signs in through Byrådesk's own backend, which opens a widget session.
    const opened = page.waitForResponse((response) => response.url().endsWith('/byradesk/session'));
    await switchUser(page, 'Anna Lindqvist');
    expect((await opened).status()).toBe(200);
    await expect.poll(() => page.locator('.user-button').textContent()).toContain('Anna Lindqvist');
    const stored = await page.evaluate(() => localStorage.getItem('byradesk.session'));
    const { token } = JSON.parse(stored ?? '{}') as { token: string };
    const claims = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as { aud: string; exp: number; iat: number };
    expect(claims.aud).toBe('collab-widget');
    expect(claims.exp - claims.iat).toBe(15 * 60);
    await expect.poll(() => page.locator('.user-button').textContent()).toContain('Full employee');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('searches the customer register through the API and opens a customer', async () => {
    const page = await demo.open('/customers', { as: 'Anna Lindqvist' });
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    await expectNoAxeViolations(page, 'the customer list');
    await page.getByRole('searchbox', { name: 'Search customers' }).fill('Kiruna');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('1 customer');
    await page.getByRole('link', { name: 'Kiruna Guideturer AB' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Kiruna Guideturer AB');
    await expect.poll(() => page.getByText('No account').count()).toBe(1);
    await expectNoAxeViolations(page, 'a customer page');
  });

  it('keeps agency pages from customer users and the portal from employees', async () => {
    const page = await demo.open('/customers', { as: 'Nils Forsberg' });
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Sign in to continue');
    await expect.poll(() => page.getByRole('link', { name: 'Customers' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: 'My collaborations' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'an agency page for a customer user');
  });

  it('switches to the dark theme, and the widget follows', async () => {
    const page = await demo.open('/customer', { as: 'Anna Lindqvist' });
    await page.goto(`${demo.server.url}/customers`);
    await page.getByRole('link', { name: 'Fjällbäckens Bageri AB' }).click();
    const opener = page.locator('collab-invite-dialog').getByRole('button', { name: 'Activate' });
    await opener.waitFor();
    await page.getByRole('button', { name: 'Dark' }).click();
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    await expect
      .poll(() => page.locator('collab-invite-dialog').getAttribute('theme'))
      .toBe('dark');
    await expectNoAxeViolations(page, 'a customer page in the dark theme');
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');

    // The React page takes the theme as a CollabProvider prop.
    await page.getByRole('link', { name: 'Settings' }).click();
    const overview = overviewIn(page);
    await overview.getByRole('tab', { name: /^Sent requests/ }).waitFor();
    await expectNoAxeViolations(page, 'the overview (React) in the dark theme');
  });

  it('signs a customer user in from /sign-in and returns only to a page of this site', async () => {
    const page = await demo.open('/sign-in?return=https%3A%2F%2Fevil.example%2Faccept');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const offered = page.locator('.user-option');
    await expect.poll(() => offered.count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('.role-employee_full, .role-employee_standard').count())
      .toBe(0);
    await expectNoAxeViolations(page, 'the sign-in page');
    await page.getByRole('searchbox').fill('Lena Forsberg');
    await page.getByRole('button', { name: /^Lena Forsberg/ }).click();
    await page.waitForURL(`${demo.server.url}/portal`);
    await page.getByRole('heading', { level: 1, name: 'My collaborations' }).waitFor();
  });

  it('shows the integration code with this server’s address, ready to copy', async () => {
    const page = await demo.open('/embed');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Embed Collab');
    await expect
      .poll(() => page.locator('pre').first().textContent())
      .toContain(`fetch('${demo.server.url}/v1/sessions'`);
    await expect
      .poll(() => page.locator('pre').nth(1).textContent())
      .toContain(`<script src="${demo.server.url}/widget/collab-widget.standalone.js"></script>`);
    await expect.poll(() => page.getByRole('button', { name: /^Copy/ }).count()).toBe(6);
    await expectNoAxeViolations(page, 'the embed page');
  });
});
