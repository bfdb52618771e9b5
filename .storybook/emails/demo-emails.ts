import type { EmailLinks, EmailPayloadOf, EmailTopic } from '@collab/emails';

/**
 * Demo outbox messages for the e-mail stories: the payload as the domain queues it
 * (`queueEmail` in @collab/api, typed by the topic's schema in @collab/emails), in the world of the widget's fake API (Lund & Berg
 * Redovisning, Karin Lund, Exempel AB, Nystart HB…). Keyed by topic, so a new template
 * does not typecheck until it has demo data here and, with it, a story.
 */
export interface DemoEmail<Topic extends EmailTopic> {
  payload: EmailPayloadOf<Topic>;
  links: EmailLinks;
}

const appUrl = 'https://collab.lundberg-redovisning.se';
const links: EmailLinks = { appUrl };
const invitationLinks: EmailLinks = {
  appUrl,
  acceptUrl: `${appUrl}/accept?token=inv_7Qm2xK9pLr4TzW8vNc3HdE`,
};

const agencyName = 'Lund & Berg Redovisning';

/** What an invitation offers: options chosen, some paid by the agency. */
const invitedServices: EmailPayloadOf<'invitation'>['services'] = [
  {
    service: 'eekonomi',
    name: 'eEkonomi',
    options: { variant: 'pro', invoiceRecipient: 'agency' },
  },
  {
    service: 'ekonomioversikt',
    name: 'Ekonomiöversikt',
    options: { period: '12', invoiceRecipient: 'customer' },
  },
  { service: 'scanner', name: 'Scanner', options: {} },
];

export const demoEmails: { [Topic in EmailTopic]: DemoEmail<Topic> } = {
  signin_instructions: {
    payload: {
      recipientName: 'Lisa Nyberg',
      agencyName,
      customerName: 'Nystart HB',
      services: [
        {
          service: 'eekonomi',
          name: 'eEkonomi',
          options: { variant: 'smart', invoiceRecipient: 'customer' },
        },
        { service: 'utlagg', name: 'Utlägg', options: { plan: 'styckpris' } },
      ],
    },
    links,
  },
  invitation: {
    payload: {
      invitationId: '5d0c6b1e-3f0a-4a8e-9c55-7b2f1e9a0c41',
      recipientName: 'Anna Svensson',
      agencyName,
      customerName: 'Exempel AB',
      invitedByName: 'Karin Lund',
      services: invitedServices,
      expiresAt: '2026-12-11T15:30:00.000Z',
    },
    links: invitationLinks,
  },
  invitation_reminder: {
    payload: {
      invitationId: '5d0c6b1e-3f0a-4a8e-9c55-7b2f1e9a0c41',
      recipientName: 'Anna Svensson',
      agencyName,
      customerName: 'Exempel AB',
      invitedByName: 'Karin Lund',
      services: invitedServices,
      expiresAt: '2026-12-11T15:30:00.000Z',
      expiresWithinDays: 3,
    },
    links: invitationLinks,
  },
  company_has_access: {
    payload: {
      recipientName: 'Per Holm',
      agencyName,
      customerName: 'Exempel AB',
      services: ['eEkonomi', 'Ekonomiöversikt', 'Scanner'],
    },
    links,
  },
  invitation_accepted: {
    payload: {
      recipientName: 'Karin Lund',
      customerName: 'Exempel AB',
      acceptedByName: 'Anna Svensson',
      services: ['eEkonomi', 'Ekonomiöversikt', 'Scanner'],
    },
    links,
  },
  invitation_declined: {
    payload: {
      recipientName: 'Karin Lund',
      customerName: 'Exempel AB',
      declinedByName: 'Anna Svensson',
      reason: 'Vi sköter bokföringen själva i år och hör av oss till hösten.',
      services: ['eEkonomi', 'Ekonomiöversikt', 'Scanner'],
    },
    links,
  },
  collaboration_ended: {
    payload: {
      recipientName: 'Karin Lund',
      endedByName: 'Anna Svensson',
      service: 'Utlägg',
      collaborationId: '9a1f3c7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b',
      reason: 'Vi hanterar utläggen i lönesystemet från och med januari.',
      endedBy: 'company',
    },
    links,
  },
  activation_request: {
    payload: {
      activationRequestId: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a701',
      recipientName: 'Karin Lund',
      requestedByName: 'Olle Berg',
      agencyName,
      customerName: 'Exempel AB',
      taskName: 'Bokföring',
      services: invitedServices,
      note: 'Anna Svensson vill komma igång före månadsskiftet.',
    },
    links: {
      appUrl,
      activationRequestUrl: `${appUrl}/?activationRequest=0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a701`,
    },
  },
  activation_request_dismissed: {
    payload: {
      recipientName: 'Olle Berg',
      dismissedByName: 'Karin Lund',
      customerName: 'Exempel AB',
      services: ['eEkonomi', 'Ekonomiöversikt', 'Scanner'],
      reason: 'Vi tar det på kundmötet på torsdag först.',
    },
    links,
  },
  webhook_endpoint_disabled: {
    payload: {
      integrationName: 'Smarta Byrån',
      endpointId: 'whe_01938f2c-6e1a-7b3c-9d4e-5f6a7b8c9d0e',
      url: 'https://app.smartabyran.example.se/hooks/collab',
      failingSince: '2026-11-30T08:12:00.000Z',
      lastError: 'HTTP 503',
    },
    links,
  },
};
