import type * as core from 'zod/v4/core';
import type { Locale } from './locale.js';
import { collaborationStatusLabels, isCollaborationStatus } from './status.js';

/**
 * Every error the API can return, with the tRPC code it travels under and a message in each
 * language. Clients show `messages[locale]` for `data.appCode`, never raw server text.
 * `{name}` in a message is filled from the error's params.
 */
type TrpcCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

interface ErrorDefinition {
  readonly status: TrpcCode;
  readonly sv: string;
  readonly en: string;
}

export const errorCatalog = {
  // General
  VALIDATION_FAILED: {
    status: 'BAD_REQUEST',
    sv: 'Några uppgifter behöver rättas.',
    en: 'Some fields need to be corrected.',
  },
  UNAUTHENTICATED: {
    status: 'UNAUTHORIZED',
    sv: 'Logga in för att fortsätta.',
    en: 'Sign in to continue.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 'PAYLOAD_TOO_LARGE',
    sv: 'Begäran är för stor.',
    en: 'The request is too large.',
  },
  RATE_LIMITED: {
    status: 'TOO_MANY_REQUESTS',
    sv: 'För många försök. Vänta en stund och försök igen.',
    en: 'Too many attempts. Wait a moment and try again.',
  },
  UNKNOWN_PROCEDURE: {
    status: 'NOT_FOUND',
    sv: 'API:et har ingen sådan funktion.',
    en: 'The API has no such procedure.',
  },
  INTERNAL: {
    status: 'INTERNAL_SERVER_ERROR',
    sv: 'Något gick fel hos oss. Försök igen om en stund.',
    en: 'Something went wrong on our side. Try again in a moment.',
  },
  // Who may do what
  EMPLOYEE_REQUIRED: {
    status: 'FORBIDDEN',
    sv: 'Bara byråns medarbetare kan göra detta.',
    en: 'Only the agency’s employees can do this.',
  },
  FULL_RIGHTS_REQUIRED: {
    status: 'FORBIDDEN',
    sv: 'Du behöver full behörighet på byrån för att göra detta. Be en kollega med full behörighet.',
    en: 'You need full rights at the agency to do this. Ask a colleague who has full rights.',
  },
  ACCOUNT_USER_REQUIRED: {
    status: 'FORBIDDEN',
    sv: 'Logga in som användare i företagets konto för att svara på inbjudan.',
    en: 'Sign in as a user of the company’s account to answer the invitation.',
  },
  ACCOUNT_ADMIN_REQUIRED: {
    status: 'FORBIDDEN',
    sv: 'Bara en administratör för {accountName} kan svara på inbjudan. Administratörer: {admins}.',
    en: 'Only an administrator of {accountName} can answer the invitation. Administrators: {admins}.',
  },
  INVITATION_WRONG_COMPANY: {
    status: 'FORBIDDEN',
    sv: 'Inbjudan gäller {customerName}, men du är inloggad för {accountName}. Logga in för rätt företag.',
    en: 'The invitation is for {customerName}, but you are signed in for {accountName}. Sign in for the right company.',
  },
  // Not found (also used where revealing existence would leak another tenant's data)
  CUSTOMER_NOT_FOUND: {
    status: 'NOT_FOUND',
    sv: 'Kunden finns inte.',
    en: 'The customer does not exist.',
  },
  TASK_NOT_FOUND: {
    status: 'NOT_FOUND',
    sv: 'Uppdraget finns inte.',
    en: 'The task does not exist.',
  },
  COLLABORATION_NOT_FOUND: {
    status: 'NOT_FOUND',
    sv: 'Samarbetet finns inte.',
    en: 'The collaboration does not exist.',
  },
  INVITATION_NOT_FOUND: {
    status: 'NOT_FOUND',
    sv: 'Inbjudan finns inte.',
    en: 'The invitation does not exist.',
  },
  INVITATION_LINK_INVALID: {
    status: 'NOT_FOUND',
    sv: 'Länken är inte giltig. Den kan ha ersatts av en nyare inbjudan – använd länken i det senaste e-postmeddelandet.',
    en: 'This link is not valid. It may have been replaced by a newer invitation – use the link in the latest email.',
  },
  // Rules of activation
  TASK_NOT_FOR_CUSTOMER: {
    status: 'BAD_REQUEST',
    sv: 'Uppdraget hör inte till den här kunden.',
    en: 'The task does not belong to this customer.',
  },
  SERVICE_LISTED_TWICE: {
    status: 'BAD_REQUEST',
    sv: '{service} finns med två gånger.',
    en: '{service} is listed twice.',
  },
  SERVICE_REQUIRES: {
    status: 'BAD_REQUEST',
    sv: '{service} kräver ett aktivt samarbete i {required}. Lägg till {required} i samma aktivering.',
    en: '{service} needs an active {required} collaboration. Add {required} to this activation.',
  },
  CONTACT_EMAIL_MISSING: {
    status: 'BAD_REQUEST',
    sv: '{customerName} saknar e-postadress till kontaktpersonen. Lägg till den i kundregistret först.',
    en: '{customerName} has no contact person email address. Add it in the customer register first.',
  },
  ACCOUNT_HAS_NO_ADMINS: {
    status: 'CONFLICT',
    sv: 'Företagets konto har ingen administratör som kan ta emot inbjudan.',
    en: 'The company’s account has no administrator who can receive the invitation.',
  },
  COLLABORATION_EXISTS: {
    status: 'CONFLICT',
    sv: '{service} är redan {status} för kunden (samarbete {collaborationId}).',
    en: '{service} is already {status} for this customer (collaboration {collaborationId}).',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 'CONFLICT',
    sv: 'Nyckeln har redan använts för en annan begäran.',
    en: 'This idempotency key was already used for a different request.',
  },
  // Invitation states
  INVITATION_EXPIRED: {
    status: 'CONFLICT',
    sv: 'Inbjudan gick ut {expiresAt}. Be byrån skicka en ny.',
    en: 'The invitation expired on {expiresAt}. Ask the agency to send a new one.',
  },
  INVITATION_ALREADY_ACCEPTED: {
    status: 'CONFLICT',
    sv: 'Inbjudan är redan accepterad.',
    en: 'The invitation has already been accepted.',
  },
  INVITATION_ALREADY_DECLINED: {
    status: 'CONFLICT',
    sv: 'Inbjudan är redan avböjd.',
    en: 'The invitation has already been declined.',
  },
  INVITATION_CANCELLED: {
    status: 'CONFLICT',
    sv: 'Byrån har återkallat inbjudan.',
    en: 'The agency has cancelled the invitation.',
  },
  INVITATION_REPLACED: {
    status: 'CONFLICT',
    sv: 'Länken har ersatts av en nyare inbjudan. Använd länken i det senaste e-postmeddelandet.',
    en: 'This link has been replaced by a newer invitation. Use the link in the latest email.',
  },
  INVITATION_NOT_PENDING: {
    status: 'CONFLICT',
    sv: 'Inbjudan väntar inte längre på svar ({status}).',
    en: 'The invitation is no longer waiting for an answer ({status}).',
  },
  // Changing and ending collaborations
  VERSION_CONFLICT: {
    status: 'CONFLICT',
    sv: 'Någon annan har ändrat samarbetet medan du redigerade. Se de aktuella värdena och försök igen.',
    en: 'Someone else changed this collaboration while you were editing. Review the current values and try again.',
  },
  COLLABORATION_NOT_ACTIVE: {
    status: 'CONFLICT',
    sv: 'Bara ett aktivt samarbete kan ändras eller avslutas. Det här är {status}.',
    en: 'Only an active collaboration can be changed or ended. This one is {status}.',
  },
  COLLABORATION_UNLINKED: {
    status: 'CONFLICT',
    sv: 'Samarbetet är inte kopplat till en tjänst och ett uppdrag än. Koppla det först.',
    en: 'The collaboration is not linked to a service and a task yet. Link it first.',
  },
  COLLABORATION_ALREADY_LINKED: {
    status: 'CONFLICT',
    sv: 'Samarbetet är redan kopplat.',
    en: 'The collaboration is already linked.',
  },
  ENDING_BLOCKED_BY_DEPENDENTS: {
    status: 'CONFLICT',
    sv: '{service} kan inte avslutas medan {dependents} fortfarande är igång. Avsluta {dependents} först.',
    en: '{service} cannot be ended while {dependents} is still in use. End {dependents} first.',
  },
  DATA_DELETION_NOT_CONFIRMED: {
    status: 'BAD_REQUEST',
    sv: 'När {service} avslutas raderas tjänstens data. Bekräfta att du förstår det innan du avslutar.',
    en: 'Ending {service} deletes the service’s data. Confirm that you understand this before ending.',
  },
  OPTION_REQUIRES_FULL_RIGHTS: {
    status: 'FORBIDDEN',
    sv: 'Bara medarbetare med full behörighet kan ändra variant, period eller fakturamottagare. Du kan byta uppdrag.',
    en: 'Only employees with full rights can change the variant, the period or the invoice recipient. You can change the task.',
  },
  PARTICIPANT_NOT_IN_AGENCY: {
    status: 'BAD_REQUEST',
    sv: 'En av deltagarna är inte medarbetare på byrån.',
    en: 'One of the participants is not an employee of the agency.',
  },
  // Importing collaborations from the old agency system
  LEGACY_FILE_EMPTY: {
    status: 'BAD_REQUEST',
    sv: 'Filen är tom.',
    en: 'The file is empty.',
  },
  LEGACY_FILE_TOO_LARGE: {
    status: 'BAD_REQUEST',
    sv: 'Filen är för stor. Dela upp den i filer på högst 50 000 rader och 5 MB.',
    en: 'The file is too large. Split it into files of at most 50,000 rows and 5 MB.',
  },
  LEGACY_WRONG_COLUMNS: {
    status: 'BAD_REQUEST',
    sv: 'Filen har fel kolumner. Första raden ska vara: {expected}.',
    en: 'The file has the wrong columns. The first row must be: {expected}.',
  },
  LEGACY_WRONG_ENCODING: {
    status: 'BAD_REQUEST',
    sv: 'Filen är inte sparad som UTF-8 (å, ä och ö blir fel). Spara den som ”CSV UTF-8” och försök igen.',
    en: 'The file is not saved as UTF-8 (å, ä and ö come out wrong). Save it as “CSV UTF-8” and try again.',
  },
  LEGACY_ROW_COLUMN_COUNT: {
    status: 'BAD_REQUEST',
    sv: 'Raden har {found} kolumner, men ska ha {expected}.',
    en: 'The row has {found} columns, but should have {expected}.',
  },
  LEGACY_ROW_DATE_INVALID: {
    status: 'BAD_REQUEST',
    sv: 'Startdatumet ”{value}” är inte ett datum på formen ÅÅÅÅ-MM-DD.',
    en: 'The start date “{value}” is not a date of the form YYYY-MM-DD.',
  },
  LEGACY_ROW_NAME_MISSING: {
    status: 'BAD_REQUEST',
    sv: 'Kundnamnet saknas.',
    en: 'The customer name is missing.',
  },
  LEGACY_ROW_SERVICE_MISSING: {
    status: 'BAD_REQUEST',
    sv: 'Tjänstens namn saknas.',
    en: 'The service name is missing.',
  },
  LEGACY_FILE_MALFORMED: {
    status: 'BAD_REQUEST',
    sv: 'Filen kan inte läsas från rad {row}: ett citattecken (") där avslutas aldrig. Rätta raden och försök igen.',
    en: 'The file cannot be read from row {row}: a quote (") there is never closed. Correct the row and try again.',
  },
  // Field-level codes (zod issue messages)
  REQUIRED: { status: 'BAD_REQUEST', sv: 'Fältet måste fyllas i.', en: 'This field is required.' },
  TOO_LONG: {
    status: 'BAD_REQUEST',
    sv: 'Texten är för lång (högst {maximum} tecken).',
    en: 'The text is too long (at most {maximum} characters).',
  },
  TOO_MANY: {
    status: 'BAD_REQUEST',
    sv: 'För många värden (högst {maximum}).',
    en: 'Too many values (at most {maximum}).',
  },
  INVALID_VALUE: {
    status: 'BAD_REQUEST',
    sv: 'Värdet är inte giltigt.',
    en: 'The value is not valid.',
  },
  INVALID_ID: { status: 'BAD_REQUEST', sv: 'Id:t är inte giltigt.', en: 'The id is not valid.' },
  INVALID_EMAIL: {
    status: 'BAD_REQUEST',
    sv: 'E-postadressen är inte giltig.',
    en: 'The email address is not valid.',
  },
  UNKNOWN_FIELD: { status: 'BAD_REQUEST', sv: 'Okänt fält: {keys}.', en: 'Unknown field: {keys}.' },
  UNKNOWN_SERVICE: {
    status: 'BAD_REQUEST',
    sv: 'Tjänsten finns inte i katalogen.',
    en: 'The service is not in the catalog.',
  },
  UNKNOWN_OPTION: {
    status: 'BAD_REQUEST',
    sv: 'Tjänsten har inte det alternativet: {keys}.',
    en: 'The service does not have that option: {keys}.',
  },
  UNKNOWN_OPTION_VALUE: {
    status: 'BAD_REQUEST',
    sv: 'Tjänsten erbjuder inte det värdet.',
    en: 'The service does not offer that value.',
  },
  UNKNOWN_STATUS: { status: 'BAD_REQUEST', sv: 'Okänd status.', en: 'Unknown status.' },
  INVALID_CURSOR: {
    status: 'BAD_REQUEST',
    sv: 'Sidmarkören är inte giltig. Börja om från första sidan.',
    en: 'The page cursor is not valid. Start again from the first page.',
  },
  ORG_NUMBER_EMPTY: {
    status: 'BAD_REQUEST',
    sv: 'Ange ett organisationsnummer.',
    en: 'Enter an organisation number.',
  },
  ORG_NUMBER_INVALID_CHARACTERS: {
    status: 'BAD_REQUEST',
    sv: 'Organisationsnumret får bara innehålla siffror och bindestreck.',
    en: 'The organisation number may only contain digits and a dash.',
  },
  ORG_NUMBER_WRONG_LENGTH: {
    status: 'BAD_REQUEST',
    sv: 'Organisationsnumret ska ha 10 siffror, till exempel 556036-0793.',
    en: 'The organisation number must have 10 digits, for example 556036-0793.',
  },
  ORG_NUMBER_CHECK_DIGIT: {
    status: 'BAD_REQUEST',
    sv: 'Kontrollsiffran stämmer inte. Kontrollera organisationsnumret.',
    en: 'The check digit does not match. Check the organisation number.',
  },
  LEGACY_ROW_NAME_FORMULA: {
    status: 'BAD_REQUEST',
    sv: 'Kundnamnet börjar med ”{character}”, som ett kalkylprogram läser som början på en formel. Ta bort tecknet i filen och importera igen.',
    en: 'The customer name starts with “{character}”, which a spreadsheet reads as the start of a formula. Remove the character in the file and import again.',
  },
  LEGACY_ROW_SERVICE_FORMULA: {
    status: 'BAD_REQUEST',
    sv: 'Tjänstens namn börjar med ”{character}”, som ett kalkylprogram läser som början på en formel. Ta bort tecknet i filen och importera igen.',
    en: 'The service name starts with “{character}”, which a spreadsheet reads as the start of a formula. Remove the character in the file and import again.',
  },
  // What the HTTP server refuses before a procedure runs
  UNSUPPORTED_MEDIA_TYPE: {
    status: 'UNSUPPORTED_MEDIA_TYPE',
    sv: 'Begäran har fel innehållstyp. Skicka JSON med Content-Type: application/json.',
    en: 'The request has the wrong content type. Send JSON with Content-Type: application/json.',
  },
  HEADERS_TOO_LARGE: {
    status: 'PAYLOAD_TOO_LARGE',
    sv: 'Begärans adress eller huvuden är för långa.',
    en: 'The request’s address or headers are too long.',
  },
  ROUTE_NOT_FOUND: {
    status: 'NOT_FOUND',
    sv: 'Det finns inget på den adressen.',
    en: 'There is nothing at this address.',
  },
  REQUEST_INVALID: {
    status: 'BAD_REQUEST',
    sv: 'Begäran kunde inte tolkas.',
    en: 'The request could not be understood.',
  },
  BATCH_TOO_LARGE: {
    status: 'BAD_REQUEST',
    sv: 'För många anrop i en och samma begäran (högst {maximum}).',
    en: 'Too many calls in one request (at most {maximum}).',
  },
  ORIGIN_NOT_ALLOWED: {
    status: 'FORBIDDEN',
    sv: 'Den här webbplatsen får inte anropa Collabs API.',
    en: 'This origin may not call the Collab API.',
  },
  // The integration API (/v1) and widget sessions
  INVALID_EXTERNAL_ID: {
    status: 'BAD_REQUEST',
    sv: 'Id:t får vara 1–255 tecken utan mellanslag, kontrolltecken eller snedstreck.',
    en: 'The id must be 1–255 characters, with no spaces, control characters or slashes.',
  },
  INTEGRATION_KEY_REQUIRED: {
    status: 'UNAUTHORIZED',
    sv: 'Skicka integrationens hemliga nyckel: Authorization: Bearer collab_sk_….',
    en: 'Send the integration’s secret key: Authorization: Bearer collab_sk_….',
  },
  INTEGRATION_KEY_INVALID: {
    status: 'UNAUTHORIZED',
    sv: 'Nyckeln är okänd eller återkallad.',
    en: 'The key is unknown or revoked.',
  },
  AGENCY_NOT_FOUND: {
    status: 'NOT_FOUND',
    sv: 'Byrån finns inte.',
    en: 'The agency does not exist.',
  },
  EMPLOYEE_NOT_FOUND: {
    status: 'NOT_FOUND',
    sv: 'Medarbetaren finns inte på byrån.',
    en: 'The employee does not exist at the agency.',
  },
  ACCOUNT_NOT_FOUND: {
    status: 'NOT_FOUND',
    sv: 'Företagskontot finns inte.',
    en: 'The company account does not exist.',
  },
  ACCOUNT_USER_NOT_FOUND: {
    status: 'NOT_FOUND',
    sv: 'Användaren finns inte i företagskontot.',
    en: 'The user does not exist in the company account.',
  },
  EMPLOYEE_DEACTIVATED: {
    status: 'FORBIDDEN',
    sv: 'Medarbetaren är avaktiverad.',
    en: 'The employee is deactivated.',
  },
  ACCOUNT_USER_DEACTIVATED: {
    status: 'FORBIDDEN',
    sv: 'Användaren är avaktiverad.',
    en: 'The user is deactivated.',
  },
  ORG_NUMBER_TAKEN: {
    status: 'CONFLICT',
    sv: 'Organisationsnumret används redan av en annan kund på byrån ({externalId}).',
    en: 'The organisation number is already used by another customer of the agency ({externalId}).',
  },
  ACCOUNT_ORG_NUMBER_TAKEN: {
    status: 'CONFLICT',
    sv: 'Det finns redan ett företagskonto med organisationsnumret.',
    en: 'A company account with this organisation number already exists.',
  },
  EMAIL_TAKEN: {
    status: 'CONFLICT',
    sv: 'E-postadressen används redan av en annan användare i företagskontot.',
    en: 'The email address is already used by another user of the company account.',
  },
  CUSTOMER_IN_USE: {
    status: 'CONFLICT',
    sv: 'Kunden har samarbeten och kan inte tas bort.',
    en: 'The customer has collaborations and cannot be deleted.',
  },
  TASK_IN_USE: {
    status: 'CONFLICT',
    sv: 'Uppdraget har samarbeten och kan inte tas bort.',
    en: 'The task has collaborations, so it cannot be deleted.',
  },
  TASK_CUSTOMER_LOCKED: {
    status: 'CONFLICT',
    sv: 'Uppdraget har samarbeten och kan inte flyttas till en annan kund.',
    en: 'The task has collaborations and cannot move to another customer.',
  },
  SYNC_TOO_LARGE: {
    status: 'BAD_REQUEST',
    sv: 'Högst {maximum} poster per synkronisering.',
    en: 'At most {maximum} records per sync.',
  },
  IDENTITY_NOT_LINKED: {
    status: 'UNAUTHORIZED',
    sv: 'Inloggningen hör inte till någon användare i Collab. Be din administratör att lägga till dig.',
    en: 'The sign-in does not belong to any user in Collab. Ask your administrator to add you.',
  },
  // /v1 answers a known address called with a method it does not take with 405 and Allow
  // (RFC 9110). No procedure raises it; tRPC's nearest code would be BAD_REQUEST.
  METHOD_NOT_ALLOWED: {
    status: 'BAD_REQUEST',
    sv: 'Adressen tar inte emot {method}. Den tar emot: {allowed}.',
    en: 'The address does not take {method}. It takes: {allowed}.',
  },
  EVENT_NOT_FOUND: {
    status: 'NOT_FOUND',
    sv: 'Händelsen finns inte, eller är äldre än 30 dagar.',
    en: 'The event does not exist, or is older than 30 days.',
  },
  WEBHOOK_ENDPOINT_NOT_FOUND: {
    status: 'NOT_FOUND',
    sv: 'Webhook-adressen finns inte.',
    en: 'The webhook endpoint does not exist.',
  },
  // docs/webhooks.md, "Addresses": https only, and never an address inside a private network.
  WEBHOOK_URL_REFUSED: {
    status: 'BAD_REQUEST',
    sv: 'Adressen kan inte ta emot webhooks: {reason}.',
    en: 'The address cannot receive webhooks: {reason}.',
  },
  INVALID_URL: {
    status: 'BAD_REQUEST',
    sv: 'Ange en adress som börjar med https://.',
    en: 'Enter an address that starts with https://.',
  },
  WEBHOOK_ENDPOINT_DISABLED: {
    status: 'CONFLICT',
    sv: 'Webhook-adressen är avstängd. Slå på den först.',
    en: 'The webhook endpoint is disabled. Enable it first.',
  },
  // Asking a full-rights colleague to send a prepared invitation (flow 9 in docs/flows.md)
  ACTIVATION_REQUEST_NOT_NEEDED: {
    status: 'BAD_REQUEST',
    sv: 'Du har full behörighet och kan skicka inbjudan själv.',
    en: 'You have full rights and can send the invitation yourself.',
  },
  COLLEAGUE_NOT_FOUND: {
    status: 'NOT_FOUND',
    sv: 'Kollegan finns inte på byrån.',
    en: 'The colleague does not exist at the agency.',
  },
  COLLEAGUE_CANNOT_SEND: {
    status: 'BAD_REQUEST',
    sv: '{name} har inte full behörighet och kan inte skicka inbjudan. Välj en kollega med full behörighet.',
    en: '{name} does not have full rights and cannot send the invitation. Choose a colleague with full rights.',
  },
  COLLEAGUE_DEACTIVATED: {
    status: 'BAD_REQUEST',
    sv: '{name} är inte längre aktiv på byrån. Välj en annan kollega med full behörighet.',
    en: '{name} is no longer active at the agency. Choose another colleague with full rights.',
  },
  ACTIVATION_REQUEST_NOT_FOUND: {
    status: 'NOT_FOUND',
    sv: 'Förfrågan finns inte.',
    en: 'The request does not exist.',
  },
  ACTIVATION_REQUEST_NOT_YOURS: {
    status: 'FORBIDDEN',
    sv: 'Förfrågan är ställd till {name}. Bara hen kan skicka eller avvisa den.',
    en: 'The request is addressed to {name}. Only they can send or dismiss it.',
  },
  ACTIVATION_REQUEST_CLOSED: {
    status: 'CONFLICT',
    sv: 'Förfrågan är redan hanterad.',
    en: 'The request has already been handled.',
  },
  ACTIVATION_REQUEST_OUTDATED: {
    status: 'CONFLICT',
    sv: 'Sedan förfrågan gjordes är {service} redan {status} för kunden. Avvisa förfrågan eller förbered en ny inbjudan.',
    en: 'Since the request was made, {service} has become {status} for this customer. Dismiss the request or prepare a new invitation.',
  },
  // Per-service answers to an invitation (flow 2 in docs/flows.md)
  INVITATION_SERVICE_REQUIRED: {
    status: 'BAD_REQUEST',
    sv: '{service} fungerar bara tillsammans med {required}. Acceptera {required} också, eller avböj {service}.',
    en: '{service} only works together with {required}. Accept {required} as well, or decline {service}.',
  },
  INVITATION_SERVICE_NOT_INVITED: {
    status: 'BAD_REQUEST',
    sv: '{service} ingår inte i inbjudan.',
    en: '{service} is not part of the invitation.',
  },
  // An agency's logo for its e-mails (docs/integration-api.md, "Agencies")
  INVALID_LOGO_URL: {
    status: 'BAD_REQUEST',
    sv: 'Ange en https-adress till en bild, utan användarnamn eller lösenord i adressen.',
    en: 'Enter an https address of an image, without a user name or password in it.',
  },
  // Undoing a cancelled invitation (flow 3, invitations.restore)
  INVITATION_NOT_CANCELLED: {
    status: 'CONFLICT',
    sv: 'Inbjudan är inte återkallad, så det finns inget att ångra ({status}).',
    en: 'The invitation is not cancelled, so there is nothing to undo ({status}).',
  },
  INVITATION_UNDO_TOO_LATE: {
    status: 'CONFLICT',
    sv: 'En återkallad inbjudan kan bara återställas inom {minutes} minuter. Bjud in kunden igen i stället.',
    en: 'A cancelled invitation can only be restored within {minutes} minutes. Invite the customer again instead.',
  },
  INVITATION_UNDO_OUTDATED: {
    status: 'CONFLICT',
    sv: 'Sedan inbjudan återkallades har kunden fått ett nytt samarbete i {service}, så återkallelsen kan inte ångras.',
    en: 'Since the invitation was cancelled, the customer has a new collaboration in {service}, so the cancellation cannot be undone.',
  },
  // Linking several earlier collaborations at once (flow 6)
  LEGACY_LINK_TOO_MANY: {
    status: 'BAD_REQUEST',
    sv: 'Koppla högst 500 tidigare samarbeten på en gång.',
    en: 'Link at most 500 earlier collaborations at a time.',
  },
  LEGACY_LINK_LISTED_TWICE: {
    status: 'BAD_REQUEST',
    sv: 'Samma tidigare samarbete finns två gånger i listan.',
    en: 'The same earlier collaboration is in the list twice.',
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof errorCatalog;
export type ErrorParams = Record<string, string | number>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorCatalog, value);
}

