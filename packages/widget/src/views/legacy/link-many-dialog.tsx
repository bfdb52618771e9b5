import type { RouterOutputs } from '@collab/api';
import {
  defaultOptions,
  type ServiceId,
  serviceCatalog,
  serviceList,
  suggestedServiceFor,
} from '@collab/contracts';
import { useMutation, useQueries } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import { useTranslator } from '../../runtime/widget-context.js';
import {
  ActionDialog,
  ActionFooter,
  useFocusWhen,
} from '../collaboration-actions/action-dialog.js';
import type { CollaborationView } from '../collaborations/overview-model.js';
import { usePanelText } from './panel-text.js';

export type LinkManyResult = RouterOutputs['collaborations']['linkMany'];

interface RowChoice {
  service: ServiceId | '';
  /** Undefined until the person chooses: a customer with one task then has it chosen. */
  taskId: string | undefined;
}

/**
 * Flow 6, several at once: a review of the selected earlier collaborations, each with the
 * service its old name suggests (the contracts' matcher, as in the single link) and a task of
 * its customer, then one `collaborations.linkMany` call and a result per row. Every choice is
 * a native select, so the whole review works with the keyboard alone.
 */
export function LinkManyDialog({
  collaborations,
  onClose,
  onDone,
}: {
  collaborations: readonly CollaborationView[];
  onClose: () => void;
  /** Linked on the server (some rows may have failed); the dialog shows the result. */
  onDone: (result: LinkManyResult) => void;
}) {
  const translator = useTranslator();
  const panel = usePanelText();
  const trpc = useTRPC();
  const baseId = useId();
  const customerIds = [...new Set(collaborations.map((item) => item.customer.id))];
  const customers = useQueries({
    queries: customerIds.map((customerId) => trpc.customers.get.queryOptions({ customerId })),
  });
  const tasksOf = (customerId: string) =>
    customers[customerIds.indexOf(customerId)]?.data?.tasks ?? [];
  const tasksLoading = customers.some((query) => query.isPending);
  const tasksError = customers.find((query) => query.error)?.error ?? null;

  /** A service the customer already has (pending or active), which a link would be refused. */
  const takenFor = (customerId: string) =>
    new Set(
      (customers[customerIds.indexOf(customerId)]?.data?.openCollaborations ?? []).map(
        (open) => open.service,
      ),
    );
  const [choices, setChoices] = useState<Record<string, RowChoice>>(() =>
    Object.fromEntries(
      collaborations.map((item) => [
        item.id,
        { service: suggestedServiceFor(item.legacyServiceName) ?? '', taskId: undefined },
      ]),
    ),
  );
  // Once the customers are read, a suggestion the customer already has is not kept chosen.
  const [suggestionsChecked, setSuggestionsChecked] = useState(false);
  useEffect(() => {
    if (suggestionsChecked || tasksLoading) return;
    setSuggestionsChecked(true);
    setChoices((current) =>
      Object.fromEntries(
        collaborations.map((item) => {
          const choice = current[item.id] ?? { service: '', taskId: undefined };
          const taken = choice.service !== '' && takenFor(item.customer.id).has(choice.service);
          return [item.id, taken ? { ...choice, service: '' } : choice];
        }),
      ),
    );
  });
  const [showMissing, setShowMissing] = useState(false);
  const [missingRound, setMissingRound] = useState(0);
  const [result, setResult] = useState<LinkManyResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const bodyRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  useFocusWhen(resultRef, result);
  useEffect(() => {
    if (missingRound > 0)
      bodyRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [missingRound]);

  const linkMany = useMutation(trpc.collaborations.linkMany.mutationOptions());

  function taskOf(item: CollaborationView): string {
    const choice = choices[item.id];
    if (choice?.taskId !== undefined) return choice.taskId;
    const tasks = tasksOf(item.customer.id);
    return tasks.length === 1 ? (tasks[0]?.id ?? '') : '';
  }

  function choose(id: string, change: Partial<RowChoice>) {
    setChoices((current) => ({
      ...current,
      [id]: { service: '', taskId: undefined, ...current[id], ...change },
    }));
  }

  const missing = collaborations.filter(
    (item) => !choices[item.id]?.service || taskOf(item) === '',
  );

  function confirm() {
    if (linkMany.isPending) return;
    if (missing.length > 0) {
      setShowMissing(true);
      setMissingRound((round) => round + 1);
      return;
    }
    setFailure(null);
    const links = collaborations.map((item) => {
      const service = choices[item.id]?.service as ServiceId;
      return {
        collaborationId: item.id,
        taskId: taskOf(item),
        selection: { service, options: defaultOptions(service) },
      };
    });
    linkMany.mutate(
      { links },
      {
        onSuccess(answer) {
          setResult(answer);
          setAnnouncement(
            panel.text('legacy.many.resultSummary', {
              linked: translator.number(answer.linked),
              failed: translator.number(answer.failed),
            }),
          );
          onDone(answer);
        },
        onError(error) {
          setFailure(
            panel.text('legacy.many.failed', {
              message: describeError(error, translator).message,
            }),
          );
        },
      },
    );
  }

  function outcomeText(item: CollaborationView): string {
    const row = result?.rows.find((candidate) => candidate.collaborationId === item.id);
    if (!row) return '';
    if (row.outcome === 'failed')
      return panel.text('legacy.many.rowFailed', {
        message: translator.error(row.error.code, row.error.params),
      });
    const service = serviceCatalog[row.service].name;
    if (row.status === 'pending') return panel.text('legacy.many.rowInvited', { service });
    const task = tasksOf(item.customer.id).find((candidate) => candidate.id === taskOf(item));
    return panel.text('legacy.many.rowLinked', { service, task: task?.name ?? '' });
  }

  const reviewing = result === null;
  return (
    <ActionDialog
      kind="drawer"
      title={panel.text('legacy.many.title')}
      subtitle={translator.plural('legacy.bar.selected', collaborations.length)}
      onClose={onClose}
      busy={tasksLoading || linkMany.isPending}
      footer={
        <ActionFooter
          confirm={
            reviewing && !tasksLoading && !tasksError
              ? {
                  label: panel.text('legacy.many.confirm'),
                  pendingLabel: panel.text('legacy.many.linking'),
                  failed: failure !== null,
                  pending: linkMany.isPending,
                  onConfirm: confirm,
                }
              : null
          }
          closeLabel={translator.text(reviewing ? 'actions.cancel' : 'actions.close')}
          onClose={onClose}
        />
      }
    >
      <div ref={bodyRef}>
        <div role="status" aria-live="polite" className="collab-announcement">
          {announcement}
        </div>
        {reviewing ? (
          <p className="collab-paragraph">{panel.text('legacy.many.intro')}</p>
        ) : (
          <>
            <h3 className="collab-subheading collab-action-focus" tabIndex={-1} ref={resultRef}>
              {panel.text('legacy.many.resultHeading')}
            </h3>
            <p className="collab-paragraph">{announcement}</p>
          </>
        )}
        {tasksError ? (
          <p className="collab-alert" role="alert">
            {describeError(tasksError, translator).message}
          </p>
        ) : tasksLoading ? (
          <p className="collab-muted">{panel.text('legacy.many.loadingTasks')}</p>
        ) : (
          <table className="collab-legacy-table">
            <caption>{panel.text('legacy.many.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{panel.text('legacy.many.earlier')}</th>
                <th scope="col">{panel.text('legacy.many.customer')}</th>
                {reviewing ? (
                  <>
                    <th scope="col">{panel.text('legacy.many.service')}</th>
                    <th scope="col">{panel.text('legacy.many.task')}</th>
                  </>
                ) : (
                  <th scope="col">{panel.text('legacy.many.result')}</th>
                )}
              </tr>
            </thead>
            <tbody>
              {collaborations.map((item, index) => {
                const name = item.legacyServiceName ?? '';
                const names = { name, customerName: item.customer.name };
                const service = choices[item.id]?.service ?? '';
                const taskId = taskOf(item);
                const tasks = tasksOf(item.customer.id);
                const suggested = suggestedServiceFor(item.legacyServiceName);
                const rowId = `${baseId}-${index}`;
                const invalid = showMissing && (service === '' || taskId === '');
                return (
                  <tr key={item.id} data-collaboration-id={item.id}>
                    <th scope="row">{name}</th>
                    <td>{item.customer.name}</td>
                    {reviewing ? (
                      <>
                        <td data-invalid={showMissing && service === ''}>
                          <select
                            aria-label={panel.text('legacy.many.serviceFor', names)}
                            value={service}
                            aria-invalid={showMissing && service === '' ? true : undefined}
                            aria-describedby={
                              [
                                service !== '' && service === suggested ? `${rowId}-hint` : null,
                                invalid ? `${rowId}-missing` : null,
                              ]
                                .filter(Boolean)
                                .join(' ') || undefined
                            }
                            onChange={(event) =>
                              choose(item.id, {
                                service: event.currentTarget.value as ServiceId | '',
                              })
                            }
                          >
                            <option value="">{panel.text('legacy.many.chooseService')}</option>
                            {serviceList.map((candidate) =>
                              takenFor(item.customer.id).has(candidate.id) ? (
                                <option key={candidate.id} value={candidate.id} disabled>
                                  {panel.text('legacy.many.taken', {
                                    service: candidate.name,
                                  })}
                                </option>
                              ) : (
                                <option key={candidate.id} value={candidate.id}>
                                  {candidate.name}
                                </option>
                              ),
                            )}
                          </select>
                          {service !== '' && service === suggested ? (
                            <p className="collab-muted" id={`${rowId}-hint`}>
                              {panel.text('legacy.many.suggested')}
                            </p>
                          ) : null}
                        </td>
                        <td data-invalid={showMissing && taskId === ''}>
                          {tasks.length === 0 ? (
                            <p className="collab-muted" id={`${rowId}-notasks`}>
                              {panel.text('legacy.many.noTasks')}
                            </p>
                          ) : null}
                          <select
                            aria-label={panel.text('legacy.many.taskFor', names)}
                            value={taskId}
                            disabled={tasks.length === 0}
                            aria-invalid={showMissing && taskId === '' ? true : undefined}
                            aria-describedby={invalid ? `${rowId}-missing` : undefined}
                            onChange={(event) =>
                              choose(item.id, { taskId: event.currentTarget.value })
                            }
                          >
                            <option value="">{panel.text('legacy.many.chooseTask')}</option>
                            {tasks.map((task) => (
                              <option key={task.id} value={task.id}>
                                {task.name}
                              </option>
                            ))}
                          </select>
                          {invalid ? (
                            <p className="collab-field-error" id={`${rowId}-missing`}>
                              {panel.text('legacy.many.missing')}
                            </p>
                          ) : null}
                        </td>
                      </>
                    ) : (
                      <td
                        className={
                          result?.rows.find((row) => row.collaborationId === item.id)?.outcome ===
                          'failed'
                            ? 'collab-legacy-outcome--error'
                            : undefined
                        }
                      >
                        {outcomeText(item)}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {reviewing && showMissing && missing.length > 0 ? (
          <p className="collab-alert" role="alert">
            {panel.plural('legacy.many.missingSummary', missing.length)}
          </p>
        ) : null}
        {failure ? (
          <p className="collab-alert" role="alert">
            {failure}
          </p>
        ) : null}
      </div>
    </ActionDialog>
  );
}
