import type { RouterOutputs } from '@collab/api';
import {
  type CollaborationStatus,
  collaborationStatusLabels,
  type ErrorParams,
  type ServiceId,
  serviceCatalog,
} from '@collab/contracts';
import { errorMessageOf } from '../../api/errors.js';
import type { CollabErrorCode } from '../../events.js';
import type { Translator } from '../../i18n/translator.js';
import { useTranslator } from '../../runtime/widget-context.js';

export type CollaborationDetails = RouterOutputs['collaborations']['get'];
export type CollaborationView = CollaborationDetails['collaboration'];
export type Session = RouterOutputs['session']['me'];
export type CustomerDetails = RouterOutputs['customers']['get'];
export type TaskSummary = CustomerDetails['tasks'][number];

/** A failure's text in the widget's language, by its code and the error's params. */
export function useErrorMessage(): (code: CollabErrorCode, params: ErrorParams) => string {
  const translator = useTranslator();
  return (code, params) => {
    // The catalog's wording speaks of answering an invitation; here it is about this action.
    if (code === 'ACCOUNT_ADMIN_REQUIRED' && params.accountName !== undefined)
      return translator.text('actions.notAdmin', {
        accountName: String(params.accountName),
        admins: String(params.admins ?? ''),
      });
    return errorMessageOf(translator, code, params);
  };
}

/** The service's name, or the old system's name for an unlinked collaboration. */
export function serviceNameOf(translator: Translator, collaboration: CollaborationView): string {
  if (collaboration.service) return serviceCatalog[collaboration.service].name;
  return translator.text('actions.unlinkedService', {
    name: collaboration.legacyServiceName ?? translator.text('actions.unknownLegacyService'),
  });
}

export function serviceName(service: ServiceId): string {
  return serviceCatalog[service].name;
}

export function statusLabel(translator: Translator, status: CollaborationStatus): string {
  return collaborationStatusLabels[translator.locale][status];
}

export function namesOf(translator: Translator, people: readonly { name: string }[]): string {
  return translator.list(people.map((person) => person.name));
}
