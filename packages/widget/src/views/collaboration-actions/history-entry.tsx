import type { RouterOutputs } from '@collab/api';
import {
  isCollaborationStatus,
  optionNameLabel,
  optionValueLabel,
  type ServiceId,
  serviceCatalog,
  serviceIds,
} from '@collab/contracts';
import type { Ref } from 'react';
import type { Translator } from '../../i18n/translator.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { statusLabel, type TaskSummary } from './labels.js';

export type HistoryEntry = RouterOutputs['audit']['list']['items'][number];

function eventName(translator: Translator, action: string): string {
  return translator.label(
    `actions.history.event.${action}`,
    translator.text('actions.history.unknownEvent', { action }),
  );
}

/**
 * Who did it: the company's people by the company's name, which reads the same to agency staff
 * and to the company itself (docs/glossary.md: "kunden" to one is "ert företag" to the other).
 */
function actorName(
  translator: Translator,
  actor: HistoryEntry['actor'],
  customerName: string,
): string {
  switch (actor.type) {
    case 'employee':
      return translator.text('actions.history.byEmployee', { name: actor.name });
    case 'account_user':
      return translator.text('actions.history.byCustomer', {
        name: actor.name,
        company: customerName,
      });
    case 'system':
      return translator.text('actions.history.bySystem');
    default:
      return actor satisfies never;
  }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function isServiceId(value: unknown): value is ServiceId {
  return typeof value === 'string' && (serviceIds as readonly string[]).includes(value);
}

/** What changed, in words: options, task, status, reason, the old system's name. */
function detailsOf(
  translator: Translator,
  entry: HistoryEntry,
  tasks: readonly TaskSummary[],
): string[] {
  const before = record(entry.before);
  const after = record(entry.after);
  const lines: string[] = [];
  const taskName = (taskId: unknown) =>
    taskId === null || taskId === undefined
      ? translator.text('actions.noTask')
      : (tasks.find((task) => task.id === taskId)?.name ??
        translator.text('actions.edit.otherTask'));
  const change = (field: string, from: string, to: string) =>
    translator.text('actions.history.change', { field, before: from, after: to });

  if (entry.action === 'collaboration.linked' && isServiceId(after.service)) {
    lines.push(
      change(
        translator.text('actions.service'),
        text(before.legacyServiceName) ?? translator.text('actions.unknownLegacyService'),
        serviceCatalog[after.service].name,
      ),
    );
  }
  if ('taskId' in before && 'taskId' in after && before.taskId !== after.taskId) {
    const known = (taskId: unknown) => taskId === null || tasks.some((task) => task.id === taskId);
    // The company's users do not see the agency's tasks: only that the task changed.
    lines.push(
      known(before.taskId) && known(after.taskId)
        ? change(translator.text('actions.task'), taskName(before.taskId), taskName(after.taskId))
        : translator.text('actions.history.taskChanged'),
    );
  }
  const beforeOptions = record(before.options);
  const afterOptions = record(after.options);
  for (const [name, value] of Object.entries(afterOptions)) {
    const previous = beforeOptions[name];
    if (typeof value === 'string' && typeof previous === 'string' && previous !== value) {
      lines.push(
        change(
          optionNameLabel(translator.locale, name),
          optionValueLabel(translator.locale, name, previous),
          optionValueLabel(translator.locale, name, value),
        ),
      );
    }
  }
  if (
    isCollaborationStatus(before.status) &&
    isCollaborationStatus(after.status) &&
    before.status !== after.status
  ) {
    lines.push(
      change(
        translator.text('actions.status'),
        statusLabel(translator, before.status),
        statusLabel(translator, after.status),
      ),
    );
  }
  const reason = text(after.reason);
  if (reason) lines.push(translator.text('actions.history.reason', { reason }));
  const legacyName =
    entry.action === 'collaboration.imported' ? text(after.legacyServiceName) : null;
  if (legacyName) lines.push(translator.text('actions.history.legacyName', { name: legacyName }));
  const expiresAt = entry.action === 'invitation.resent' ? text(after.expiresAt) : null;
  if (expiresAt)
    lines.push(translator.text('actions.history.expires', { date: translator.date(expiresAt) }));
  if (Array.isArray(before.participantIds) && Array.isArray(after.participantIds)) {
    lines.push(
      translator.text('actions.history.participants', {
        before: before.participantIds.length,
        after: after.participantIds.length,
      }),
    );
  }
  return lines;
}

/** One event: what happened, who did it and when, and what changed. */
export function HistoryItem({
  entry,
  tasks,
  customerName,
  itemRef,
}: {
  entry: HistoryEntry;
  tasks: readonly TaskSummary[];
  /** The company's name, for its people's entries. */
  customerName: string;
  itemRef?: Ref<HTMLLIElement> | undefined;
}) {
  const translator = useTranslator();
  return (
    <li tabIndex={-1} ref={itemRef}>
      <p className="collab-action-event">{eventName(translator, entry.action)}</p>
      <p className="collab-muted">
        {actorName(translator, entry.actor, customerName)},{' '}
        <time dateTime={entry.createdAt}>{translator.date(entry.createdAt, 'dateTime')}</time>
      </p>
      {detailsOf(translator, entry, tasks).map((line) => (
        <p className="collab-paragraph" key={line}>
          {line}
        </p>
      ))}
    </li>
  );
}
