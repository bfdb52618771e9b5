import type { RouterOutputs } from '@collab/api';
import {
  type CollaborationStatus,
  collaborationStatusLabels,
  type InvoiceRecipient,
  type ServiceOptions,
  serviceCatalog,
} from '@collab/contracts';
import { optionLines } from '../../i18n/option-labels.js';
import type { Translator } from '../../i18n/translator.js';

export type AccountCollaborations = RouterOutputs['account']['collaborations'];
export type Collaboration = AccountCollaborations['collaborations'][number];
export type PendingInvitation = AccountCollaborations['pendingInvitations'][number];
export type ServiceAccess = RouterOutputs['access']['list'][number];

/** A collaboration's service by name; an unlinked one from the old system by its old name. */
export function serviceNameOf(translator: Translator, collaboration: Collaboration): string {
  if (collaboration.service) return serviceCatalog[collaboration.service].name;
  return translator.text('customerView.unlinked', {
    name: collaboration.legacyServiceName ?? '',
  });
}

/** "Aktivt", "Avslutat": the contracts' label, as a badge starts. */
export function statusText(translator: Translator, status: CollaborationStatus): string {
  const label = collaborationStatusLabels[translator.locale][status];
  return label.charAt(0).toLocaleUpperCase(translator.locale) + label.slice(1);
}

/** The options other than who pays (shown on its own), as "Variant: Smart, Period: 12 månader". */
export function optionsText(translator: Translator, options: ServiceOptions): string | null {
  const shown = optionLines(translator.locale, options);
  return shown.length > 0 ? shown.join(', ') : null;
}

export function payerText(translator: Translator, recipient: InvoiceRecipient): string {
  return recipient === 'agency'
    ? translator.text('customerView.payer.agency')
    : translator.text('customerView.payer.customer');
}
