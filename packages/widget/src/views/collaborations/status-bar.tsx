import { type CollaborationStatus, collaborationStatuses } from '@collab/contracts';
import { useTranslator } from '../../runtime/widget-context.js';
import type { CountsByStatus } from './overview-model.js';

/**
 * A count per status, over every filter but the status itself, as a row of toggle buttons:
 * pressing one shows only that status (more can be pressed). Each has a thin bar for its
 * share of the whole; a `<progress>` draws it, since the widget sets no inline styles (CSP).
 */
export function StatusBar({
  counts,
  selected,
  onToggle,
}: {
  counts: CountsByStatus;
  selected: readonly CollaborationStatus[];
  onToggle: (status: CollaborationStatus) => void;
}) {
  const translator = useTranslator();
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return (
    <fieldset className="collab-fieldset collab-overview__status-bar">
      <legend className="collab-overview__status-legend">
        {translator.text('overview.statusBar')}
      </legend>
      {collaborationStatuses.map((status) => (
        <button
          key={status}
          type="button"
          className={`collab-overview__status collab-overview__status--${status}`}
          aria-pressed={selected.includes(status)}
          onClick={() => onToggle(status)}
        >
          <span className="collab-overview__status-label">
            {translator.text(`overview.status.${status}`)}
          </span>
          <span className="collab-overview__status-count">{translator.number(counts[status])}</span>
          <progress
            className="collab-overview__status-share"
            aria-hidden="true"
            max={Math.max(total, 1)}
            value={counts[status]}
          />
        </button>
      ))}
    </fieldset>
  );
}
