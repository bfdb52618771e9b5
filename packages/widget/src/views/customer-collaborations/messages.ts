import { defineMessages } from '../../i18n/define-messages.js';

/** The texts of this view, Swedish then English. Keys start with `customerView.`. */
export const customerCollaborationsMessages = defineMessages(
  {
    'customerView.title': 'Samarbeten med byråer',
    'customerView.forAccount': 'För {accountName}',
    'customerView.loadingCollaborations': 'Hämtar företagets samarbeten…',
    'customerView.loadFailed': 'Företagets samarbeten kunde inte hämtas.',
    'customerView.refreshFailed': 'Listan kunde inte uppdateras. Det du ser kan vara inaktuellt.',
    'customerView.retry': 'Försök igen',
    'customerView.retrying': 'Försöker igen…',
    'customerView.emptyHeading': 'Inga samarbeten än',
    'customerView.emptyText':
      'Företaget samarbetar inte med någon byrå än. När en byrå bjuder in företaget visas inbjudan här, och en administratör kan acceptera eller avböja den.',
    'customerView.readOnly':
      'Du kan se företagets samarbeten, men bara administratörer kan acceptera och avböja inbjudningar och avsluta samarbeten.',
    'customerView.admins': 'Företagets administratörer: {admins}.',
    'customerView.admin': '{name} ({email})',
    'customerView.noAdmins': 'Företaget har ingen administratör än.',
    'customerView.adminsFailed': 'Vilka administratörerna är kunde inte hämtas.',
    'customerView.pendingHeading': {
      one: '{count} inbjudan väntar på svar',
      other: '{count} inbjudningar väntar på svar',
    },
    'customerView.invitationHeading': 'Inbjudan från {agency}',
    'customerView.invitationSent': 'Skickad {date} av {name}.',
    'customerView.invitationExpires': 'Gäller till och med {date}.',
    'customerView.servicesHeading': 'Tjänster',
    'customerView.paidBy': 'Betalas av: {payer}',
    'customerView.payer.agency': 'byrån',
    'customerView.payer.customer': 'ert företag',
    'customerView.staffOnAccept':
      'Får tillgång när inbjudan accepteras: {names}, som deltar i uppdraget {task}.',
    'customerView.noStaffOnAccept':
      'Uppdraget {task} har inga deltagare än, så ingen på byrån får tillgång när inbjudan accepteras.',
    'customerView.waitingForAdmin': 'Väntar på att en administratör svarar.',
    'customerView.accept': 'Acceptera',
    'customerView.decline': 'Avböj',
    'customerView.cancel': 'Avbryt',
    'customerView.sending': 'Skickar…',
    'customerView.termsHeading': 'Villkor för samarbetet med {agency}',
    'customerView.termsIntro': 'Läs villkoren innan du accepterar.',
    'customerView.confirmAccept': 'Acceptera inbjudan',
    // Per-service answers
    'customerView.choiceLegend': 'Tjänster ni accepterar',
    'customerView.serviceNeeds': 'Fungerar bara tillsammans med {required}.',
    'customerView.serviceBlocked':
      '{service} fungerar bara tillsammans med {required}. Välj {required} för att kunna acceptera {service}.',
    'customerView.serviceMissing':
      '{service} fungerar bara tillsammans med {required}, som ert företag inte har. Fråga {agency} om en ny inbjudan.',
    'customerView.answerAll': 'Ni accepterar {services}.',
    'customerView.answerSome': 'Ni accepterar {accepted} och avböjer {declined}.',
    'customerView.answerNone':
      'Ni har inte valt någon tjänst. Välj minst en, eller avböj inbjudan.',
    'customerView.confirmChosen': {
      one: 'Acceptera {count} tjänst',
      other: 'Acceptera {count} tjänster',
    },
    'customerView.declineHeading': 'Avböj inbjudan från {agency}',
    'customerView.declineReason': 'Anledning (valfri)',
    'customerView.declineReasonHint': '{name} på {agency} får se anledningen.',
    'customerView.confirmDecline': 'Avböj inbjudan',
    'customerView.accepted': {
      one: 'Du har accepterat inbjudan från {agency}. {services} är aktivt nu.',
      other: 'Du har accepterat inbjudan från {agency}. {services} är aktiva nu.',
    },
    'customerView.acceptedStaff': {
      one: '{names} på byrån har fått tillgång.',
      other: '{names} på byrån har fått tillgång.',
    },
    'customerView.declined': 'Du har avböjt inbjudan från {agency}. {name} på byrån får veta det.',
    'customerView.ended': 'Samarbetet i {service} med {agency} är avslutat.',
    'customerView.invitationGone': 'Inbjudan från {agency} går inte att svara på längre: {problem}',
    'customerView.noCollaborations':
      'Inga samarbeten än. Ett samarbete blir aktivt när en inbjudan accepteras.',
    'customerView.unlinked': '{name} (inte kopplat till en tjänst än)',
    'customerView.status': 'Status',
    'customerView.task': 'Uppdrag',
    'customerView.noTask': 'Inget uppdrag',
    'customerView.options': 'Val',
    'customerView.noOptions': 'Inga val',
    'customerView.paidByLabel': 'Betalas av',
    'customerView.activeSince': 'Aktivt sedan',
    'customerView.endedOn': 'Avslutat',
    'customerView.end': 'Avsluta',
    'customerView.accessHeading': 'Vem har tillgång',
    'customerView.accessLoading': 'Hämtar vem som har tillgång…',
    'customerView.accessFailed': 'Vem som har tillgång kunde inte hämtas.',
    // Access matrix: one section per agency, people × services (agency-sections.tsx)
    'customerView.matrixIntro':
      'Tillgången följer av samarbetena: byråns medarbetare får den genom uppdraget de deltar i, och ert företags administratörer genom kontot. Ingen läggs till för hand.',
    'customerView.matrixCaption': 'Medarbetare på {agency} som har tillgång, per tjänst',
    'customerView.matrixPerson': 'Medarbetare',
    'customerView.matrixTasks': {
      one: 'deltar i uppdraget {tasks}',
      other: 'deltar i uppdragen {tasks}',
    },
    'customerView.hasAccess': 'Har tillgång',
    'customerView.noAccess': 'Ingen tillgång',
    'customerView.accessTo': 'Har tillgång till {services}',
    'customerView.noAccessTo': 'Ingen tillgång till {services}',
    'customerView.matrixNobody': 'Ingen på {agency} har tillgång just nu.',
    'customerView.matrixNoServices':
      'Ert företag har inga aktiva tjänster med {agency} just nu, så ingen där har tillgång.',
    'customerView.companyUsers': 'Från ert företag har dessa tillgång till tjänsterna: {names}.',
    'customerView.companyUserAdmin': '{name} (administratör)',
    'customerView.companyUserContact': '{name} (kontaktperson för {agency})',
    'customerView.declinedOn': 'Avböjt',
    'customerView.declineReasonLabel': 'Skäl',
    'customerView.noDeclineReason': 'Inget skäl angavs',
  },
  {
    'customerView.title': 'Collaborations with agencies',
    'customerView.forAccount': 'For {accountName}',
    'customerView.loadingCollaborations': 'Loading the company’s collaborations…',
    'customerView.loadFailed': 'The company’s collaborations could not be loaded.',
    'customerView.refreshFailed': 'The list could not be updated. What you see may be out of date.',
    'customerView.retry': 'Try again',
    'customerView.retrying': 'Trying again…',
    'customerView.emptyHeading': 'No collaborations yet',
    'customerView.emptyText':
      'The company does not work with any agency yet. When an agency invites the company, the invitation is shown here, and an administrator can accept or decline it.',
    'customerView.readOnly':
      'You can see the company’s collaborations, but only administrators can accept and decline invitations and end collaborations.',
    'customerView.admins': 'The company’s administrators: {admins}.',
    'customerView.admin': '{name} ({email})',
    'customerView.noAdmins': 'The company has no administrator yet.',
    'customerView.adminsFailed': 'Who the administrators are could not be loaded.',
    'customerView.pendingHeading': {
      one: '{count} invitation waiting for an answer',
      other: '{count} invitations waiting for an answer',
    },
    'customerView.invitationHeading': 'Invitation from {agency}',
    'customerView.invitationSent': 'Sent on {date} by {name}.',
    'customerView.invitationExpires': 'Valid until {date}.',
    'customerView.servicesHeading': 'Services',
    'customerView.paidBy': 'Paid by: {payer}',
    'customerView.payer.agency': 'the agency',
    'customerView.payer.customer': 'your company',
    'customerView.staffOnAccept':
      'Get access when the invitation is accepted: {names}, who work on the task {task}.',
    'customerView.noStaffOnAccept':
      'The task {task} has no participants yet, so no one at the agency gets access when the invitation is accepted.',
    'customerView.waitingForAdmin': 'Waiting for an administrator to answer.',
    'customerView.accept': 'Accept',
    'customerView.decline': 'Decline',
    'customerView.cancel': 'Cancel',
    'customerView.sending': 'Sending…',
    'customerView.termsHeading': 'Terms of the collaboration with {agency}',
    'customerView.termsIntro': 'Read the terms before you accept.',
    'customerView.confirmAccept': 'Accept the invitation',
    // Per-service answers
    'customerView.choiceLegend': 'Services you accept',
    'customerView.serviceNeeds': 'Only works together with {required}.',
    'customerView.serviceBlocked':
      '{service} only works together with {required}. Choose {required} to be able to accept {service}.',
    'customerView.serviceMissing':
      '{service} only works together with {required}, which your company does not have. Ask {agency} for a new invitation.',
    'customerView.answerAll': 'You accept {services}.',
    'customerView.answerSome': 'You accept {accepted} and decline {declined}.',
    'customerView.answerNone':
      'You have not chosen any service. Choose at least one, or decline the invitation.',
    'customerView.confirmChosen': {
      one: 'Accept {count} service',
      other: 'Accept {count} services',
    },
    'customerView.declineHeading': 'Decline the invitation from {agency}',
    'customerView.declineReason': 'Reason (optional)',
    'customerView.declineReasonHint': '{name} at {agency} will see the reason.',
    'customerView.confirmDecline': 'Decline the invitation',
    'customerView.accepted': {
      one: 'You accepted the invitation from {agency}. {services} is active now.',
      other: 'You accepted the invitation from {agency}. {services} are active now.',
    },
    'customerView.acceptedStaff': {
      one: '{names} at the agency now has access.',
      other: '{names} at the agency now have access.',
    },
    'customerView.declined':
      'You declined the invitation from {agency}. {name} at the agency is told.',
    'customerView.ended': 'The collaboration in {service} with {agency} has ended.',
    'customerView.invitationGone':
      'The invitation from {agency} can no longer be answered: {problem}',
    'customerView.noCollaborations':
      'No collaborations yet. A collaboration becomes active when an invitation is accepted.',
    'customerView.unlinked': '{name} (not linked to a service yet)',
    'customerView.status': 'Status',
    'customerView.task': 'Task',
    'customerView.noTask': 'No task',
    'customerView.options': 'Options',
    'customerView.noOptions': 'No options',
    'customerView.paidByLabel': 'Paid by',
    'customerView.activeSince': 'Active since',
    'customerView.endedOn': 'Ended',
    'customerView.end': 'End',
    'customerView.accessHeading': 'Who has access',
    'customerView.accessLoading': 'Loading who has access…',
    'customerView.accessFailed': 'Who has access could not be loaded.',
    // Access matrix: one section per agency, people × services (agency-sections.tsx)
    'customerView.matrixIntro':
      'Access follows from the collaborations: the agency’s staff get it through the task they work on, and your company’s administrators through the account. No one is added by hand.',
    'customerView.matrixCaption': 'Staff at {agency} with access, per service',
    'customerView.matrixPerson': 'Staff member',
    'customerView.matrixTasks': {
      one: 'participant in the task {tasks}',
      other: 'participant in the tasks {tasks}',
    },
    'customerView.hasAccess': 'Has access',
    'customerView.noAccess': 'No access',
    'customerView.accessTo': 'Has access to {services}',
    'customerView.noAccessTo': 'No access to {services}',
    'customerView.matrixNobody': 'No one at {agency} has access right now.',
    'customerView.matrixNoServices':
      'Your company has no active services with {agency} right now, so no one there has access.',
    'customerView.companyUsers':
      'From your company, these people have access to the services: {names}.',
    'customerView.companyUserAdmin': '{name} (administrator)',
    'customerView.companyUserContact': '{name} (contact person for {agency})',
    'customerView.declinedOn': 'Declined',
    'customerView.declineReasonLabel': 'Reason',
    'customerView.noDeclineReason': 'No reason given',
  },
);
