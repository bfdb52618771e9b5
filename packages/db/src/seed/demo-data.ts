import type { CompanyType, ServiceId, ServiceOptions } from '@collab/contracts';

/*
 * The demo world, written out by hand so that every screen has something true to show:
 * every status, unlinked imports, both rights, admins and plain users, a customer without a
 * contact e-mail, an English-speaking employee and customer admin. `demo.ts` turns this into
 * rows; ids, check digits, phone numbers and times of day come from a seeded generator.
 *
 * Employees and tasks are referred to by their index in the agency's `employees` list.
 * Invitations are sent by employees with full rights (index 0 and 1 in both agencies).
 */

export interface DemoEmployee {
  name: string;
  rights: 'full' | 'standard';
  locale?: 'sv' | 'en';
}

export interface DemoTask {
  name: string;
  owner: number;
  /** Other participants besides the owner, who always takes part. */
  with: number[];
}

export interface DemoPerson {
  name: string;
  locale?: 'sv' | 'en';
}

export interface DemoAccount {
  /** Admins besides the contact person (or all admins when the contact is not one). */
  admins: DemoPerson[];
  /** The contact person is the account's first admin unless this says false. */
  contactIsAdmin?: boolean;
  /** A user who is not an admin. */
  user: DemoPerson;
}

export interface DemoServiceChoice {
  service: ServiceId;
  /** The catalog's defaults when left out. */
  options?: ServiceOptions;
}

/**
 * One activation, invitation or import, and what became of it.
 * - `direct`: the customer had no account, so the account was created and the collaboration
 *   was active at once. Only possible as the customer's first plan.
 * - `invitation`: the account existed; an invitation was sent and then answered, cancelled,
 *   left to expire or is still open.
 * - `import`: unlinked collaborations from the old agency system.
 */
export type DemoPlan =
  | {
      flow: 'direct';
      services: DemoServiceChoice[];
      task: string;
      daysAgo: number;
      by: number;
      ended?: DemoEnding;
    }
  | {
      flow: 'invitation';
      services: DemoServiceChoice[];
      task: string;
      daysAgo: number;
      by: number;
      /** Resent this many days ago: a new token, a new expiry, `send_count` 2. */
      resentDaysAgo?: number;
      outcome: DemoInvitationOutcome;
    }
  | { flow: 'import'; legacyServiceName: string; daysAgo: number; by: number };

export type DemoInvitationOutcome =
  | { status: 'pending' }
  /** Stored as pending; its expiry has passed, so the API reports it as expired. */
  | { status: 'expired_pending' }
  /** Stored as expired: something touched it after the expiry passed. */
  | { status: 'expired' }
  | { status: 'active'; afterDays: number; ended?: DemoEnding }
  | { status: 'declined'; afterDays: number; reason?: string }
  | { status: 'cancelled'; afterDays: number };

export interface DemoEnding {
  daysAgo: number;
  reason: string;
  /** The agency (the plan's sender) or the account's first admin. */
  by: 'agency' | 'customer';
}

export interface DemoCustomer {
  name: string;
  companyType: CompanyType;
  /**
   * The start of the number: a company prefix such as 556, or the birth date YYMMDD for a
   * personnummer. The rest is random digits and the check digit.
   */
  orgPrefix: string;
  contactName: string;
  contactLocale?: 'sv' | 'en';
  /** The domain of the company's e-mail addresses. */
  domain: string;
  /** False when the register has no e-mail for the contact person. */
  contactHasEmail?: boolean;
  accountManager: number;
  tasks: DemoTask[];
  account?: DemoAccount;
  plans: DemoPlan[];
}

export interface DemoAgency {
  name: string;
  orgPrefix: string;
  domain: string;
  employees: DemoEmployee[];
  customers: DemoCustomer[];
}

const privateMailDomain = 'hemmail.se';

