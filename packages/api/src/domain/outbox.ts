import type { Locale } from '@collab/contracts';
import { outboxMessages, type Transaction } from '@collab/db';
import { type EmailPayloadOf, type EmailTopic, parseEmailPayload } from '@collab/emails';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';

/** The e-mails the domain queues: the topics of `@collab/emails`, one template each. */
export type EmailTemplate = EmailTopic;

interface QueuedEmailOf<Template extends EmailTemplate> {
  template: Template;
  to: string;
  locale: Locale;
  /** Checked against the topic's schema in `@collab/emails`, which the renderer reads too. */
  payload: EmailPayloadOf<Template>;
  relatedId: string;
  /**
   * The agency the e-mail is about: its links go to the pages of the integration that owns the
   * agency (its accept and sign-in URLs). Null only when no agency is involved.
   */
  agencyId: string | null;
  /** Already sealed with the context's secret box. */
  sealedSecret?: string;
}

/** One e-mail to queue: the payload's type follows the template. */
export type QueuedEmail = { [Template in EmailTemplate]: QueuedEmailOf<Template> }[EmailTemplate];

/**
 * Written in the caller's transaction: the message exists if and only if the change does.
 * A payload that does not fit its topic's schema throws, and so rolls the change back,
 * rather than leaving an e-mail in the outbox that the worker could never render.
 */
export function queueEmail(transaction: Transaction, email: QueuedEmail, now: Date): void {
  const payload = parseEmailPayload(email.template, email.payload);
  transaction
    .insert(outboxMessages)
    .values({
      id: crypto.randomUUID(),
      kind: 'email',
      topic: email.template,
      recipient: email.to,
      locale: email.locale,
      payload,
      relatedId: email.relatedId,
      agencyId: email.agencyId,
      sealedSecret: email.sealedSecret ?? null,
      status: 'pending',
      nextAttemptAt: now,
      createdAt: now,
    })
    .run();
}

/**
 * Once an invitation is answered, withdrawn or re-sent, its token is useless: e-mails not yet
 * delivered that carry it are not sent, and every sealed copy of it is wiped. Until then the
 * sealed copy stays, so that the expiry reminder can carry the same link.
 */
export function retireInvitationEmails(transaction: Transaction, invitationId: string): void {
  transaction
    .update(outboxMessages)
    .set({ status: 'superseded' })
    .where(
      and(
        eq(outboxMessages.relatedId, invitationId),
        inArray(outboxMessages.topic, [
          'invitation',
          'invitation_reminder',
        ] satisfies EmailTemplate[]),
        eq(outboxMessages.status, 'pending'),
      ),
    )
    .run();
  transaction
    .update(outboxMessages)
    .set({ sealedSecret: null })
    .where(and(eq(outboxMessages.relatedId, invitationId), isNotNull(outboxMessages.sealedSecret)))
    .run();
}
