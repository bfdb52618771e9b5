import { describe, expect, it } from 'vitest';
import { escapeHtml } from './layout.js';
import { type EmailToRender, renderEmail } from './render.js';

/*
 * The e-mails an agency causes speak for it: its name (and logo, when set) at the top instead
 * of "Collab", a footer saying Collab sent it on the agency's behalf, and the agency in the
 * subject (docs/integration-api.md, "Agencies").
 */

const links = {
  appUrl: 'https://collab.example.se',
  acceptUrl: 'https://collab.example.se/accept?token=abc',
  activationRequestUrl: 'https://collab.example.se/?activationRequest=request-1',
};
const logoUrl = 'https://cdn.norrsken.se/logo.png';
const norrsken = { name: 'Redovisningsbyrån Norrsken AB', logoUrl };
const services = [{ service: 'eekonomi', name: 'eEkonomi', options: { variant: 'pro' } }];

const invitationPayload = {
  invitationId: 'invitation-1',
  recipientName: 'Kim Ägare',
  agencyName: 'Redovisningsbyrån Norrsken AB',
  customerName: 'Kiosken AB',
  invitedByName: 'Frida Full',
  services,
  expiresAt: '2026-12-27T09:00:00.000Z',
};

const invitationMessage = { topic: 'invitation', payload: invitationPayload, links };

/** One message of every topic an agency causes, sent as the company would get it. */
const agencyCaused: Omit<EmailToRender, 'locale'>[] = [
  invitationMessage,
  { topic: 'invitation_reminder', payload: { ...invitationPayload, expiresWithinDays: 3 }, links },
  {
    topic: 'signin_instructions',
    payload: {
      recipientName: 'Kim',
      agencyName: 'Redovisningsbyrån Norrsken AB',
      customerName: 'Kiosken AB',
      services,
    },
    links,
  },
  {
    topic: 'company_has_access',
    payload: {
      recipientName: 'Kim',
      agencyName: 'Redovisningsbyrån Norrsken AB',
      customerName: 'Kiosken AB',
      services: ['eEkonomi'],
    },
    links,
  },
  {
    topic: 'collaboration_ended',
    payload: {
      recipientName: 'Kim',
      endedByName: 'Frida Full',
      service: 'eEkonomi',
      collaborationId: 'c-1',
      endedBy: 'agency',
    },
    links,
  },
  {
    topic: 'activation_request',
    payload: {
      activationRequestId: 'request-1',
      recipientName: 'Frida Full',
      requestedByName: 'Sven Standard',
      agencyName: 'Redovisningsbyrån Norrsken AB',
      customerName: 'Kiosken AB',
      taskName: 'Bokslut',
      services,
    },
    links,
  },
];

/** The `<img>` tags of the HTML, each with its attributes as written (still escaped). */
function imagesOf(html: string): Record<string, string>[] {
  return [...html.matchAll(/<img\b[^>]*>/g)].map(([tag]) =>
    Object.fromEntries(
      [...tag.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
    ),
  );
}

/** The text of the HTML, tags dropped (entities kept). */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

/** The cell at the top of the e-mail: the first line of its card. */
function topCellOf(html: string): string {
  const match = /max-width:560px;[^>]*>\n<tr>(.*?)<\/tr>\n/s.exec(html);
  if (!match?.[1]) throw new Error('no top row in the e-mail');
  return match[1];
}

describe.each(['sv', 'en'] as const)('an e-mail an agency causes (%s)', (locale) => {
  it.each(agencyCaused.map((message) => [message.topic, message] as const))(
    '%s names the agency at the top, with its logo, in the subject and in the footer',
    (_topic, message) => {
      const email = renderEmail({ ...message, locale, agency: norrsken });
      expect(imagesOf(email.html)).toEqual([
        expect.objectContaining({ src: logoUrl, alt: norrsken.name, width: '48', height: '48' }),
      ]);
      const top = topCellOf(email.html);
      expect(top).toContain('<img');
      expect(textOf(top).trim()).toBe(norrsken.name);
      expect(email.subject).toContain(norrsken.name);
      const footer =
        locale === 'sv'
          ? `Collab skickade det här meddelandet för ${norrsken.name}.`
          : `Collab sent this message on behalf of ${norrsken.name}.`;
      expect(textOf(email.html)).toContain(footer);
      expect(email.text.startsWith(`${norrsken.name}\n\n`)).toBe(true);
      expect(email.text).toContain(footer);
    },
  );

  it('shows no image without a logo, and still the name', () => {
    const email = renderEmail({
      ...invitationMessage,
      locale,
      agency: { name: norrsken.name, logoUrl: null },
    });
    expect(imagesOf(email.html)).toEqual([]);
    expect(textOf(topCellOf(email.html)).trim()).toBe(norrsken.name);
  });

  it('uses the payload’s agency name when the message has no agency', () => {
    const email = renderEmail({ ...invitationMessage, locale });
    expect(imagesOf(email.html)).toEqual([]);
    expect(email.text.startsWith(`${norrsken.name}\n\n`)).toBe(true);
  });

  it('escapes a hostile agency name everywhere, and keeps it as written in the plain text', () => {
    const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script> & Co';
    const email = renderEmail({
      ...invitationMessage,
      locale,
      payload: { ...invitationPayload, agencyName: hostile },
      agency: { name: hostile, logoUrl },
    });
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img src=x');
    const images = imagesOf(email.html);
    expect(images).toEqual([
      {
        src: logoUrl,
        alt: escapeHtml(hostile),
        width: '48',
        height: '48',
        style: expect.any(String),
      },
    ]);
    expect(textOf(topCellOf(email.html)).trim()).toBe(escapeHtml(hostile));
    expect(email.text.startsWith(`${hostile}\n\n`)).toBe(true);
    expect(email.subject).toContain(hostile);
  });

  it.each([
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'http://cdn.norrsken.se/logo.png',
    'https://user:secret@cdn.norrsken.se/logo.png',
  ])('shows no image for a stored logo address that is not plain https: %s', (badUrl) => {
    const email = renderEmail({
      ...invitationMessage,
      locale,
      agency: { name: norrsken.name, logoUrl: badUrl },
    });
    expect(imagesOf(email.html)).toEqual([]);
    expect(email.html).not.toContain('javascript:');
    expect(email.html).not.toContain('data:');
  });
});

describe('e-mails no agency speaks through', () => {
  it('a collaboration the company ended goes to the agency as from Collab', () => {
    const email = renderEmail({
      topic: 'collaboration_ended',
      locale: 'sv',
      payload: {
        recipientName: 'Frida Full',
        endedByName: 'Kim Ägare',
        service: 'eEkonomi',
        collaborationId: 'c-1',
        endedBy: 'company',
      },
      links,
      agency: norrsken,
    });
    expect(imagesOf(email.html)).toEqual([]);
    expect(textOf(topCellOf(email.html)).trim()).toBe('Collab');
    expect(email.subject).toBe('Samarbetet i eEkonomi har avslutats');
  });

  it('an answer to the agency’s own staff stays from Collab', () => {
    const email = renderEmail({
      topic: 'invitation_accepted',
      locale: 'en',
      payload: {
        recipientName: 'Frida Full',
        customerName: 'Kiosken AB',
        acceptedByName: 'Kim Ägare',
        services: ['eEkonomi'],
      },
      links,
      agency: norrsken,
    });
    expect(textOf(topCellOf(email.html)).trim()).toBe('Collab');
    expect(email.text).toContain('This message was sent automatically by Collab.');
  });
});