export const demoAgencies: DemoAgency[] = [
  {
    name: 'Redovisningsbyrån Norrsken AB',
    orgPrefix: '559',
    domain: 'norrskenredovisning.se',
    employees: [
      { name: 'Anna Lindqvist', rights: 'full' },
      { name: 'Erik Johansson', rights: 'full' },
      { name: 'Sara Nilsson', rights: 'standard' },
      { name: 'Oskar Berg', rights: 'standard' },
      { name: 'Emily Carter', rights: 'standard', locale: 'en' },
    ],
    customers: [
      {
        name: 'Fjällbäckens Bageri AB',
        companyType: 'aktiebolag',
        orgPrefix: '556',
        contactName: 'Lena Forsberg',
        domain: 'fjallbackensbageri.se',
        accountManager: 0,
        tasks: [
          { name: 'Bokföring', owner: 0, with: [2] },
          { name: 'Bokslut 2025', owner: 1, with: [0] },
          { name: 'Löner', owner: 2, with: [3] },
        ],
        account: { admins: [], user: { name: 'Nils Forsberg' } },
        plans: [
          {
            flow: 'invitation',
            services: [
              { service: 'eekonomi', options: { variant: 'smart', invoiceRecipient: 'customer' } },
              { service: 'scanner' },
            ],
            task: 'Bokföring',
            daysAgo: 210,
            by: 0,
            outcome: { status: 'active', afterDays: 2 },
          },
          {
            flow: 'invitation',
            services: [
              { service: 'ekonomioversikt', options: { period: '3', invoiceRecipient: 'agency' } },
            ],
            task: 'Bokföring',
            daysAgo: 64,
            by: 1,
            outcome: { status: 'active', afterDays: 1 },
          },
        ],
      },
      {
        name: 'Norrlands Timmerhus AB',
        companyType: 'aktiebolag',
        orgPrefix: '559',
        contactName: 'Per Lundgren',
        domain: 'norrlandstimmerhus.se',
        accountManager: 1,
        tasks: [
          { name: 'Bokföring', owner: 1, with: [3, 4] },
          { name: 'Bokslut 2025', owner: 1, with: [] },
        ],
        account: { admins: [{ name: 'Maria Lundgren' }], user: { name: 'Ahmed Hassan' } },
        plans: [
          {
            flow: 'direct',
            services: [
              { service: 'eekonomi', options: { variant: 'pro', invoiceRecipient: 'agency' } },
            ],
            task: 'Bokföring',
            daysAgo: 420,
            by: 1,
          },
          {
            flow: 'invitation',
            services: [{ service: 'ekonomioversikt' }, { service: 'scanner' }],
            task: 'Bokföring',
            daysAgo: 5,
            by: 1,
            outcome: { status: 'pending' },
          },
        ],
      },
      {
        name: 'Kaffekoppen i Umeå HB',
        companyType: 'handelsbolag',
        orgPrefix: '969',
        contactName: 'Johanna Wikström',
        domain: 'kaffekoppen-umea.se',
        accountManager: 2,
        tasks: [{ name: 'Bokföring', owner: 0, with: [2] }],
        account: { admins: [], user: { name: 'Elias Wikström' } },
        plans: [
          {
            flow: 'invitation',
            services: [
              {
                service: 'eekonomi',
                options: { variant: 'bokforing', invoiceRecipient: 'customer' },
              },
              { service: 'scanner' },
            ],
            task: 'Bokföring',
            daysAgo: 3,
            by: 0,
            outcome: { status: 'pending' },
          },
        ],
      },
      {
        name: 'Åsa Strands Måleri',
        companyType: 'enskild_firma',
        orgPrefix: '780412',
        contactName: 'Åsa Strand',
        domain: 'strandsmaleri.se',
        accountManager: 3,
        tasks: [
          { name: 'Bokföring', owner: 1, with: [3] },
          { name: 'Deklaration 2025', owner: 1, with: [] },
        ],
        account: { admins: [], user: { name: 'Henrik Strand' } },
        plans: [
          {
            flow: 'invitation',
            services: [
              { service: 'eekonomi', options: { variant: 'start', invoiceRecipient: 'customer' } },
            ],
            task: 'Bokföring',
            daysAgo: 45,
            by: 1,
            outcome: { status: 'expired_pending' },
          },
        ],
      },
      {
        name: 'Bygg & Fog Norr AB',
        companyType: 'aktiebolag',
        orgPrefix: '556',
        contactName: 'Tomas Hedlund',
        domain: 'byggochfog.se',
        accountManager: 0,
        tasks: [
          { name: 'Bokslut 2025', owner: 0, with: [1, 2] },
          { name: 'Löner', owner: 2, with: [3] },
          { name: 'Bokföring', owner: 0, with: [] },
        ],
        account: { admins: [{ name: 'Linnea Hedlund' }], user: { name: 'Kristoffer Nyström' } },
        plans: [
          {
            flow: 'invitation',
            services: [{ service: 'skatt_bokslut_pro' }],
            task: 'Bokslut 2025',
            daysAgo: 300,
            by: 0,
            outcome: { status: 'active', afterDays: 4 },
          },
          { flow: 'import', legacyServiceName: 'Byråstöd Lön', daysAgo: 120, by: 0 },
          {
            flow: 'invitation',
            services: [{ service: 'utlagg', options: { plan: 'fastpris' } }],
            task: 'Löner',
            daysAgo: 20,
            by: 1,
            outcome: {
              status: 'declined',
              afterDays: 2,
              reason: 'Vi sköter utläggen själva i år.',
            },
          },
        ],
      },
      {
        name: 'Älvdalens Fiskevårdsförening ek. för.',
        companyType: 'ekonomisk_forening',
        orgPrefix: '769',
        contactName: 'Gunnar Mattsson',
        domain: 'alvdalensfiske.se',
        accountManager: 1,
        tasks: [
          { name: 'Bokföring', owner: 1, with: [4] },
          { name: 'Årsredovisning 2025', owner: 1, with: [] },
        ],
        account: { admins: [], user: { name: 'Eva Mattsson' } },
        plans: [
          { flow: 'import', legacyServiceName: 'Byråstöd Bokföring', daysAgo: 120, by: 1 },
          {
            flow: 'invitation',
            services: [{ service: 'eekonomi' }],
            task: 'Bokföring',
            daysAgo: 15,
            by: 1,
            outcome: { status: 'cancelled', afterDays: 1 },
          },
        ],
      },
      {
        name: 'Sundsvalls Cykelverkstad AB',
        companyType: 'aktiebolag',
        orgPrefix: '559',
        contactName: 'David Eriksson',
        domain: 'sundsvallscykel.se',
        accountManager: 2,
        tasks: [
          { name: 'Bokföring', owner: 2, with: [0, 3] },
          { name: 'Löner', owner: 3, with: [2] },
        ],
        account: { admins: [], user: { name: 'Sofia Eriksson' } },
        plans: [
          {
            flow: 'direct',
            services: [{ service: 'utlagg', options: { plan: 'smart' } }],
            task: 'Löner',
            daysAgo: 520,
            by: 0,
          },
          {
            flow: 'invitation',
            services: [
              { service: 'eekonomi', options: { variant: 'smart', invoiceRecipient: 'customer' } },
              { service: 'scanner' },
            ],
            task: 'Bokföring',
            daysAgo: 400,
            by: 0,
            outcome: {
              status: 'active',
              afterDays: 3,
              ended: {
                daysAgo: 30,
                reason: 'Kunden har bytt till ett annat affärssystem.',
                by: 'customer',
              },
            },
          },
        ],
      },
      {
        name: 'Nordisk Designstudio AB',
        companyType: 'aktiebolag',
        orgPrefix: '556',
        contactName: 'Camilla Roos',
        domain: 'nordiskdesignstudio.se',
        accountManager: 0,
        tasks: [
          { name: 'Bokföring', owner: 0, with: [2] },
          { name: 'Bokslut 2025', owner: 1, with: [0] },
        ],
        account: {
          contactIsAdmin: false,
          admins: [{ name: 'Viktor Roos' }, { name: 'Amanda Lind' }],
          user: { name: 'Jesper Holm' },
        },
        plans: [
          { flow: 'import', legacyServiceName: 'Byråstöd Bokföring', daysAgo: 90, by: 1 },
          { flow: 'import', legacyServiceName: 'Byråstöd Bokslut', daysAgo: 90, by: 1 },
        ],
      },
      {
        name: 'Tekniklyftet Sverige AB',
        companyType: 'aktiebolag',
        orgPrefix: '559',
        contactName: 'Oliver Grant',
        contactLocale: 'en',
        domain: 'tekniklyftet.se',
        accountManager: 4,
        tasks: [
          { name: 'Bokföring', owner: 1, with: [4] },
          { name: 'Bokslut 2025', owner: 0, with: [4, 2] },
          { name: 'Löner', owner: 3, with: [] },
        ],
        account: { admins: [{ name: 'Maja Björk' }], user: { name: 'Leo Sandberg' } },
        plans: [
          {
            flow: 'invitation',
            services: [
              {
                service: 'eekonomi',
                options: { variant: 'fakturering', invoiceRecipient: 'agency' },
              },
              { service: 'ekonomioversikt', options: { period: '12', invoiceRecipient: 'agency' } },
            ],
            task: 'Bokföring',
            daysAgo: 180,
            by: 0,
            outcome: { status: 'active', afterDays: 1 },
          },
          {
            flow: 'invitation',
            services: [{ service: 'scanner' }],
            task: 'Bokföring',
            daysAgo: 90,
            by: 1,
            outcome: { status: 'declined', afterDays: 5 },
          },
          {
            flow: 'invitation',
            services: [{ service: 'utlagg', options: { plan: 'styckpris' } }],
            task: 'Löner',
            daysAgo: 28,
            by: 0,
            outcome: { status: 'pending' },
          },
        ],
      },
      {
        name: 'Petra Sundberg',
        companyType: 'privatperson',
        orgPrefix: '850923',
        contactName: 'Petra Sundberg',
        domain: privateMailDomain,
        accountManager: 3,
        tasks: [{ name: 'Deklaration 2025', owner: 3, with: [1] }],
        account: { admins: [], user: { name: 'Jonas Sundberg' } },
        plans: [
          {
            flow: 'direct',
            services: [{ service: 'skatt_bokslut_pro' }],
            task: 'Deklaration 2025',
            daysAgo: 100,
            by: 1,
          },
        ],
      },
      {
        name: 'Hälsohuset Solrosen HB',
        companyType: 'handelsbolag',
        orgPrefix: '969',
        contactName: 'Ingela Persson',
        domain: 'solrosenhalsa.se',
        accountManager: 2,
        tasks: [{ name: 'Bokföring', owner: 2, with: [] }],
        plans: [],
      },
      {
        name: 'Jonas Ekmans Snickeri',
        companyType: 'enskild_firma',
        orgPrefix: '690315',
        contactName: 'Jonas Ekman',
        domain: 'ekmanssnickeri.se',
        accountManager: 3,
        tasks: [
          { name: 'Bokföring', owner: 3, with: [1] },
          { name: 'Deklaration 2025', owner: 1, with: [] },
        ],
        plans: [],
      },
      {
        name: 'Ängsbacka Gårdsbutik ek. för.',
        companyType: 'ekonomisk_forening',
        orgPrefix: '769',
        contactName: 'Birgitta Holmqvist',
        domain: 'angsbackagard.se',
        accountManager: 0,
        tasks: [
          { name: 'Bokföring', owner: 0, with: [] },
          { name: 'Årsredovisning 2025', owner: 0, with: [2] },
        ],
        plans: [],
      },
      {
        name: 'Kiruna Guideturer AB',
        companyType: 'aktiebolag',
        orgPrefix: '559',
        contactName: 'Niklas Lantto',
        domain: 'kirunaguideturer.se',
        accountManager: 4,
        tasks: [
          { name: 'Bokföring', owner: 1, with: [4] },
          { name: 'Löner', owner: 4, with: [] },
        ],
        plans: [],
      },
      {
        name: 'Mats Öberg',
        companyType: 'privatperson',
        orgPrefix: '620707',
        contactName: 'Mats Öberg',
        domain: privateMailDomain,
        contactHasEmail: false,
        accountManager: 1,
        tasks: [{ name: 'Deklaration 2025', owner: 1, with: [] }],
        plans: [],
      },
      {
        name: 'Strömmens Städservice AB',
        companyType: 'aktiebolag',
        orgPrefix: '556',
        contactName: 'Yasmin Karimi',
        domain: 'strommensstad.se',
        accountManager: 1,
        tasks: [
          { name: 'Bokföring', owner: 1, with: [2] },
          { name: 'Löner', owner: 2, with: [3] },
          { name: 'Bokslut 2025', owner: 1, with: [] },
        ],
        plans: [],
      },
    ],
  },
  {
    name: 'Siffra & Balans Redovisning',
    orgPrefix: '969',
    domain: 'siffrabalans.se',
    employees: [
      { name: 'Karin Holm', rights: 'full' },
      { name: 'Mikael Åberg', rights: 'full' },
      { name: 'Fatima Ahmadi', rights: 'standard' },
      { name: 'Johan Sjöberg', rights: 'standard' },
    ],
    customers: [
      {
        name: 'Göteborgs Kaffebrenneri AB',
        companyType: 'aktiebolag',
        orgPrefix: '556',
        contactName: 'Annika Dahl',
        domain: 'gbgkaffebrenneri.se',
        accountManager: 0,
        tasks: [
          { name: 'Bokföring', owner: 0, with: [2, 3] },
          { name: 'Bokslut 2025', owner: 1, with: [0] },
          { name: 'Löner', owner: 2, with: [] },
        ],
        account: { admins: [{ name: 'Robert Dahl' }], user: { name: 'Ellen Svensson' } },
        plans: [
          {
            flow: 'invitation',
            services: [
              { service: 'eekonomi', options: { variant: 'pro', invoiceRecipient: 'agency' } },
              { service: 'scanner' },
              { service: 'ekonomioversikt', options: { period: '12', invoiceRecipient: 'agency' } },
            ],
            task: 'Bokföring',
            daysAgo: 150,
            by: 0,
            outcome: { status: 'active', afterDays: 2 },
          },
          {
            flow: 'invitation',
            services: [{ service: 'skatt_bokslut_pro' }],
            task: 'Bokslut 2025',
            daysAgo: 140,
            by: 1,
            outcome: { status: 'active', afterDays: 3 },
          },
        ],
      },
      {
        name: 'Västkustens Båtvarv AB',
        companyType: 'aktiebolag',
        orgPrefix: '559',
        contactName: 'Fredrik Olausson',
        domain: 'vastkustensbatvarv.se',
        accountManager: 1,
        tasks: [
          { name: 'Bokföring', owner: 1, with: [3] },
          { name: 'Löner', owner: 3, with: [2] },
        ],
        account: { admins: [], user: { name: 'Lisa Olausson', locale: 'en' } },
        plans: [
          {
            flow: 'direct',
            services: [
              { service: 'eekonomi', options: { variant: 'smart', invoiceRecipient: 'customer' } },
            ],
            task: 'Bokföring',
            daysAgo: 250,
            by: 1,
          },
          {
            flow: 'invitation',
            services: [{ service: 'utlagg', options: { plan: 'styckpris' } }],
            task: 'Löner',
            daysAgo: 200,
            by: 1,
            outcome: {
              status: 'active',
              afterDays: 2,
              ended: {
                daysAgo: 10,
                reason: 'Vi använder inte utläggshanteringen längre.',
                by: 'customer',
              },
            },
          },
          {
            flow: 'invitation',
            services: [{ service: 'scanner' }],
            task: 'Bokföring',
            daysAgo: 12,
            by: 0,
            outcome: { status: 'cancelled', afterDays: 2 },
          },
        ],
      },
      {
        name: 'Lilla Tryckeriet HB',
        companyType: 'handelsbolag',
        orgPrefix: '969',
        contactName: 'Sanna Berglund',
        domain: 'lillatryckeriet.se',
        accountManager: 2,
        tasks: [
          { name: 'Bokslut 2025', owner: 0, with: [2] },
          { name: 'Löner', owner: 2, with: [] },
        ],
        account: { admins: [], user: { name: 'Ali Rahimi' } },
        plans: [
          {
            flow: 'invitation',
            services: [{ service: 'utlagg', options: { plan: 'smart' } }],
            task: 'Löner',
            daysAgo: 75,
            by: 0,
            outcome: { status: 'expired' },
          },
          {
            flow: 'invitation',
            services: [{ service: 'skatt_bokslut_pro' }],
            task: 'Bokslut 2025',
            daysAgo: 1,
            by: 0,
            outcome: { status: 'pending' },
          },
        ],
      },
      {
        name: 'Hanna Falks Fotografi',
        companyType: 'enskild_firma',
        orgPrefix: '910228',
        contactName: 'Hanna Falk',
        domain: 'hannafalkfoto.se',
        accountManager: 3,
        tasks: [
          { name: 'Bokföring', owner: 1, with: [3] },
          { name: 'Deklaration 2025', owner: 1, with: [] },
        ],
        account: { admins: [], user: { name: 'Jakob Falk' } },
        plans: [
          {
            flow: 'invitation',
            services: [
              {
                service: 'eekonomi',
                options: { variant: 'bokforing', invoiceRecipient: 'customer' },
              },
            ],
            task: 'Bokföring',
            daysAgo: 120,
            by: 1,
            outcome: {
              status: 'declined',
              afterDays: 6,
              reason: 'Vi vill vänta till nästa räkenskapsår.',
            },
          },
          {
            flow: 'invitation',
            services: [
              {
                service: 'eekonomi',
                options: { variant: 'bokforing', invoiceRecipient: 'customer' },
              },
            ],
            task: 'Bokföring',
            daysAgo: 40,
            by: 1,
            outcome: { status: 'expired_pending' },
          },
        ],
      },
      {
        name: 'Brf Kvarnen 4',
        companyType: 'ekonomisk_forening',
        orgPrefix: '716',
        contactName: 'Lars-Erik Nord',
        domain: 'brfkvarnen4.se',
        contactHasEmail: false,
        accountManager: 0,
        tasks: [
          { name: 'Bokföring', owner: 0, with: [2] },
          { name: 'Årsredovisning 2025', owner: 0, with: [] },
        ],
        account: {
          contactIsAdmin: false,
          admins: [{ name: 'Gunilla Nord' }],
          user: { name: 'Oscar Palm' },
        },
        plans: [
          { flow: 'import', legacyServiceName: 'Byråstöd Bokföring', daysAgo: 60, by: 0 },
          { flow: 'import', legacyServiceName: 'Byråstöd Årsredovisning', daysAgo: 60, by: 0 },
        ],
      },
      {
        name: 'Ölands Vingård AB',
        companyType: 'aktiebolag',
        orgPrefix: '559',
        contactName: 'Klara Öhman',
        domain: 'olandsvingard.se',
        accountManager: 1,
        tasks: [
          { name: 'Bokslut 2025', owner: 1, with: [0] },
          { name: 'Bokföring', owner: 1, with: [3] },
        ],
        account: { admins: [{ name: 'Gustav Öhman' }], user: { name: 'Noah Lindberg' } },
        plans: [
          {
            flow: 'invitation',
            services: [{ service: 'skatt_bokslut_pro' }],
            task: 'Bokslut 2025',
            daysAgo: 380,
            by: 1,
            outcome: {
              status: 'active',
              afterDays: 3,
              ended: {
                daysAgo: 200,
                reason: 'Bolaget har bytt bolagsform, så licensen måste bytas.',
                by: 'agency',
              },
            },
          },
          {
            flow: 'invitation',
            services: [{ service: 'skatt_bokslut_pro' }],
            task: 'Bokslut 2025',
            daysAgo: 195,
            by: 1,
            outcome: { status: 'active', afterDays: 2 },
          },
          {
            flow: 'invitation',
            services: [
              { service: 'eekonomi', options: { variant: 'smart', invoiceRecipient: 'agency' } },
              { service: 'ekonomioversikt', options: { period: '3', invoiceRecipient: 'agency' } },
            ],
            task: 'Bokföring',
            daysAgo: 20,
            resentDaysAgo: 12,
            by: 1,
            outcome: { status: 'pending' },
          },
        ],
      },
      {
        name: 'Halmstad Padelcenter AB',
        companyType: 'aktiebolag',
        orgPrefix: '556',
        contactName: 'Emma Lindholm',
        domain: 'halmstadpadel.se',
        accountManager: 2,
        tasks: [
          { name: 'Bokföring', owner: 0, with: [2] },
          { name: 'Löner', owner: 2, with: [3] },
        ],
        account: { admins: [], user: { name: 'Adam Lindholm' } },
        plans: [
          {
            flow: 'direct',
            services: [
              { service: 'eekonomi', options: { variant: 'smart', invoiceRecipient: 'customer' } },
              { service: 'scanner' },
            ],
            task: 'Bokföring',
            daysAgo: 120,
            by: 0,
          },
          {
            flow: 'invitation',
            services: [{ service: 'utlagg', options: { plan: 'smart' } }],
            task: 'Löner',
            daysAgo: 60,
            by: 0,
            outcome: { status: 'expired_pending' },
          },
        ],
      },
      {
        name: 'Ingrid Wallin',
        companyType: 'privatperson',
        orgPrefix: '540118',
        contactName: 'Ingrid Wallin',
        domain: privateMailDomain,
        accountManager: 3,
        tasks: [{ name: 'Deklaration 2025', owner: 3, with: [] }],
        plans: [],
      },
      {
        name: 'Skärgårdens Kajakuthyrning HB',
        companyType: 'handelsbolag',
        orgPrefix: '969',
        contactName: 'Mattias Strand',
        domain: 'skargardskajak.se',
        contactHasEmail: false,
        accountManager: 2,
        tasks: [{ name: 'Bokföring', owner: 2, with: [] }],
        plans: [],
      },
      {
        name: 'Digitalbyrån Pixel & Kod AB',
        companyType: 'aktiebolag',
        orgPrefix: '559',
        contactName: 'Sebastian Ljung',
        domain: 'pixelochkod.se',
        accountManager: 0,
        tasks: [
          { name: 'Bokföring', owner: 0, with: [3] },
          { name: 'Bokslut 2025', owner: 1, with: [] },
        ],
        plans: [],
      },
      {
        name: 'Lunds Tandvård AB',
        companyType: 'aktiebolag',
        orgPrefix: '556',
        contactName: 'Malin Engström',
        domain: 'lundstandvard.se',
        accountManager: 1,
        tasks: [
          { name: 'Bokföring', owner: 1, with: [2] },
          { name: 'Löner', owner: 2, with: [3] },
          { name: 'Bokslut 2025', owner: 0, with: [1] },
        ],
        plans: [],
      },
      {
        name: 'Per Almqvists Elfirma',
        companyType: 'enskild_firma',
        orgPrefix: '750601',
        contactName: 'Per Almqvist',
        domain: 'almqvistel.se',
        accountManager: 3,
        tasks: [
          { name: 'Bokföring', owner: 3, with: [] },
          { name: 'Deklaration 2025', owner: 1, with: [3] },
        ],
        plans: [],
      },
      {
        name: 'Tvätteriet på Hörnet AB',
        companyType: 'aktiebolag',
        orgPrefix: '559',
        contactName: 'Nadia Haddad',
        domain: 'tvatterietpahornet.se',
        accountManager: 2,
        tasks: [{ name: 'Bokföring', owner: 2, with: [0] }],
        plans: [],
      },
      {
        name: 'Malmö Matkollektiv ek. för.',
        companyType: 'ekonomisk_forening',
        orgPrefix: '769',
        contactName: 'Ebba Sjögren',
        domain: 'malmomatkollektiv.se',
        accountManager: 0,
        tasks: [
          { name: 'Bokföring', owner: 0, with: [3] },
          { name: 'Årsredovisning 2025', owner: 0, with: [] },
        ],
        plans: [],
      },
    ],
  },
];
