import type { ReactNode } from 'react';
import type { DescribedError } from '../../api/errors.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { ScreenHeading } from './screen-focus.js';

/**
 * The lines of a screen that explains why the person cannot answer (an `alert`, as it stops
 * them), or that the invitation is closed (not alarming, so read in order).
 */
export function Notice({ lines, alert }: { lines: string[]; alert: boolean }) {
  return (
    <div className="collab-accept__notice" role={alert ? 'alert' : undefined}>
      {lines
        .filter((line) => line !== '')
        .map((line) => (
          <p className="collab-paragraph" key={line}>
            {line}
          </p>
        ))}
    </div>
  );
}

/** A screen that is only its heading and notice, plus anything it adds below. */
export function NoticeScreen({
  heading,
  lines,
  alert,
  children,
}: {
  heading: string;
  lines: string[];
  alert: boolean;
  children?: ReactNode;
}) {
  return (
    <section>
      <ScreenHeading>{heading}</ScreenHeading>
      <Notice lines={lines} alert={alert} />
      {children}
    </section>
  );
}

/** An answer that failed without changing anything, shown beside the button that sent it. */
export function ActionFailure({ id, failure }: { id: string; failure: DescribedError }) {
  const translator = useTranslator();
  return (
    <div className="collab-alert" role="alert" id={id}>
      <p className="collab-alert__line">{translator.text('accept.actionFailed')}</p>
      <p className="collab-alert__line">{failure.message}</p>
    </div>
  );
}
