import { useTranslator } from '../../runtime/widget-context.js';
import type { CollaborationView } from '../collaborations/overview-model.js';
import { hasNoCounterpart, isLinkable, useLegacySelection } from './legacy-selection.js';

/**
 * The overview row's parts for an earlier collaboration (flow 6): the mark for a name the
 * catalog has no service for, and the checkbox that selects it for linking several at once.
 */

export function NoCounterpartBadge({ collaboration }: { collaboration: CollaborationView }) {
  const translator = useTranslator();
  if (!hasNoCounterpart(collaboration)) return null;
  return (
    <span className="collab-badge collab-status collab-legacy-badge">
      <svg className="collab-status__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <g
          fill="none"
          stroke="currentColor"
          strokeWidth={1.75}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <circle cx="8" cy="8" r="5.5" />
          <path d="M5.5 8h5" />
        </g>
      </svg>
      {translator.text('legacy.noCounterpart.badge')}
    </span>
  );
}

export function NoCounterpartLine({ collaboration }: { collaboration: CollaborationView }) {
  const translator = useTranslator();
  if (!hasNoCounterpart(collaboration)) return null;
  return (
    <p className="collab-overview__row-line">
      {translator.text('legacy.noCounterpart.line', {
        name: collaboration.legacyServiceName ?? '',
      })}
    </p>
  );
}

/** A checkbox for a linkable earlier collaboration, when the person may link. */
export function LegacySelectBox({ collaboration }: { collaboration: CollaborationView }) {
  const translator = useTranslator();
  const selection = useLegacySelection();
  if (!selection.enabled || !isLinkable(collaboration)) return null;
  return (
    <input
      type="checkbox"
      className="collab-legacy-select"
      aria-label={translator.text('legacy.select', {
        name: collaboration.legacyServiceName ?? '',
        customerName: collaboration.customer.name,
      })}
      checked={selection.selected.has(collaboration.id)}
      onChange={(event) => selection.toggle(collaboration, event.currentTarget.checked)}
    />
  );
}
