import { defineMessages } from '../../i18n/define-messages.js';

/** The texts of this view, Swedish then English. Keys start with `accept.`. */
export const acceptInvitationMessages = defineMessages(
  {
    // What the company decides on, and its answer per service (flow 2, per-service answers)
    'accept.choice.legend': 'Tjänster ni accepterar',
    'accept.choice.hint': 'Avmarkera de tjänster ni inte vill ha, så accepterar ni resten.',
    'accept.service.needs': 'Fungerar bara tillsammans med {required}.',
    'accept.service.blocked':
      '{service} fungerar bara tillsammans med {required}. Välj {required} för att kunna acceptera {service}.',
    'accept.service.missing':
      '{service} fungerar bara tillsammans med {required}, som ert företag inte har. Fråga {agencyName} om en ny inbjudan.',
    'accept.access.heading': 'Vilka på {agencyName} som får tillgång',
    'accept.access.intro': 'De får tillgång till ert företags konto och de tjänster ni accepterar.',
    'accept.access.none':
      'Ingen på {agencyName} får tillgång förrän byrån lägger till deltagare i uppdraget.',
    'accept.access.person': '{name}, {roles}',
    'accept.role.participant': 'deltagare i uppdraget',
    'accept.role.task_owner': 'ansvarig för uppdraget',
    'accept.role.account_manager': 'kundansvarig',
    'accept.answer.label': 'Ert svar',
    'accept.answer.all': 'Ni accepterar {services}.',
    'accept.answer.some': 'Ni accepterar {accepted} och avböjer {declined}.',
    'accept.answer.none': 'Ni har inte valt någon tjänst. Välj minst en, eller avböj inbjudan.',
    'accept.acceptChosen': {
      one: 'Acceptera {count} tjänst',
      other: 'Acceptera {count} tjänster',
    },
    'accept.accepted.declinedServices': 'Ni avböjde {services}, och {agencyName} får veta det.',
    'accept.loading': 'Hämtar inbjudan…',
    'accept.invitation.heading': 'Inbjudan från {agencyName}',
    'accept.invitation.intro':
      '{invitedByName} på {agencyName} bjuder in {customerName} att samarbeta i tjänsterna nedan.',
    'accept.signedInAs': 'Du är inloggad som {name} för {accountName}.',
    'accept.facts': 'Om inbjudan',
    'accept.agency': 'Byrå',
    'accept.company': 'Företag',
    'accept.invitedBy': 'Inbjuden av',
    'accept.expires': 'Gäller till',
    'accept.expiresAt': '{date}, kl. {time}',
    'accept.services': 'Tjänster',
    'accept.paidBy': 'Betalas av: {payer}',
    'accept.payer.agency': '{agencyName} (byrån)',
    'accept.payer.customer': '{customerName} (ert företag)',
    'accept.terms': 'Villkor',
    'accept.accept': 'Acceptera',
    'accept.accepting': 'Accepterar…',
    'accept.decline': 'Avböj',
    'accept.actionFailed': 'Svaret gick inte att skicka. Inget har ändrats.',
    'accept.declineForm.heading': 'Avböj inbjudan från {agencyName}',
    'accept.declineForm.intro':
      'Tjänsterna aktiveras inte. {invitedByName} på {agencyName} får veta att ni har avböjt.',
    'accept.declineForm.reason': 'Anledning (valfri)',
    'accept.declineForm.reasonHint': 'Anledningen skickas till {invitedByName}.',
    'accept.declineForm.confirm': 'Avböj inbjudan',
    'accept.declineForm.declining': 'Avböjer…',
    'accept.declineForm.back': 'Tillbaka till inbjudan',
    'accept.signedOut.heading': 'Logga in för att svara på inbjudan',
    'accept.signedOut.body':
      'Bara en administratör för {customerName} kan acceptera eller avböja inbjudan. Logga in med ditt konto för företaget.',
    'accept.signedOut.bodyUnknownCompany':
      'Bara en administratör för företaget kan acceptera eller avböja inbjudan. Logga in med ditt konto för företaget.',
    'accept.signedOut.signIn': 'Logga in för att acceptera',
    'accept.wrongCompany.heading': 'Du är inloggad för fel företag',
    'accept.notAccountUser.heading': 'Inbjudan gäller {customerName}',
    'accept.notAccountUser.body':
      'Du är inloggad, men inte som användare i {customerName}. Bara en administratör för företaget kan svara: logga in med det kontot, eller skicka länken vidare till en administratör där.',
    'accept.signInAsSomeoneElse': 'Logga in som någon annan',
    'accept.askSender':
      'Frågor om inbjudan? Kontakta {invitedByName} på {agencyName}, som skickade den.',
    'accept.notAdmin.heading': 'Bara en administratör kan svara',
    'accept.notAdmin.body':
      'Du är inloggad för {accountName} men är inte administratör för företagets konto. Be en administratör att svara på inbjudan.',
    'accept.notAdmin.admins': 'Administratörer',
    'accept.notAdmin.admin': '{name} ({maskedEmail})',
    'accept.alreadyAccepted.heading': 'Inbjudan är redan accepterad',
    'accept.alreadyAccepted.body':
      'Samarbetet med {agencyName} är redan igång. Du behöver inte göra något mer.',
    'accept.alreadyDeclined.heading': 'Inbjudan är redan avböjd',
    'accept.alreadyDeclined.body':
      'Vill ni samarbeta ändå kan ni be {agencyName} att skicka en ny inbjudan.',
    'accept.expired.heading': 'Inbjudan har gått ut',
    'accept.cancelled.heading': 'Inbjudan är återkallad',
    'accept.cancelled.body': 'Kontakta {agencyName} om ni har frågor.',
    'accept.replaced.heading': 'Länken har ersatts',
    'accept.invalid.heading': 'Länken fungerar inte',
    'accept.invalid.missing':
      'Sidan saknar inbjudans kod. Öppna länken i det senaste e-postmeddelandet om inbjudan igen.',
    'accept.unavailable.heading': 'Inbjudan gick inte att hämta',
    'accept.retry': 'Försök igen',
    'accept.retrying': 'Försöker igen…',
    'accept.accepted.heading': 'Samarbetet är igång',
    'accept.accepted.active': {
      one: '{services} är nu aktivt för {customerName}.',
      other: '{services} är nu aktiva för {customerName}.',
    },
    'accept.accepted.access': 'De här personerna på {agencyName} får tillgång: {names}.',
    'accept.accepted.accessUnknown':
      'De medarbetare på {agencyName} som arbetar med uppdraget får tillgång.',
    'accept.accepted.emails':
      'Ert företags administratörer får ett e-postmeddelande om samarbetet.',
    'accept.declined.heading': 'Du har avböjt inbjudan',
    'accept.declined.body':
      'Inga tjänster aktiverades. {invitedByName} på {agencyName} får veta att ni har avböjt.',
    'accept.declined.reason': 'Er anledning: {reason}',
  },
  {
    // What the company decides on, and its answer per service (flow 2, per-service answers)
    'accept.choice.legend': 'Services you accept',
    'accept.choice.hint': 'Untick the services you do not want, and you accept the rest.',
    'accept.service.needs': 'Only works together with {required}.',
    'accept.service.blocked':
      '{service} only works together with {required}. Choose {required} to be able to accept {service}.',
    'accept.service.missing':
      '{service} only works together with {required}, which your company does not have. Ask {agencyName} for a new invitation.',
    'accept.access.heading': 'Who at {agencyName} gets access',
    'accept.access.intro': 'They get access to your company’s account and the services you accept.',
    'accept.access.none':
      'No one at {agencyName} gets access until the agency adds participants to the task.',
    'accept.access.person': '{name}, {roles}',
    'accept.role.participant': 'participant in the task',
    'accept.role.task_owner': 'task owner',
    'accept.role.account_manager': 'account manager',
    'accept.answer.label': 'Your answer',
    'accept.answer.all': 'You accept {services}.',
    'accept.answer.some': 'You accept {accepted} and decline {declined}.',
    'accept.answer.none':
      'You have not chosen any service. Choose at least one, or decline the invitation.',
    'accept.acceptChosen': {
      one: 'Accept {count} service',
      other: 'Accept {count} services',
    },
    'accept.accepted.declinedServices': 'You declined {services}, and {agencyName} will be told.',
    'accept.loading': 'Loading the invitation…',
    'accept.invitation.heading': 'Invitation from {agencyName}',
    'accept.invitation.intro':
      '{invitedByName} at {agencyName} invites {customerName} to collaborate in the services below.',
    'accept.signedInAs': 'You are signed in as {name} for {accountName}.',
    'accept.facts': 'About the invitation',
    'accept.agency': 'Agency',
    'accept.company': 'Company',
    'accept.invitedBy': 'Invited by',
    'accept.expires': 'Valid until',
    'accept.expiresAt': '{date}, {time}',
    'accept.services': 'Services',
    'accept.paidBy': 'Paid by: {payer}',
    'accept.payer.agency': '{agencyName} (the agency)',
    'accept.payer.customer': '{customerName} (your company)',
    'accept.terms': 'Terms',
    'accept.accept': 'Accept',
    'accept.accepting': 'Accepting…',
    'accept.decline': 'Decline',
    'accept.actionFailed': 'Your answer could not be sent. Nothing has changed.',
    'accept.declineForm.heading': 'Decline the invitation from {agencyName}',
    'accept.declineForm.intro':
      'The services will not be activated. {invitedByName} at {agencyName} will be told that you declined.',
    'accept.declineForm.reason': 'Reason (optional)',
    'accept.declineForm.reasonHint': 'The reason is sent to {invitedByName}.',
    'accept.declineForm.confirm': 'Decline invitation',
    'accept.declineForm.declining': 'Declining…',
    'accept.declineForm.back': 'Back to the invitation',
    'accept.signedOut.heading': 'Sign in to answer the invitation',
    'accept.signedOut.body':
      'Only an administrator of {customerName} can accept or decline the invitation. Sign in with your account for the company.',
    'accept.signedOut.bodyUnknownCompany':
      'Only an administrator of the company can accept or decline the invitation. Sign in with your account for the company.',
    'accept.signedOut.signIn': 'Sign in to accept',
    'accept.wrongCompany.heading': 'You are signed in for another company',
    'accept.notAccountUser.heading': 'This invitation is for {customerName}',
    'accept.notAccountUser.body':
      'You are signed in, but not as a user of {customerName}. Only an administrator of the company can answer: sign in with that account, or pass the link on to an administrator there.',
    'accept.signInAsSomeoneElse': 'Sign in as someone else',
    'accept.askSender':
      'Questions about the invitation? Contact {invitedByName} at {agencyName}, who sent it.',
    'accept.notAdmin.heading': 'Only an administrator can answer',
    'accept.notAdmin.body':
      'You are signed in for {accountName} but are not an administrator of the company’s account. Ask an administrator to answer the invitation.',
    'accept.notAdmin.admins': 'Administrators',
    'accept.notAdmin.admin': '{name} ({maskedEmail})',
    'accept.alreadyAccepted.heading': 'The invitation has already been accepted',
    'accept.alreadyAccepted.body':
      'The collaboration with {agencyName} is already under way. You do not need to do anything more.',
    'accept.alreadyDeclined.heading': 'The invitation has already been declined',
    'accept.alreadyDeclined.body':
      'If you want to collaborate after all, ask {agencyName} to send a new invitation.',
    'accept.expired.heading': 'The invitation has expired',
    'accept.cancelled.heading': 'The invitation has been cancelled',
    'accept.cancelled.body': 'Contact {agencyName} if you have questions.',
    'accept.replaced.heading': 'This link has been replaced',
    'accept.invalid.heading': 'This link does not work',
    'accept.invalid.missing':
      'The page has no invitation code. Open the link in the latest invitation email again.',
    'accept.unavailable.heading': 'The invitation could not be loaded',
    'accept.retry': 'Try again',
    'accept.retrying': 'Trying again…',
    'accept.accepted.heading': 'The collaboration has started',
    'accept.accepted.active': {
      one: '{services} is now active for {customerName}.',
      other: '{services} are now active for {customerName}.',
    },
    'accept.accepted.access': 'These people at {agencyName} get access: {names}.',
    'accept.accepted.accessUnknown':
      'The employees of {agencyName} who work on the task get access.',
    'accept.accepted.emails': 'Your company’s administrators receive an email about it.',
    'accept.declined.heading': 'You have declined the invitation',
    'accept.declined.body':
      'No services were activated. {invitedByName} at {agencyName} will be told that you declined.',
    'accept.declined.reason': 'Your reason: {reason}',
  },
);
