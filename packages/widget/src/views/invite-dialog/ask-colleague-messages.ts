import { defineMessages } from '../../i18n/define-messages.js';

/**
 * The texts of flow 9 in docs/flows.md inside the invite dialog, Swedish then English: an
 * employee without full rights asks a full-rights colleague to send the prepared invitation
 * (`askColleague.`), and the colleague opens and sends it (`colleagueRequests.`,
 * `preparedRequest.`).
 */
export const askColleagueMessages = defineMessages(
  {
    'askColleague.notice':
      'Du kan förbereda inbjudan och be en kollega med full behörighet skicka den.',
    'askColleague.heading': 'Be en kollega med full behörighet',
    'askColleague.intro':
      'Din kollega får ett e-postmeddelande med en länk till inbjudan som du har förberett, och kan skicka den som den är.',
    'askColleague.colleague': 'Kollega med full behörighet',
    'askColleague.choose': 'Välj kollega',
    'askColleague.required': 'Välj en kollega.',
    'askColleague.note': 'Meddelande till kollegan (valfritt)',
    'askColleague.noColleagues':
      'Det finns ingen kollega med full behörighet på byrån att fråga. Kontakta byråns administratör.',
    'askColleague.submit': 'Be en kollega skicka',
    'askColleague.sending': 'Skickar förfrågan…',
    'askColleague.resultHeading': 'Förfrågan är skickad',
    'askColleague.summary':
      'Du har bett {name} skicka inbjudan till {customerName}. {name} får ett e-postmeddelande, och inget skickas till kunden förrän inbjudan skickas därifrån.',
    'colleagueRequests.heading': 'Förfrågningar från kollegor',
    'colleagueRequests.item': '{name} ber dig skicka en inbjudan till {customerName}: {services}.',
    'colleagueRequests.open': 'Granska och skicka',
    'preparedRequest.notice': '{name} har förberett inbjudan och ber dig skicka den.',
    'preparedRequest.note': 'Meddelande från {name}: {note}',
  },
  {
    'askColleague.notice':
      'You can prepare the invitation and ask a colleague with full rights to send it.',
    'askColleague.heading': 'Ask a colleague with full rights',
    'askColleague.intro':
      'Your colleague gets an email with a link to the invitation you prepared, and can send it as it is.',
    'askColleague.colleague': 'Colleague with full rights',
    'askColleague.choose': 'Choose a colleague',
    'askColleague.required': 'Choose a colleague.',
    'askColleague.note': 'Message to your colleague (optional)',
    'askColleague.noColleagues':
      'There is no colleague with full rights at the agency to ask. Contact the agency’s administrator.',
    'askColleague.submit': 'Ask a colleague to send it',
    'askColleague.sending': 'Sending the request…',
    'askColleague.resultHeading': 'The request has been sent',
    'askColleague.summary':
      'You have asked {name} to send the invitation to {customerName}. {name} gets an email, and nothing reaches the customer until the invitation is sent from there.',
    'colleagueRequests.heading': 'Requests from colleagues',
    'colleagueRequests.item':
      '{name} asks you to send an invitation to {customerName}: {services}.',
    'colleagueRequests.open': 'Review and send',
    'preparedRequest.notice': '{name} prepared this invitation and asks you to send it.',
    'preparedRequest.note': 'Message from {name}: {note}',
  },
);
