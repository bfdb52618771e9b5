import { serviceCatalog } from '@collab/contracts';
import type { Translator } from '../../i18n/translator.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { type HeadingRef, SuccessHeading } from './step-parts.js';
import type { ActivationResult } from './wizard.js';

/**
 * The result, said once (docs/glossary.md): one heading with a success mark, which gets the
 * focus and so is what a screen reader hears, and the one fact that matters next, who gets
 * the e-mail. The next actions are the dialog's footer buttons; no step counter here.
 */
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
      <SuccessHeading
        headingRef={headingRef}
        text={translator.text(
          result.flow === 'activated' ? 'resultStep.headingActivated' : 'resultStep.headingInvited',
        )}
      />
      <p className="collab-paragraph">{resultFact(translator, result)}</p>
    </section>
  );
}

/** Who gets the e-mail, for which services, and (an invitation) until when its link works. */
export function resultFact(translator: Translator, result: ActivationResult): string {
  const services = translator.list(
    result.services.map(({ service }) => serviceCatalog[service].name),
  );
  const names = translator.list(
    result.emailsQueued.map((recipient) =>
      translator.text('resultStep.recipient', {
        name: recipient.name,
        maskedEmail: recipient.maskedEmail,
      }),
    ),
  );
  const count = result.emailsQueued.length;
  return result.invitation
    ? translator.plural('resultStep.invitedFact', count, {
        names,
        services,
        date: translator.date(result.invitation.expiresAt),
      })
    : translator.plural('resultStep.activatedFact', count, { names, services });
}
