import type { ServiceId, ServiceOptions } from '@collab/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useRef } from 'react';
import { type DescribedError, describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import { useEmit, useTranslator, useViewName } from '../../runtime/widget-context.js';
import type { ActivationResult, FieldProblems } from './wizard.js';

/** A draft with nothing missing: what `collaborations.activate` takes, but the key. */
export interface ActivationRequest {
  customerId: string;
  taskId: string;
  services: { service: ServiceId; options: ServiceOptions }[];
}

/** A fresh key per confirmation attempt; `crypto.randomUUID` needs a secure context. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** The server's field errors (`data.fieldErrors`), each shown with the error's own params. */
function serverFieldProblems(error: unknown): FieldProblems {
  if (!(error instanceof TRPCClientError)) return {};
  const data = error.data as
    | { fieldErrors?: Record<string, { code: string }[]> | null; params?: unknown }
    | undefined;
  const params =
    data?.params && typeof data.params === 'object'
      ? (data.params as Record<string, string | number>)
      : {};
  const problems: FieldProblems = {};
  for (const [path, errors] of Object.entries(data?.fieldErrors ?? {})) {
    const first = errors[0];
    if (first) problems[path] = { code: first.code as FieldProblems[string]['code'], params };
  }
  return problems;
}

/**
 * Sends the activation. "Try again" resends with the same idempotency key as long as the
 * request is unchanged, and a changed request gets a new key (docs/flows.md, flow 1), so a
 * retry after a lost answer never activates twice. Reports the outcome as the widget's events.
 */
export function useActivate(handlers: {
  onActivated: (result: ActivationResult) => void;
  /** The server's field errors are by the paths of `request`, the one sent. */
  onFailed: (failure: DescribedError, problems: FieldProblems, request: ActivationRequest) => void;
}) {
  const translator = useTranslator();
  const emit = useEmit();
  const view = useViewName();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const activate = useMutation(trpc.collaborations.activate.mutationOptions());
  // Flow 9: a colleague's prepared invitation is sent as prepared, by its id.
  const sendRequest = useMutation(trpc.activationRequests.send.mutationOptions());
  /** The key of the current attempt, reused while the request it was made for is unchanged. */
  const attempt = useRef<{ key: string; request: string } | null>(null);

  /** With `activationRequestId`, sends that prepared invitation (the input is what it holds). */
  function send(input: ActivationRequest, activationRequestId: string | null = null) {
    const request = JSON.stringify({ input, activationRequestId });
    if (attempt.current?.request !== request)
      attempt.current = { key: newIdempotencyKey(), request };
    const idempotencyKey = attempt.current.key;
    const options = {
      onSuccess(activation: ActivationResult) {
        attempt.current = null;
        handlers.onActivated(activation);
        emit('collab:activated', {
          customerId: input.customerId,
          flow: activation.flow,
          services: activation.services,
          invitationId: activation.invitation?.id ?? null,
        });
        void queryClient.invalidateQueries({
          queryKey: trpc.customers.get.queryKey({ customerId: input.customerId }),
        });
      },
      onError(error: unknown) {
        const described = describeError(error, translator);
        handlers.onFailed(described, serverFieldProblems(error), input);
        emit('collab:error', { ...described, view });
      },
    };
    if (activationRequestId) sendRequest.mutate({ activationRequestId, idempotencyKey }, options);
    else activate.mutate({ ...input, idempotencyKey }, options);
  }

  return { send, sending: activate.isPending || sendRequest.isPending };
}
