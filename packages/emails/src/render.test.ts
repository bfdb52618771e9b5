import { describe, expect, it } from 'vitest';
import { renderEmail } from './render.js';
import { type EmailTopic, emailTopics } from './topics.js';

const links = {
  appUrl: 'https://collab.example.se',
  acceptUrl: 'https://collab.example.se/accept?token=abc_DEF-123',
  activationRequestUrl: 'https://collab.example.se/?activationRequest=request-1',
};

const invitationServices = [
  {
    service: 'eekonomi',
    name: 'eEkonomi',
    options: { variant: 'pro', invoiceRecipient: 'agency' },
  },
  {
    service: 'ekonomioversikt',
    name: 'Ekonomiöversikt',
    options: { period: '3', invoiceRecipient: 'customer' },
  },
  { service: 'scanner', name: 'Scanner', options: {} },
];

function payloadFor(topic: EmailTopic, customerName: string): Record<string, unknown> {
  switch (topic) {
    case 'signin_instructions':
      return {
        recipientName: 'Kontakt Nykund',
        agencyName: 'Byrå Alfa AB',
        customerName,
        services: invitationServices,
      };
    case 'invitation':
      return {
        invitationId: 'invitation-1',
        recipientName: 'Kim Ägare',
        agencyName: 'Byrå Alfa AB',
        customerName,
        invitedByName: 'Frida Full',
        services: invitationServices,
        expiresAt: '2026-12-27T09:00:00.000Z',
      };
    case 'invitation_reminder':
      return { ...payloadFor('invitation', customerName), expiresWithinDays: 3 };
    case 'company_has_access':
      return {
        recipientName: 'Kim Ägare',
        agencyName: 'Byrå Alfa AB',
        customerName,
        services: ['eEkonomi', 'Scanner'],
      };
    case 'invitation_accepted':
      return {
        recipientName: 'Frida Full',
        customerName,
        acceptedByName: 'Kim Ägare',
        services: ['eEkonomi'],
      };
    case 'invitation_declined':
      return {
        recipientName: 'Frida Full',
        customerName,
        declinedByName: 'Kim Ägare',
        reason: 'Vi byter byrå',
        services: ['eEkonomi'],
      };
    case 'collaboration_ended':
      return {
        recipientName: 'Kim Ägare',
        endedByName: customerName,
        service: 'Utlägg',
        collaborationId: 'collaboration-1',
        reason: null,
      };
    case 'activation_request':
      return {
        activationRequestId: 'request-1',
        recipientName: 'Frida Full',
        requestedByName: 'Sven Standard',
        agencyName: 'Byrå Alfa AB',
        customerName,
        taskName: 'Bokslut',
        services: invitationServices,
        note: 'Kunden väntar på det här.',
      };
    case 'activation_request_dismissed':
      return {
        recipientName: 'Sven Standard',
        dismissedByName: 'Frida Full',
        customerName,
        services: ['eEkonomi', 'Scanner'],
        reason: 'Vi tar det på mötet',
      };
    case 'webhook_endpoint_disabled':
      return {
        integrationName: customerName,
        endpointId: 'whe_1',
        url: 'https://host.example/hooks',
        failingSince: '30 november 2026',
        lastError: 'HTTP 503',
      };
    default:
      throw new Error(`No sample for ${topic satisfies never}`);
  }
}

describe('given every e-mail topic', () => {
  for (const topic of emailTopics) {
    for (const locale of ['sv', 'en'] as const) {
      it(`renders ${topic} in ${locale} with a subject, a plain-text part and HTML`, () => {
        const email = renderEmail({
          topic,
          locale,
          payload: payloadFor(topic, 'Ägarbolaget AB'),
          links,
        });
        expect(email.subject.length).toBeGreaterThan(5);
        expect(email.subject).not.toMatch(/[\r\n]/);
        expect(email.text.length).toBeGreaterThan(50);
        expect(email.text).not.toMatch(/<[a-z]/i);
        expect(email.html).toContain(`<html lang="${locale}">`);
        expect(email.html).toContain('Ägarbolaget AB');
        expect(email.text).toContain('Ägarbolaget AB');
        expect(email.html).toContain(links.appUrl);
      });

      // docs/glossary.md: the words its "Never" column names stay out of every e-mail.
      it(`uses the glossary's words in ${topic} (${locale})`, () => {
        const email = renderEmail({
          topic,
          locale,
          payload: payloadFor(topic, 'Ägarbolaget AB'),
          links,
        });
        const never =
          locale === 'sv'
            ? [/\bmejl/i, /\bfrivillig/i, /\bgodkän/i, /\btacka nej\b/i, /\be-mail/i]
            : [/\be-mail/i, /\bassignment\b/i, /\bbureau\b/i, /\bterminat/i];
        for (const word of never) {
          expect(`${email.subject}\n${email.text}`).not.toMatch(word);
        }
      });

      it(`escapes a <script> in a name in ${topic} (${locale})`, () => {
        const email = renderEmail({
          topic,
          locale,
          payload: payloadFor(topic, '<script>alert("x")</script> & Co'),
          links,
        });
        expect(email.html).not.toContain('<script>');
        expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
        // The plain-text part is not HTML, so it keeps the name as written.
        expect(email.text).toContain('<script>alert("x")</script> & Co');
      });
    }
  }
});

