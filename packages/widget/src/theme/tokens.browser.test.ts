import { afterEach, describe, expect, it } from 'vitest';
import { adoptWidgetStyles } from './appearance.js';

/*
 * The tokens of src/theme/tokens.css as the widget's rules get them in a shadow root: the
 * defaults with nothing set, the dark theme's, and a host's public `--collab-*` value, for the
 * kinds added with the file (elevation, motion) and for the rules that read public tokens
 * directly before it (the ask-colleague notice, which then had no spacing and no border unless
 * the host set those tokens).
 */

let host: HTMLElement | undefined;
afterEach(() => host?.remove());

/** An element of the widget's CSS in a shadow root with the widget's sheets, like a view's. */
function render(html: string, setUp?: (host: HTMLElement) => void): HTMLElement {
  host = document.createElement('div');
  setUp?.(host);
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  adoptWidgetStyles(root, undefined);
  root.innerHTML = `<div class="collab-root">${html}</div>`;
  const element = root.querySelector<HTMLElement>('[data-probe]');
  if (!element) throw new Error('no [data-probe] element');
  return element;
}

describe('the design tokens in a shadow root', () => {
  it('gives the notice its spacing and border with nothing set by the host', () => {
    const notice = getComputedStyle(render('<p class="collab-notice" data-probe>Notis</p>'));
    expect(notice.paddingTop).toBe('4px');
    expect(notice.paddingLeft).toBe('8px');
    expect(notice.marginTop).toBe('8px');
    expect(notice.borderTopWidth).toBe('1px');
    expect(notice.borderLeftWidth).toBe('4px');
    expect(notice.borderLeftColor).toBe('rgb(29, 78, 216)');
    expect(notice.borderTopLeftRadius).toBe('6px');
  });

  it('floats a dialog with the overlay elevation, light and dark, and takes the host’s', () => {
    const dialog = '<dialog class="collab-dialog" data-probe open>Dialog</dialog>';
    expect(getComputedStyle(render(dialog)).boxShadow).toBe(
      'rgba(15, 23, 42, 0.28) 0px 12px 32px 0px',
    );
    host?.remove();
    const dark = render(dialog, (element) => element.setAttribute('theme', 'dark'));
    expect(getComputedStyle(dark).boxShadow).toBe('rgba(0, 0, 0, 0.6) 0px 12px 32px 0px');
    host?.remove();
    const themed = render(dialog, (element) =>
      element.style.setProperty('--collab-shadow-overlay', '0 2px 4px rgb(255 0 0)'),
    );
    expect(getComputedStyle(themed).boxShadow).toBe('rgb(255, 0, 0) 0px 2px 4px 0px');
  });

  it('times the chevron with the fast motion token, and takes the host’s', () => {
    const chevron = '<span class="collab-overview__chevron" data-probe></span>';
    expect(getComputedStyle(render(chevron)).transitionDuration).toBe(
      matchMedia('(prefers-reduced-motion: reduce)').matches ? '0s' : '0.12s',
    );
    host?.remove();
    const themed = render(chevron, (element) =>
      element.style.setProperty('--collab-motion-duration-fast', '300ms'),
    );
    expect(getComputedStyle(themed).transitionDuration).toBe(
      matchMedia('(prefers-reduced-motion: reduce)').matches ? '0s' : '0.3s',
    );
  });
});
