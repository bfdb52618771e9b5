import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { nextToastId, type ToastContent, ToastSlot } from '../../ui/toast.js';
import type { CustomerDetails } from './step-parts.js';

/** More people than this, and the list gets a search field. */
const searchFrom = 8;

type Task = CustomerDetails['tasks'][number];

/**
 * "Change participants" for the chosen task (flow 1 in docs/flows.md): a disclosure with the
 * agency's employees as checkboxes, saved with `tasks.setParticipants` (full rights; the
 * server decides). Saved, the customer's tasks are what the dialog shows, so the access line
 * says the new names at once.
 */
export function ParticipantsEditor({ customerId, task }: { customerId: string; task: Task }) {
  const translator = useTranslator();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(task.participants.map((person) => person.id)),
  );
  const [search, setSearch] = useState('');
  const [toast, setToast] = useState<ToastContent | null>(null);
  const candidates = useQuery({
    ...trpc.tasks.participantCandidates.queryOptions(),
    enabled: open,
  });
  const save = useMutation(trpc.tasks.setParticipants.mutationOptions());

  // Someone who is a participant but no longer in the list (deactivated) stays choosable, so
  // that saving never drops them unseen.
  const people = [
    ...(candidates.data ?? []),
    ...task.participants.filter(
      (person) => !(candidates.data ?? []).some((candidate) => candidate.id === person.id),
    ),
  ];
  const query = search.trim().toLocaleLowerCase(translator.locale);
  const shown = query
    ? people.filter((person) => person.name.toLocaleLowerCase(translator.locale).includes(query))
    : people;

  function openEditor() {
    setChosen(new Set(task.participants.map((person) => person.id)));
    setSearch('');
    save.reset();
    setOpen(true);
  }

  function close() {
    setOpen(false);
    toggleRef.current?.focus();
  }

  function submit() {
    if (save.isPending) return;
    save.mutate(
      { taskId: task.id, participantIds: people.flatMap((p) => (chosen.has(p.id) ? [p.id] : [])) },
      {
        async onSuccess(saved) {
          const key = trpc.customers.get.queryKey({ customerId });
          queryClient.setQueryData(key, (current) =>
            current
              ? {
                  ...current,
                  tasks: current.tasks.map((each) => (each.id === saved.id ? saved : each)),
                }
              : current,
          );
          close();
          setToast({
            id: nextToastId(),
            message: translator.text('taskStep.participantsSaved', { task: task.name }),
          });
          await queryClient.invalidateQueries({ queryKey: key });
        },
      },
    );
  }

  const failure = save.error ? describeError(save.error, translator) : null;
  const listId = `${id}-people`;
  return (
    <div className="collab-participants">
      <button
        type="button"
        className="collab-button"
        ref={toggleRef}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => (open ? close() : openEditor())}
      >
        {translator.text('taskStep.changeParticipants')}
      </button>
      <ToastSlot toast={toast} onDismiss={() => setToast(null)} />
      {open ? (
        <div className="collab-participants__editor" id={listId}>
          {candidates.isPending ? (
            <p className="collab-muted" role="status">
              {translator.text('taskStep.loadingPeople')}
            </p>
          ) : candidates.error ? (
            <div>
              <p className="collab-alert" role="alert">
                {describeError(candidates.error, translator).message}
              </p>
              <button
                type="button"
                className="collab-button"
                onClick={() => void candidates.refetch()}
              >
                {translator.text('inviteDialog.retry')}
              </button>
            </div>
          ) : (
            <fieldset className="collab-fieldset">
              <legend className="collab-legend">
                {translator.text('taskStep.participantsLegend', { task: task.name })}
              </legend>
              {people.length > searchFrom ? (
                <div className="collab-field">
                  <label htmlFor={`${id}-search`}>{translator.text('taskStep.searchPeople')}</label>
                  <input
                    id={`${id}-search`}
                    className="collab-input"
                    type="search"
                    autoComplete="off"
                    value={search}
                    onChange={(event) => setSearch(event.target.value)}
                  />
                </div>
              ) : null}
              {shown.length === 0 ? (
                <p className="collab-muted">{translator.text('taskStep.noPeopleMatch')}</p>
              ) : (
                <ul className="collab-participants__list">
                  {shown.map((person) => (
                    <li key={person.id} className="collab-choice">
                      <input
                        type="checkbox"
                        id={`${id}-${person.id}`}
                        checked={chosen.has(person.id)}
                        onChange={(event) => {
                          const next = new Set(chosen);
                          if (event.target.checked) next.add(person.id);
                          else next.delete(person.id);
                          setChosen(next);
                        }}
                      />
                      <label htmlFor={`${id}-${person.id}`}>{person.name}</label>
                    </li>
                  ))}
                </ul>
              )}
            </fieldset>
          )}
          {failure ? (
            <p className="collab-alert" role="alert">
              {failure.message}
            </p>
          ) : null}
          <div className="collab-participants__actions">
            <button
              type="button"
              className="collab-button collab-button--primary"
              aria-disabled={save.isPending || !candidates.data}
              onClick={() => {
                if (candidates.data) submit();
              }}
            >
              {translator.text(
                save.isPending ? 'taskStep.savingParticipants' : 'taskStep.saveParticipants',
              )}
            </button>
            <button type="button" className="collab-button" onClick={close}>
              {translator.text('taskStep.closeParticipants')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
