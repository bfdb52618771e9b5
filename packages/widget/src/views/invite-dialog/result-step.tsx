import { collaborationStatusLabels, serviceCatalog } from '@collab/contracts';
import type { Translator } from '../../i18n/translator.js';
import { useTranslator } from '../../runtime/widget-context.js';
import type { HeadingRef } from './step-parts.js';
import { StepHeading } from './step-parts.js';
import type { ActivationResult } from './wizard.js';

/** Step 5: each service's status, and until when an invitation is valid. */
export function ResultStep({
  headingRef,
  result,
}: {
  headingRef: HeadingRef;
  result: ActivationResult;
}) {
  const translator = useTranslator();
  return (
    <section>
      <StepHeading
        headingRef={headingRef}
        text={
          result.flow === 'activated'
            ? translator.text('resultStep.headingActivated')
            : translator.text('resultStep.headingInvited')
        }
      />
      <ul className="collab-list">
        {result.services.map(({ service, status }) => (
          <li key={service}>
            {translator.text('resultStep.serviceStatus', {
              service: serviceCatalog[service].name,
              status: collaborationStatusLabels[translator.locale][status],
            })}
          </li>
        ))}
      </ul>
      {result.invitation ? (
        <p className="collab-paragraph">
          {translator.text('resultStep.expires', {
            date: translator.date(result.invitation.expiresAt),
          })}
        </p>
      ) : null}
    </section>
  );
}

/** What the live region says when the activation is done, and who was e-mailed. */
export function resultSummary(
  translator: Translator,
  activation: ActivationResult,
  customerName: string,
): string {
  const names = translator.list(
    activation.services.map(({ service }) => serviceCatalog[service].name),
  );
  const params = { services: names, customerName };
  const summary =
    activation.flow === 'activated'
      ? translator.plural('resultStep.summaryActivated', activation.services.length, params)
      : translator.plural('resultStep.summaryInvited', activation.services.length, params);
  const emails = translator.text('resultStep.emails', {
    names: translator.list(
      activation.emailsQueued.map((recipient) =>
        translator.text('resultStep.recipient', {
          name: recipient.name,
          maskedEmail: recipient.maskedEmail,
        }),
      ),
    ),
  });
  return `${summary} ${emails}`;
}
