import { serviceCatalog } from '@collab/contracts';
import { payerName } from '../../i18n/payer.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { type CollaborationView, serviceNameOf, statusLabel } from './labels.js';

/** Whose collaboration it is and what it holds: the context every action starts from. */
export function CollaborationFacts({
  collaboration,
  showAgency,
}: {
  collaboration: CollaborationView;
  /** The company's own users work with several agencies: name the one this is with. */
  showAgency: boolean;
}) {
  const translator = useTranslator();
  const paidByOption =
    collaboration.service && 'invoiceRecipient' in serviceCatalog[collaboration.service].options;
  const rows: [string, string][] = [
    [translator.text('actions.customer'), collaboration.customer.name],
    ...(showAgency
      ? [[translator.text('actions.agency'), collaboration.agency.name] as [string, string]]
      : []),
    [translator.text('actions.service'), serviceNameOf(translator, collaboration)],
    [
      translator.text('actions.task'),
      collaboration.task ? collaboration.task.name : translator.text('actions.noTask'),
    ],
    [translator.text('actions.status'), statusLabel(translator, collaboration.status)],
    ...(paidByOption
      ? [
          [
            translator.text('actions.paidBy'),
            payerName(
              translator,
              collaboration.invoiceRecipient,
              { customerName: collaboration.customer.name, agencyName: collaboration.agency.name },
              showAgency ? 'company' : 'agency',
            ),
          ] as [string, string],
        ]
      : []),
  ];
  return (
    <dl className="collab-facts collab-action-facts">
      {rows.map(([term, value]) => (
        <div className="collab-facts__row" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
