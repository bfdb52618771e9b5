import { useId } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';
import type { ActionKind } from './action-host.js';
import { CollaborationRow } from './collaboration-row.js';
import type { CollaborationView, CustomerGroup } from './overview-model.js';
import type { OverviewRights } from './rights.js';

/**
 * The loaded collaborations by customer. Each customer is a heading with a button that shows
 * or hides its collaborations (`aria-expanded`); a hidden group renders no rows, so thousands
 * of collaborations cost a line per customer until someone opens one.
 */
export function CustomerGroups({
  groups,
  isExpanded,
  onToggle,
  rights,
  onAction,
  registerToggle,
}: {
  groups: readonly CustomerGroup[];
  isExpanded: (customerId: string) => boolean;
  onToggle: (customerId: string) => void;
  rights: OverviewRights | null;
  onAction: (collaboration: CollaborationView, kind: ActionKind, opener: HTMLElement) => void;
  registerToggle: (customerId: string, element: HTMLButtonElement | null) => void;
}) {
  const translator = useTranslator();
  const baseId = useId();
  return (
    <ul className="collab-overview__groups">
      {groups.map((group, index) => {
        const expanded = isExpanded(group.customer.id);
        const listId = `${baseId}-${index}`;
        return (
          <li key={group.customer.id} className="collab-overview__group">
            <h3 className="collab-overview__group-heading">
              <button
                type="button"
                ref={(element) => registerToggle(group.customer.id, element)}
                className="collab-overview__group-toggle"
                aria-expanded={expanded}
                aria-controls={listId}
                onClick={() => onToggle(group.customer.id)}
              >
                <span className="collab-overview__chevron" aria-hidden="true" />
                <span className="collab-overview__customer-name">{group.customer.name}</span>
                <span className="collab-overview__customer-meta">
                  {group.customer.orgNumber}
                  {' · '}
                  {group.total > group.collaborations.length
                    ? translator.plural('overview.group.countOf', group.total, {
                        shown: translator.number(group.collaborations.length),
                      })
                    : translator.plural('overview.group.count', group.total)}
                </span>
              </button>
            </h3>
            <ul id={listId} className="collab-overview__rows" hidden={!expanded}>
              {expanded
                ? group.collaborations.map((collaboration) => (
                    <CollaborationRow
                      key={collaboration.id}
                      collaboration={collaboration}
                      rights={rights}
                      onAction={(kind, opener) => onAction(collaboration, kind, opener)}
                    />
                  ))
                : null}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