export function formatErrorMessage(
  code: ErrorCode,
  locale: Locale,
  params: ErrorParams = {},
): string {
  return errorCatalog[code][locale].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    // A status travels as its code and is shown in the reader's language.
    if (name === 'status' && isCollaborationStatus(value))
      return collaborationStatusLabels[locale][value];
    return String(value);
  });
}

export interface FieldError {
  code: ErrorCode;
  message: string;
}
/** Field path ("services.0.options.variant") to its errors. */
export type FieldErrors = Record<string, FieldError[]>;

/** A field's problem as a code and its params, to be worded by whoever shows it. */
export interface FieldProblem {
  code: ErrorCode;
  params: ErrorParams;
}
/** Field path ("services.0.options.variant") to its problems. */
export type FieldProblems = Record<string, FieldProblem[]>;

/**
 * A zod error's issues as error codes by field. It takes zod's core error type, so it reads
 * the errors of classic schemas (`ZodError`) and of `zod/mini` ones alike, and it needs only
 * types from zod: a client bundle that uses it does not pull zod in.
 */
export function fieldProblemsFromZod(error: core.$ZodError): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    const found = problems[path] ?? [];
    found.push(codeForIssue(issue));
    problems[path] = found;
  }
  return problems;
}

/**
 * Turns a zod error into field errors with codes and messages in the caller's language.
 * Our own schemas put an error code in the issue message; zod's built-in issues are mapped
 * by kind, so no raw zod text ever reaches a user.
 */
