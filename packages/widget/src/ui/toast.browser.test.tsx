import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createTranslator } from '../i18n/translator.js';
import { WidgetContextProvider } from '../runtime/widget-context.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { nextToastId, type ToastContent, ToastSlot } from './toast.js';

/*
 * The toast's timing (WCAG 2.2.1): it hides by itself only after its time, never while the
 * pointer is over it or the focus is in it, and it never takes the focus. A short time here
 * stands in for the real 30 s.
 */

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

const translator = createTranslator('sv');
const hideAfterMs = 400;

function Harness({ undo }: { undo?: () => void }) {
  const [toast, setToast] = useState<ToastContent | null>(null);
  return (
    <WidgetContextProvider value={{ translator, emit: () => {}, view: 'collaborations' }}>
      <button
        type="button"
        onClick={() =>
          setToast({
            id: nextToastId(),
            message: 'Inbjudan till Exempel AB är återkallad.',
            action: undo
              ? { label: 'Ångra', pendingLabel: 'Ångrar…', pending: false, onAction: undo }
              : undefined,
          })
        }
      >
        Återkalla
      </button>
      <ToastSlot toast={toast} onDismiss={() => setToast(null)} hideAfterMs={hideAfterMs} />
      <button type="button">Längre bort</button>
    </WidgetContextProvider>
  );
}

const region = () => document.querySelector('.collab-toast [role="status"]');
const dismissButton = () => page.getByRole('button', { name: 'Stäng meddelandet' });

describe('given a toast', () => {
  it('is read out politely beside its action, keeps the focus where it was, and hides after its time', async () => {
    await render(<Harness />);
    // The live region is there before anything is said, so the first toast is read out too.
    expect(region()?.textContent).toBe('');
    await userEvent.click(page.getByRole('button', { name: 'Återkalla' }));
    await expect.poll(() => region()?.textContent).toBe('Inbjudan till Exempel AB är återkallad.');
    expect((document.activeElement as HTMLElement | null)?.textContent).toBe('Återkalla');
    await expectNoAxeViolations(document.body);
    await expect.poll(() => region()?.textContent, { timeout: 5000 }).toBe('');
    expect(dismissButton().elements()).toEqual([]);
  });

  it('stays while the pointer is over it, and while the focus is in it', async () => {
    await render(<Harness />);
    await userEvent.click(page.getByRole('button', { name: 'Återkalla' }));
    await expect.element(dismissButton()).toBeVisible();
    const message = page.getByText('Inbjudan till Exempel AB är återkallad.');
    await userEvent.hover(message);
    // Hovered, no timer runs: four times its time pass, and it is still there.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.advanceTimersByTime(hideAfterMs * 4);
    expect(region()?.textContent).toBe('Inbjudan till Exempel AB är återkallad.');

    // Focused by keyboard (Tab from the action reaches it), the pointer away: still there.
    (page.getByRole('button', { name: 'Återkalla' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    expect((document.activeElement as HTMLElement | null)?.getAttribute('aria-label')).toBe(
      'Stäng meddelandet',
    );
    await userEvent.unhover(message);
    vi.advanceTimersByTime(hideAfterMs * 4);
    expect(region()?.textContent).toBe('Inbjudan till Exempel AB är återkallad.');

    // The focus gone elsewhere, its time runs again, and then it hides.
    (page.getByRole('button', { name: 'Längre bort' }).element() as HTMLElement).focus();
    await expect.poll(() => vi.getTimerCount()).toBeGreaterThan(0);
    vi.advanceTimersByTime(hideAfterMs);
    vi.useRealTimers();
    await expect.poll(() => region()?.textContent).toBe('');
  });

  it('is dismissed with Escape from inside it', async () => {
    await render(<Harness />);
    await userEvent.click(page.getByRole('button', { name: 'Återkalla' }));
    await userEvent.keyboard('{Tab}');
    // Escape dismisses it.
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => region()?.textContent).toBe('');
  });

  it('offers its action as a button in the tab order', async () => {
    let undone = 0;
    await render(<Harness undo={() => (undone += 1)} />);
    await userEvent.click(page.getByRole('button', { name: 'Återkalla' }));
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.textContent).toBe('Ångra');
    await userEvent.keyboard('{Enter}');
    expect(undone).toBe(1);
  });
});
