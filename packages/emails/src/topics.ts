import { serviceIds } from '@collab/contracts';
import * as z from 'zod/mini';

/*
 * The e-mails, one topic each, and what each topic's outbox payload holds: one schema per
 * topic that both the writer (`queueEmail` in @collab/api, which refuses a payload that does
 * not fit) and the renderer (`renderEmail`, which refuses to send an e-mail with a hole in it)
 * read. A new field is added here once, and both sides see it in their types.
 */

/** A name, a customer, a person: never blank in an e-mail. */
const words = z.string().check(z.regex(/\S/, { message: 'must not be blank' }));
/** A free text that may be left out: the reason for declining or ending. */
const optionalWords = z.nullish(z.string());

/** A service as offered, with its options as stored; the e-mail puts the options in words. */
export const offeredServiceSchema = z.object({
  service: z.enum(serviceIds),
  name: words,
  options: z.record(z.string(), z.string()),
});
export type OfferedService = z.infer<typeof offeredServiceSchema>;

const offeredServices = z.array(offeredServiceSchema).check(z.minLength(1));
/** The later notices name the services only. */
const serviceNames = z.array(words).check(z.minLength(1));

const invitationPayload = z.object({
  invitationId: words,
  recipientName: words,
  agencyName: words,
  customerName: words,
  invitedByName: words,
  services: offeredServices,
  expiresAt: z.iso.datetime({ message: 'must be an ISO date' }),
});

export const emailPayloadSchemas = {
  /** Flow 1a: the customer had no account; the contact person is now its first admin. */
  signin_instructions: z.object({
    recipientName: words,
    agencyName: words,
    customerName: words,
    services: offeredServices,
  }),
  /** Flow 1b: the company has an account; each admin gets the link to the accept page. */
  invitation: invitationPayload,
  /**
   * Before an unanswered invitation expires: the invitation's payload, with how many days
   * are left at most (the domain decides when to remind, the e-mail only says so).
   */
  invitation_reminder: z.extend(invitationPayload, {
    expiresWithinDays: z.number().check(z.int(), z.positive()),
  }),
  /** Flow 2, accepted: to every admin of the company's account. */
  company_has_access: z.object({
    recipientName: words,
    agencyName: words,
    customerName: words,
    services: serviceNames,
  }),
  /** Flow 2, accepted: to the employee who sent the invitation. */
  invitation_accepted: z.object({
    recipientName: words,
    customerName: words,
    acceptedByName: words,
    /** The services accepted, now active. */
    services: serviceNames,
    /** The services of the invitation the company declined while accepting the rest. */
    declinedServices: z.optional(serviceNames),
  }),
  /** Flow 2, declined: to the employee who sent the invitation, with the reason if given. */
  invitation_declined: z.object({
    recipientName: words,
    customerName: words,
    declinedByName: words,
    reason: optionalWords,
    services: serviceNames,
  }),
  /** Flow 5: the other party ended a collaboration. */
  collaboration_ended: z.object({
    recipientName: words,
    endedByName: words,
    // An unlinked collaboration from the old system may have no service name at all.
    service: z.nullable(words),
    collaborationId: words,
    reason: optionalWords,
    /**
     * Who ended it: the agency (the e-mail goes to the company and speaks for the agency) or
     * the company. Left out by messages queued before it existed: those speak for no one.
     */
    endedBy: z.optional(z.enum(['agency', 'company'])),
  }),
  /**
   * Flow 9: an employee without full rights asks a full-rights colleague to send a prepared
   * invitation. To the colleague, with a link to where the host shows the invite dialog.
   */
  activation_request: z.object({
    activationRequestId: words,
    recipientName: words,
    requestedByName: words,
    agencyName: words,
    customerName: words,
    taskName: words,
    services: offeredServices,
    note: optionalWords,
  }),
  /** Flow 9, dismissed: to the employee who asked, with the colleague's reason if given. */
  activation_request_dismissed: z.object({
    recipientName: words,
    dismissedByName: words,
    customerName: words,
    services: serviceNames,
    reason: optionalWords,
  }),
  /** A webhook endpoint failed for days and was disabled: to the integration's contact. */
  webhook_endpoint_disabled: z.object({
    integrationName: words,
    endpointId: words,
    url: words,
    /** When the failures began, already in words. */
    failingSince: words,
    lastError: optionalWords,
  }),
} as const;

export type EmailTopic = keyof typeof emailPayloadSchemas;
export const emailTopics = Object.keys(emailPayloadSchemas) as EmailTopic[];

/** A topic's payload: what the writer queues and the template reads. */
export type EmailPayloadOf<Topic extends EmailTopic> = z.output<
  (typeof emailPayloadSchemas)[Topic]
>;

export function isEmailTopic(topic: string): topic is EmailTopic {
  return Object.hasOwn(emailPayloadSchemas, topic);
}

/** Topics whose e-mail carries the invitation link, and so needs the sealed token opened. */
export function needsAcceptLink(topic: string): topic is 'invitation' | 'invitation_reminder' {
  return topic === 'invitation' || topic === 'invitation_reminder';
}

/** Topics whose e-mail links to a prepared invitation, so the worker adds that link. */
export function needsActivationRequestLink(topic: string): topic is 'activation_request' {
  return topic === 'activation_request';
}

/** The same schemas, typed so that indexing by a generic topic keeps the topic's payload type. */
const schemasByTopic: { [Topic in EmailTopic]: z.core.$ZodType<EmailPayloadOf<Topic>> } =
  emailPayloadSchemas;

export class EmailPayloadError extends Error {
  override readonly name = 'EmailPayloadError';
}

/**
 * The payload checked against its topic's schema, or an `EmailPayloadError` that names the
 * topic and every field that is wrong. Fields the schema does not know are dropped.
 */
export function parseEmailPayload<Topic extends EmailTopic>(
  topic: Topic,
  payload: unknown,
): EmailPayloadOf<Topic> {
  const result = z.safeParse(schemasByTopic[topic], payload);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`,
  );
  throw new EmailPayloadError(`The e-mail payload for ${topic} is invalid: ${problems.join('; ')}`);
}