export function fieldErrorsFromZod(error: core.$ZodError, locale: Locale): FieldErrors {
  return Object.fromEntries(
    Object.entries(fieldProblemsFromZod(error)).map(([path, problems]) => [
      path,
      problems.map(({ code, params }) => ({
        code,
        message: formatErrorMessage(code, locale, params),
      })),
    ]),
  );
}

function codeForIssue(issue: core.$ZodIssue): { code: ErrorCode; params: ErrorParams } {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return {
      code: issue.message === 'UNKNOWN_OPTION' ? 'UNKNOWN_OPTION' : 'UNKNOWN_FIELD',
      params: { keys },
    };
  }
  if (isErrorCode(issue.message)) return { code: issue.message, params: {} };
  switch (issue.code) {
    case 'too_big':
      return {
        code: issue.origin === 'array' ? 'TOO_MANY' : 'TOO_LONG',
        params: { maximum: Number(issue.maximum) },
      };
    case 'too_small':
      return { code: 'REQUIRED', params: {} };
    case 'invalid_type':
      return { code: issue.input === undefined ? 'REQUIRED' : 'INVALID_VALUE', params: {} };
    case 'invalid_format':
      return {
        code:
          issue.format === 'email'
            ? 'INVALID_EMAIL'
            : issue.format === 'uuid'
              ? 'INVALID_ID'
              : 'INVALID_VALUE',
        params: {},
      };
    default:
      return { code: 'INVALID_VALUE', params: {} };
  }
}
