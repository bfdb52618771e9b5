import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, useDemo } from './support/demo.js';

const demo = useDemo();

describe('given a plain HTML page with hostile global CSS and the standalone script', () => {
  it('the widget works and none of the page’s CSS leaks into it', async () => {
    const page = await demo.open('/examples/plain-page.html', { as: 'Anna Lindqvist' });
    const invite = page.locator('collab-invite-dialog');
    const opener = invite.getByRole('button', { name: 'Invite to collaborate' });
    await opener.waitFor();
    const overview = page.locator('#overview');
    await overview.getByRole('heading', { name: 'Collaborations', level: 2 }).waitFor();

    // The page's rules hold on the page's own elements…
    const hostButton = await page.locator('#host-button').evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        border: style.borderTopStyle,
        transform: style.textTransform,
        font: style.fontFamily,
      };
    });
    expect(hostButton).toEqual({
      border: 'dashed',
      transform: 'uppercase',
      font: expect.stringContaining('Georgia'),
    });
    // …and none of them inside the widget.
    const widgetButton = await opener.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        border: style.borderTopStyle,
        transform: style.textTransform,
        font: style.fontFamily,
        spacing: style.letterSpacing,
        italic: style.fontStyle,
      };
    });
    expect(widgetButton.border).toBe('solid');
    expect(widgetButton.transform).toBe('none');
    expect(widgetButton.font).not.toContain('Georgia');
    expect(widgetButton.spacing).toBe('normal');
    expect(widgetButton.italic).toBe('normal');
    const widgetText = await overview
      .getByRole('heading', { name: 'Collaborations', level: 2 })
      .evaluate((element) => {
        const style = getComputedStyle(element);
        return {
          decoration: style.textDecorationLine,
          font: style.fontFamily,
          lineHeight: style.lineHeight,
          fontSize: style.fontSize,
        };
      });
    expect(widgetText.decoration).toBe('none');
    expect(widgetText.font).not.toContain('Georgia');
    expect(widgetText.fontSize).not.toBe('38.4px');
    await expectNoAxeViolations(page, 'the plain page');

    // And it works: a whole activation from the customer search.
    await opener.click();
    const dialog = invite.getByRole('dialog');
    await dialog.getByRole('searchbox').fill('Ängsbacka');
    await dialog.getByRole('radio', { name: /^Ängsbacka Gårdsbutik/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('checkbox', { name: /^eEkonomi/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('radio', { name: /^Bokföring/ }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expectNoAxeViolations(page, 'the invite dialog on the plain page');
    await dialog.getByRole('button', { name: 'Activate' }).click();
    await dialog.getByRole('heading', { name: 'The collaboration is active' }).waitFor();
  });
});
