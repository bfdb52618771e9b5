import { invoiceRecipientOf, serviceCatalog } from '@collab/contracts';
import { useId } from 'react';
import { optionLines } from '../../i18n/option-labels.js';
import { payerName } from '../../i18n/payer.js';
import { useTranslator } from '../../runtime/widget-context.js';
import {
  LegacySelectBox,
  NoCounterpartBadge,
  NoCounterpartLine,
} from '../legacy/legacy-row-parts.js';
import { hasNoCounterpart } from '../legacy/legacy-selection.js';
import type { ActionKind } from './action-host.js';
import type { CollaborationView } from './overview-model.js';
import type { OverviewRights } from './rights.js';
import { StatusBadge } from './status-badge.js';

/** The actions this user may take on this collaboration, in the order they are shown. */
export function actionsFor(
  collaboration: CollaborationView,
  rights: OverviewRights | null,
): ActionKind[] {
  if (!rights) return [];
  const actions: ActionKind[] = [];
  const active = collaboration.status === 'active';
  // Any employee may change the task; the drawer offers the options only to full rights.
  if (active && collaboration.linked) actions.push('edit');
  if (active && collaboration.linked && rights.end) actions.push('end');
  // An earlier collaboration the catalog has no service for is marked instead (flow 6).
  if (!collaboration.linked && rights.link && !hasNoCounterpart(collaboration))
    actions.push('link');
  actions.push('history');
  return actions;
}

/** One collaboration in its customer's group: what, which task, status, dates, actions. */
export function CollaborationRow({
  collaboration,
  rights,
  onAction,
}: {
  collaboration: CollaborationView;
  rights: OverviewRights | null;
  onAction: (kind: ActionKind, opener: HTMLElement) => void;
}) {
  const translator = useTranslator();
  const titleId = useId();
  const name = collaboration.service
    ? serviceCatalog[collaboration.service].name
    : (collaboration.legacyServiceName ?? '');
  const options = optionLines(translator.locale, collaboration.options);
  const invitation = collaboration.invitation;
  const when =
    collaboration.status === 'ended' && collaboration.endedAt
      ? translator.text('overview.row.ended', { date: translator.date(collaboration.endedAt) })
      : collaboration.status === 'active' && collaboration.activatedAt
        ? translator.text('overview.row.activated', {
            date: translator.date(collaboration.activatedAt),
          })
        : collaboration.status === 'pending' && invitation
          ? translator.text('overview.row.expires', { date: translator.date(invitation.expiresAt) })
          : collaboration.status === 'expired' && invitation
            ? translator.text('overview.row.expired', {
                date: translator.date(invitation.expiresAt),
              })
            : translator.text('overview.row.created', {
                date: translator.date(collaboration.createdAt),
              });
  // Why it closed, in the words of whoever closed it: the company's admin or the ender.
  const reason =
    collaboration.status === 'declined'
      ? invitation?.declineReason
      : collaboration.status === 'ended'
        ? collaboration.endReason
        : null;
  const actions = actionsFor(collaboration, rights);
  return (
    <li className="collab-overview__row" data-collaboration-id={collaboration.id}>
      <LegacySelectBox collaboration={collaboration} />
      <div className="collab-overview__row-main">
        <h4 className="collab-overview__row-title" id={titleId}>
          <span>{name}</span>
          <StatusBadge kind={collaboration.status} />
          {collaboration.linked ? null : <StatusBadge kind="unlinked" />}
          <NoCounterpartBadge collaboration={collaboration} />
        </h4>
        <p className="collab-overview__row-line">
          {collaboration.linked
            ? [
                ...options,
                translator.text('overview.row.paidBy', {
                  payer: payerName(
                    translator,
                    invoiceRecipientOf(collaboration.options),
                    { customerName: collaboration.customer.name, agencyName: null },
                    'agency',
                  ),
                }),
              ].join(' · ')
            : translator.text('overview.row.legacy', { name })}
        </p>
        <p className="collab-overview__row-line collab-muted">
          {collaboration.task
            ? translator.text('overview.row.task', {
                task: collaboration.task.name,
                owner: collaboration.task.owner.name,
              })
            : translator.text('overview.row.noTask')}
          {' · '}
          {when}
        </p>
        <NoCounterpartLine collaboration={collaboration} />
        {reason ? (
          <p className="collab-overview__row-line">
            {translator.text(
              collaboration.status === 'declined'
                ? 'overview.row.declineReason'
                : 'overview.row.endReason',
              { reason },
            )}
          </p>
        ) : null}
      </div>
      {actions.length > 0 ? (
        <div className="collab-overview__row-actions">
          {actions.map((kind) => (
            <button
              key={kind}
              type="button"
              className={`collab-button collab-overview__action${kind === 'link' ? ' collab-button--primary' : ''}`}
              aria-describedby={titleId}
              aria-haspopup="dialog"
              onClick={(event) => onAction(kind, event.currentTarget)}
            >
              {translator.text(`overview.action.${kind}`)}
            </button>
          ))}
        </div>
      ) : null}
    </li>
  );
}