describe('given an invitation e-mail', () => {
  it('contains the accept link as a button and as a plain URL, in both parts', () => {
    const email = renderEmail({
      topic: 'invitation',
      locale: 'sv',
      payload: payloadFor('invitation', 'Ägarbolaget AB'),
      links,
    });
    expect(email.text).toContain(links.acceptUrl);
    expect(email.html).toContain(`href="${links.acceptUrl}"`);
    expect(email.html.split(links.acceptUrl).length - 1).toBeGreaterThanOrEqual(2);
  });

  it('names the agency, who invited, the services with their options, who pays and the expiry', () => {
    const email = renderEmail({
      topic: 'invitation',
      locale: 'sv',
      payload: payloadFor('invitation', 'Ägarbolaget AB'),
      links,
    });
    expect(email.subject).toBe('Byrå Alfa AB bjuder in Ägarbolaget AB till ett samarbete');
    expect(email.text).toContain('Frida Full på Byrå Alfa AB');
    expect(email.text).toContain('- eEkonomi (Variant: Pro, Betalas av: Byrå Alfa AB)');
    expect(email.text).toContain(
      '- Ekonomiöversikt (Period: 3 månader, Betalas av: Ägarbolaget AB)',
    );
    expect(email.text).toContain('- Scanner (Betalas av: Ägarbolaget AB)');
    expect(email.text).toContain('Inbjudan gäller till: 27 december 2026 kl. 10:00');
  });

  it('reads the same in English', () => {
    const email = renderEmail({
      topic: 'invitation',
      locale: 'en',
      payload: payloadFor('invitation', 'Ägarbolaget AB'),
      links,
    });
    expect(email.subject).toBe('Byrå Alfa AB invites Ägarbolaget AB to collaborate');
    expect(email.text).toContain('- eEkonomi (Variant: Pro, Paid by: Byrå Alfa AB)');
    expect(email.text).toContain('- Ekonomiöversikt (Period: 3 months, Paid by: Ägarbolaget AB)');
    expect(email.text).toContain(
      'The invitation is valid until: 27 December 2026 at 10:00 (Swedish time)',
    );
    expect(email.text).toContain(links.acceptUrl);
  });

  it('refuses to render without the accept link', () => {
    expect(() =>
      renderEmail({
        topic: 'invitation',
        locale: 'sv',
        payload: payloadFor('invitation', 'Ägarbolaget AB'),
        links: { appUrl: links.appUrl },
      }),
    ).toThrow(/accept link/);
  });
});

describe('given a reminder e-mail', () => {
  it('says the invitation expires within 3 days and carries the same accept link', () => {
    const swedish = renderEmail({
      topic: 'invitation_reminder',
      locale: 'sv',
      payload: payloadFor('invitation_reminder', 'Ägarbolaget AB'),
      links,
    });
    expect(swedish.subject).toBe('Påminnelse: inbjudan från Byrå Alfa AB går ut inom 3 dagar');
    expect(swedish.text).toContain(links.acceptUrl);

    const english = renderEmail({
      topic: 'invitation_reminder',
      locale: 'en',
      payload: payloadFor('invitation_reminder', 'Ägarbolaget AB'),
      links,
    });
    expect(english.subject).toBe(
      'Reminder: the invitation from Byrå Alfa AB expires within 3 days',
    );
    expect(english.text).toContain(links.acceptUrl);
  });
});

describe('given sign-in instructions for a new customer', () => {
  it('tells the contact person they administer the account and links to the app', () => {
    const email = renderEmail({
      topic: 'signin_instructions',
      locale: 'sv',
      payload: payloadFor('signin_instructions', 'Nykund AB'),
      links,
    });
    expect(email.text).toContain('Hej Kontakt Nykund!');
    expect(email.text).toContain('du är administratör för företagets konto');
    expect(email.text).toContain(`Logga in i Collab:\n${links.appUrl}`);
    expect(email.html).toContain(`href="${links.appUrl}"`);
  });
});

describe('given a decline without a reason', () => {
  it('says that no reason was given', () => {
    const email = renderEmail({
      topic: 'invitation_declined',
      locale: 'en',
      payload: { ...payloadFor('invitation_declined', 'Ägarbolaget AB'), reason: null },
      links,
    });
    expect(email.text).toContain('No reason was given.');
  });
});

