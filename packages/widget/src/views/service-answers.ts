import type { ServiceId } from '@collab/contracts';

/**
 * Per-service answers to an invitation (flow 2 in docs/flows.md), shared by the accept page
 * and the company's own view: which services the admin's choice accepts, once the catalog's
 * dependencies are applied. The server keeps the same rule (INVITATION_SERVICE_REQUIRED);
 * this only says it before anything is sent.
 */

export interface AnswerableService {
  service: ServiceId;
  /** The services it needs that the company does not have active (from the server). */
  needs: readonly ServiceId[];
}

export interface ServiceAnswer {
  service: ServiceId;
  /** Ticked and allowed: sent as accepted. */
  accepted: boolean;
  /** Needs of this invitation that the choice leaves out: it cannot be accepted until they are. */
  blockedBy: ServiceId[];
  /** Needs that are not in the invitation at all: it cannot be accepted from here. */
  missing: ServiceId[];
}

/** Each invited service's answer, given the services the admin unticked. */
export function serviceAnswers(
  services: readonly AnswerableService[],
  unticked: ReadonlySet<ServiceId>,
): ServiceAnswer[] {
  const invited = new Set(services.map(({ service }) => service));
  // The catalog's needs are one level deep (Scanner → eEkonomi), so a needed service is
  // chosen exactly when it is not unticked and has no needs of its own left out.
  const chosen = (service: ServiceId): boolean => {
    const entry = services.find((candidate) => candidate.service === service);
    return (
      entry !== undefined &&
      !unticked.has(service) &&
      entry.needs.every((need) => invited.has(need) && !unticked.has(need))
    );
  };
  return services.map(({ service, needs }) => {
    const missing = needs.filter((need) => !invited.has(need));
    const blockedBy = needs.filter((need) => invited.has(need) && !chosen(need));
    return {
      service,
      accepted: !unticked.has(service) && missing.length === 0 && blockedBy.length === 0,
      blockedBy,
      missing,
    };
  });
}

/** The services to send as declined: every one the answer does not accept. */
export function declinedServicesOf(answers: readonly ServiceAnswer[]): ServiceId[] {
  return answers.filter((answer) => !answer.accepted).map((answer) => answer.service);
}
