import { type ReactNode, useState } from 'react';
import { CollabProvider } from '../../react/collab-provider.js';
import { ShadowView } from '../../react/shadow-view.js';
import type { ThemeName } from '../../theme/appearance.js';

/** The opener's text in the harness: the caller's own button, as the overview renders it. */
export const openerLabel = 'Öppna åtgärden';

/**
 * How the overview and the customer view use these dialogs, for tests and stories: a button
 * in the view's shadow root mounts the dialog, and `onClose` unmounts it again. With
 * `startOpen` the dialog is there at once (a story's still state).
 */
export function ActionHarness({
  apiUrl,
  locale,
  theme = 'light',
  startOpen = false,
  children,
}: {
  apiUrl: string;
  locale: 'sv' | 'en';
  theme?: ThemeName;
  startOpen?: boolean;
  children: (close: () => void) => ReactNode;
}) {
  return (
    <main>
      <CollabProvider
        apiUrl={apiUrl}
        getToken={() => 'test-token'}
        locale={locale}
        appearance={{ theme }}
      >
        <ShadowView view="collaborations" handlers={{}}>
          <ActionLauncher startOpen={startOpen}>{children}</ActionLauncher>
        </ShadowView>
      </CollabProvider>
    </main>
  );
}

/** The caller's opener and the mounted dialog, inside a view's shadow root. */
export function ActionLauncher({
  startOpen,
  children,
}: {
  startOpen: boolean;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(startOpen);
  return (
    <>
      <button type="button" className="collab-button" onClick={() => setOpen(true)}>
        {openerLabel}
      </button>
      {open ? children(() => setOpen(false)) : null}
    </>
  );
}