describe('given an invitation accepted for some services and declined for others', () => {
  it('tells the agency which services are active and which the company declined, in sv and en', () => {
    const payload = {
      ...payloadFor('invitation_accepted', 'Ägarbolaget AB'),
      services: ['eEkonomi'],
      declinedServices: ['Scanner'],
    };
    const sv = renderEmail({ topic: 'invitation_accepted', locale: 'sv', payload, links });
    expect(sv.text).toContain(
      'Ägarbolaget AB har avböjt de här tjänsterna i inbjudan, och de har inte aktiverats:',
    );
    expect(sv.text.indexOf('Scanner')).toBeGreaterThan(sv.text.indexOf('har avböjt'));
    const en = renderEmail({ topic: 'invitation_accepted', locale: 'en', payload, links });
    expect(en.text).toContain(
      'Ägarbolaget AB declined these services of the invitation, and they have not been activated:',
    );
    expect(en.html).toContain('Scanner');
  });

  it('says nothing of declined services when every service was accepted', () => {
    const email = renderEmail({
      topic: 'invitation_accepted',
      locale: 'en',
      payload: payloadFor('invitation_accepted', 'Ägarbolaget AB'),
      links,
    });
    expect(email.text).not.toContain('declined');
  });
});

describe('given an ended collaboration without a service name', () => {
  it('still reads as a sentence', () => {
    const email = renderEmail({
      topic: 'collaboration_ended',
      locale: 'sv',
      payload: { ...payloadFor('collaboration_ended', 'Frida Full'), service: null },
      links,
    });
    expect(email.subject).toBe('Ett samarbete har avslutats');
    expect(email.text).toContain('Frida Full har avslutat samarbetet i en tjänst.');
  });
});

describe('given something the templates cannot render', () => {
  it('throws for an unknown topic', () => {
    expect(() => renderEmail({ topic: 'newsletter', locale: 'sv', payload: {}, links })).toThrow(
      /Unknown e-mail topic: newsletter/,
    );
  });

  it('throws when a field the template needs is missing', () => {
    const { agencyName: _dropped, ...payload } = payloadFor('invitation', 'Ägarbolaget AB');
    expect(() => renderEmail({ topic: 'invitation', locale: 'sv', payload, links })).toThrow(
      /agencyName/,
    );
  });

  it('throws for a malformed expiry date', () => {
    expect(() =>
      renderEmail({
        topic: 'invitation',
        locale: 'en',
        payload: { ...payloadFor('invitation', 'Ägarbolaget AB'), expiresAt: 'soon' },
        links,
      }),
    ).toThrow(/date/);
  });
});

describe('given a request to send a prepared invitation', () => {
  it('names who asks, the customer, the services with options, the task, the note and the link (sv)', () => {
    const email = renderEmail({
      topic: 'activation_request',
      locale: 'sv',
      payload: payloadFor('activation_request', 'Ägarbolaget AB'),
      links,
    });
    expect(email.subject).toBe(
      'Sven Standard på Byrå Alfa AB ber dig skicka en inbjudan till Ägarbolaget AB',
    );
    expect(email.text).toContain('Hej Frida Full!');
    expect(email.text).toContain('- eEkonomi (Variant: Pro, Betalas av: Byrå Alfa AB)');
    expect(email.text).toContain('- Scanner (Betalas av: Ägarbolaget AB)');
    expect(email.text).toContain('Uppdrag: Bokslut');
    expect(email.text).toContain('Meddelande från Sven Standard: Kunden väntar på det här.');
    expect(email.text).toContain(links.activationRequestUrl);
    expect(email.html).toContain(`href="${links.activationRequestUrl}"`);
  });

  it('reads the same in English, and leaves out a note not given', () => {
    const email = renderEmail({
      topic: 'activation_request',
      locale: 'en',
      payload: { ...payloadFor('activation_request', 'Ägarbolaget AB'), note: null },
      links,
    });
    expect(email.subject).toBe(
      'Sven Standard at Byrå Alfa AB asks you to send an invitation to Ägarbolaget AB',
    );
    expect(email.text).toContain('- eEkonomi (Variant: Pro, Paid by: Byrå Alfa AB)');
    expect(email.text).toContain('Task: Bokslut');
    expect(email.text).not.toContain('Message from');
    expect(email.text).toContain(links.activationRequestUrl);
  });

  it('refuses to render without the link to the prepared invitation', () => {
    expect(() =>
      renderEmail({
        topic: 'activation_request',
        locale: 'sv',
        payload: payloadFor('activation_request', 'Ägarbolaget AB'),
        links: { appUrl: links.appUrl },
      }),
    ).toThrow(/prepared invitation/);
  });

  it('tells the one who asked that it was dismissed, and why, in sv and en', () => {
    const swedish = renderEmail({
      topic: 'activation_request_dismissed',
      locale: 'sv',
      payload: payloadFor('activation_request_dismissed', 'Ägarbolaget AB'),
      links,
    });
    expect(swedish.subject).toBe('Frida Full skickade inte inbjudan till Ägarbolaget AB');
    expect(swedish.text).toContain('Skäl: Vi tar det på mötet');
    const english = renderEmail({
      topic: 'activation_request_dismissed',
      locale: 'en',
      payload: { ...payloadFor('activation_request_dismissed', 'Ägarbolaget AB'), reason: null },
      links,
    });
    expect(english.subject).toBe('Frida Full did not send the invitation to Ägarbolaget AB');
    expect(english.text).toContain('No reason was given.');
  });
});
