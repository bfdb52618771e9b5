import {
  invoiceRecipientOf,
  optionsToStore,
  type ServiceId,
  type ServiceOptions,
  serviceCatalog,
  termsFor,
} from '@collab/contracts';
import type { DescribedError } from '../../api/errors.js';
import { optionLines } from '../../i18n/option-labels.js';
import { payerName } from '../../i18n/payer.js';
import { useTranslator } from '../../runtime/widget-context.js';
import {
  accessText,
  type CustomerDetails,
  type HeadingRef,
  problemText,
  StepHeading,
} from './step-parts.js';
import { isRefusal, type ShownProblems, type StepName } from './wizard.js';

/** Step 4: what will be sent, who pays, what happens next and the terms, before confirming. */
export function ReviewStep({
  headingRef,
  customer,
  agencyName,
  selections,
  taskId,
  problems,
  failure,
  sending,
  onChange,
  changeable = true,
}: {
  headingRef: HeadingRef;
  customer: CustomerDetails;
  /** The agency's name from `session.me`; null when unknown, and the terms say "the agency". */
  agencyName: string | null;
  selections: { service: ServiceId; options: ServiceOptions }[];
  taskId: string | null;
  problems: ShownProblems;
  failure: DescribedError | null;
  sending: boolean;
  onChange: (step: StepName) => void;
  /** False for a colleague's prepared invitation (flow 9), which is sent as prepared. */
  changeable?: boolean;
}) {
  const translator = useTranslator();
  const task = customer.tasks.find((candidate) => candidate.id === taskId);
  const terms = termsFor(
    customer.account ? 'existing_account' : 'new_account',
    translator.locale,
    agencyName ?? translator.text('reviewStep.agency'),
  );
  const contactEmailMissing = customer.account === null && !customer.contact.email;
  const refused = isRefusal(failure);
  return (
    <section aria-busy={sending}>
      <StepHeading headingRef={headingRef} text={translator.text('reviewStep.heading')} />
      {failure ? (
        <div className="collab-alert" role="alert">
          {refused ? (
            <p className="collab-alert__line">{translator.text('reviewStep.notAllowed')}</p>
          ) : null}
          <p className="collab-alert__line">{failure.message}</p>
        </div>
      ) : null}
      <h4 className="collab-minor-heading">{translator.text('services.heading')}</h4>
      <ul className="collab-list">
        {selections.map(({ service, options }) => {
          const problem = problemText(translator, problems[`service.${service}.service`]);
          // Every option in words, the licence that follows the company type too: what the
          // server will store (`optionsToStore`), as the e-mail and the overview will show it.
          const chosenOptions = optionLines(
            translator.locale,
            optionsToStore(service, options, customer.companyType),
          );
          return (
            <li key={service}>
              <span className="collab-strong">{serviceCatalog[service].name}</span>
              {chosenOptions.length > 0 ? ` (${chosenOptions.join(', ')})` : null}.{' '}
              {translator.text('reviewStep.paidBy', {
                payer: payerName(
                  translator,
                  invoiceRecipientOf(options),
                  { customerName: customer.name, agencyName },
                  'agency',
                ),
              })}
              {problem ? <span className="collab-field-error"> {problem}</span> : null}
            </li>
          );
        })}
      </ul>
      {changeable ? (
        <button type="button" className="collab-button" onClick={() => onChange('services')}>
          {translator.text('reviewStep.changeServices')}
        </button>
      ) : null}
      <h4 className="collab-minor-heading">{translator.text('reviewStep.task')}</h4>
      {task ? (
        <p className="collab-paragraph">
          <span className="collab-strong">{task.name}</span>. {accessText(translator, task)}
        </p>
      ) : null}
      {problems.taskId ? (
        <p className="collab-field-error">
          {problemText(translator, problems.taskId, 'taskStep.required')}
        </p>
      ) : null}
      {changeable ? (
        <button type="button" className="collab-button" onClick={() => onChange('task')}>
          {translator.text('reviewStep.changeTask')}
        </button>
      ) : null}
      <h4 className="collab-minor-heading">{translator.text('reviewStep.whatHappens')}</h4>
      <p className="collab-paragraph">
        {customer.account
          ? translator.plural('reviewStep.invitation', customer.account.adminCount)
          : translator.text('reviewStep.activeAtOnce', { contactName: customer.contact.name })}
      </p>
      {contactEmailMissing ? (
        <p className="collab-field-error">
          {translator.error('CONTACT_EMAIL_MISSING', { customerName: customer.name })}
        </p>
      ) : null}
      <h4 className="collab-minor-heading">{translator.text('reviewStep.terms')}</h4>
      <ul className="collab-list">
        {terms.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
