/**
 * The demo's own texts, Swedish first (the default) and English. The widget has its own
 * messages; the demo only passes the language on to it.
 */
export type Locale = 'sv' | 'en';

const sv = {
  'app.name': 'Byrådesk',
  'app.tagline': 'Praktikstöd för redovisningsbyråer',
  'app.skipToContent': 'Hoppa till innehållet',
  'nav.label': 'Huvudmeny',
  'nav.start': 'Start',
  'nav.customers': 'Kunder',
  'nav.settings': 'Inställningar',
  'nav.portal': 'Mina samarbeten',
  'nav.mailbox': 'E-postlåda',
  'nav.webhooks': 'Webhooks',
  'nav.embed': 'Bädda in',
  'prefs.language': 'Språk',
  'prefs.theme': 'Tema',
  'prefs.light': 'Ljust',
  'prefs.dark': 'Mörkt',
  'user.signedOut': 'Inte inloggad',
  'user.signIn': 'Logga in',
  'user.switch': 'Byt användare',
  'user.switchTitle': 'Byt användare',
  'user.switchIntro':
    'Utvecklingsinloggning: välj vem du vill vara. Alla användare i demodata finns här.',
  'user.filter': 'Filtrera på namn eller organisation',
  'user.signOut': 'Logga ut',
  'user.close': 'Stäng',
  'user.current': 'Inloggad nu',
  'user.noMatch': 'Ingen användare matchar.',
  'user.loadFailed': 'Kunde inte hämta användarna. Kör servern med DEV_LOGIN=1?',
  'role.employee_full': 'Anställd, full behörighet',
  'role.employee_standard': 'Anställd, standardbehörighet',
  'role.customer_admin': 'Kundadministratör',
  'role.customer_user': 'Kundanvändare',
  'signIn.required': 'Logga in för att fortsätta',
  'signIn.requiredAgency': 'Den här sidan är för byråns anställda. Logga in som en anställd.',
  'signIn.requiredCustomer':
    'Den här sidan är för kundföretagens användare. Logga in som en kundanvändare.',
  'signIn.title': 'Logga in',
  'signIn.intro': 'Välj vilken kundanvändare du är. Sedan kommer du tillbaka till inbjudan.',
  'signIn.back': 'Tillbaka utan att logga in',
  'home.title': 'Välkommen till Byrådesk',
  'home.lead':
    'Byrådesk är en påhittad praktikapplikation som bäddar in Collab, precis som en riktig värdapp skulle göra. Välj en användare uppe till höger och följ ett samarbete från inbjudan till svar.',
  'home.agencyTitle': 'Som byrå',
  'home.agencyText':
    'Logga in som en anställd med full behörighet, öppna en kund och aktivera tjänster. Översikten finns under Inställningar.',
  'home.customerTitle': 'Som kund',
  'home.customerText':
    'Logga in som kundadministratör för att svara på inbjudningar och se företagets samarbeten.',
  'home.mailboxTitle': 'E-post',
  'home.mailboxText':
    'Alla e-postmeddelanden som skickas hamnar i e-postlådan. Länkarna fungerar, så du kan följa en inbjudan hela vägen.',
  'home.embedTitle': 'Bädda in',
  'home.embedText': 'Se koden som behövs för att bädda in Collab i din egen app.',
  'home.storybookTitle': 'Storybook',
  'home.storybookText':
    'Varje vy och varje tillstånd i widgeten, och alla e-postmeddelanden, för formgivare.',
  'home.open': 'Öppna',
  'home.signedInAs': 'Du är inloggad som {name}, {role}.',
  'customers.title': 'Kunder',
  'customers.lead': 'Byråns kundregister. Sök på namn eller organisationsnummer.',
  'customers.search': 'Sök kund',
  'customers.searchPlaceholder': 'Namn eller organisationsnummer',
  'customers.name': 'Kund',
  'customers.orgNumber': 'Organisationsnummer',
  'customers.contact': 'Kontaktperson',
  'customers.accountManager': 'Kundansvarig',
  'customers.account': 'Konto',
  'customers.hasAccount': 'Har konto',
  'customers.noAccount': 'Inget konto',
  'customers.count': '{count} kunder',
  'customers.countOne': '1 kund',
  'customers.none': 'Inga kunder matchar sökningen.',
  'customers.loading': 'Hämtar kunder…',
  'customers.more': 'Visa fler',
  'customers.failed': 'Kunde inte hämta kunderna.',
  'customer.back': 'Alla kunder',
  'customer.activate': 'Aktivera',
  'customer.tabs': 'Kundens flikar',
  'customer.tabDetails': 'Uppgifter',
  'customer.tabCollaborations': 'Samarbeten',
  'customer.companyType': 'Företagsform',
  'customer.contact': 'Kontaktperson',
  'customer.accountManager': 'Kundansvarig',
  'customer.account': 'Kundkonto',
  'customer.tasks': 'Uppdrag',
  'customer.taskOwner': 'Ägare: {name}',
  'customer.taskParticipants': 'Deltagare: {names}',
  'customer.noParticipants': 'Inga fler deltagare',
  'customer.noTasks': 'Kunden har inga uppdrag.',
  'customer.missing': 'Ingen kund vald. Gå till kundlistan och välj en kund.',
  'customer.loading': 'Hämtar kunden…',
  'customer.failed': 'Kunde inte hämta kunden.',
  'customer.none': 'Saknas',
  'companyType.aktiebolag': 'Aktiebolag',
  'companyType.enskild_firma': 'Enskild firma',
  'companyType.handelsbolag': 'Handelsbolag',
  'companyType.ekonomisk_forening': 'Ekonomisk förening',
  'companyType.privatperson': 'Privatperson',
  'settings.title': 'Inställningar',
  'settings.nav': 'Inställningar',
  'settings.customer': 'Kund',
  'settings.collaborations': 'Samarbeten',
  'settings.breadcrumb': 'Brödsmulor',
  'settings.lead':
    'Alla byråns samarbeten. Den här sidan är en React-app som använder Collabs React-komponenter.',
  'portal.title': 'Mina samarbeten',
  'portal.lead':
    'Företagets samarbeten med redovisningsbyråer och inbjudningar som väntar på svar.',
  'accept.title': 'Inbjudan till samarbete',
  'accept.lead': 'Här svarar du på en inbjudan från din redovisningsbyrå.',
  'mailbox.title': 'E-postlåda',
  'mailbox.lead':
    'Utvecklingsläge: e-post som servern har skickat hamnar här i stället för hos mottagaren.',
  'mailbox.refresh': 'Uppdatera',
  'mailbox.filter': 'Filtrera på mottagare eller ämne',
  'mailbox.empty': 'Inga meddelanden ännu.',
  'mailbox.noMatch': 'Inga meddelanden matchar.',
  'mailbox.to': 'Till',
  'mailbox.sent': 'Skickat',
  'mailbox.count': '{count} meddelanden',
  'mailbox.countOne': '1 meddelande',
  'mailbox.failed': 'Kunde inte hämta e-postlådan.',
  'mailbox.messages': 'Meddelanden',
  'webhooks.title': 'Webhooks',
  'webhooks.lead':
    'Det Collab har skickat till Byrådesks backend: varje webhook kontrolleras mot signaturen innan den godtas.',
  'webhooks.refresh': 'Uppdatera',
  'webhooks.caption': 'Mottagna webhooks, nyast först',
  'webhooks.time': 'Mottagen',
  'webhooks.type': 'Händelse',
  'webhooks.verified': 'Verifierad',
  'webhooks.id': 'webhook-id',
  'webhooks.sequence': 'Sekvens',
  'webhooks.repeats': 'Upprepningar',
  'webhooks.yes': '✓ Verifierad',
  'webhooks.no': 'Inte verifierad',
  'webhooks.payload': 'Visa innehållet',
  'webhooks.payloadColumn': 'Innehåll',
  'webhooks.emptyTitle': 'Inga webhooks ännu',
  'webhooks.empty':
    'Gör något i Collab så kommer en: logga in som anställd, öppna Kunder och bjud in en kund till ett samarbete. Sidan uppdateras av sig själv.',
  'webhooks.count': '{count} webhooks',
  'webhooks.countOne': '1 webhook',
  'webhooks.arrived': '{count} nya webhooks har kommit.',
  'webhooks.arrivedOne': '1 ny webhook har kommit.',
  'webhooks.failed': 'Kunde inte hämta webhooks.',
  'embed.title': 'Bädda in Collab',
  'embed.lead':
    'Så här bäddar du in Collab i din egen app. Den här demon använder själv exakt de här sätten.',
  'embed.sessionTitle': 'Widgetsessioner: din server och din sida',
  'embed.sessionText':
    'Din server öppnar en kortlivad session med den hemliga nyckeln och dina egna id:n. Sidan får bara sessionens token, via getToken.',
  'embed.scriptTitle': 'Med en script-tagg (ingen byggprocess)',
  'embed.scriptText':
    'Ladda det fristående skriptet. React följer med i filen. Elementen fungerar direkt i HTML.',
  'embed.apiTitle': 'Med JavaScript-API:t',
  'embed.apiText':
    'Ett Collab-objekt per inloggad användare. getToken anropas igen om servern svarar 401, så token hålls utanför DOM.',
  'embed.reactTitle': 'I en React-app',
  'embed.reactText': 'Installera paketet. React hålls externt så att appens egen React används.',
  'embed.eventsTitle': 'Händelser',
  'embed.eventsText':
    'Alla händelser bubblar och lämnar shadow root, så du kan lyssna på document.',
  'embed.cspTitle': 'Content-Security-Policy',
  'embed.cspText': 'Widgeten behöver varken eval eller inline-skript.',
  'embed.copy': 'Kopiera',
  'embed.copied': 'Kopierat',
  'embed.copyFailed': 'Kunde inte kopiera. Markera texten och kopiera själv.',
  'embed.examples': 'Exempelsidor',
  'embed.plainExample': 'En vanlig HTML-sida med fientlig CSS',
  'embed.reactExample': 'React-sidan (Inställningar → Kund → Samarbeten)',
  'widget.loading': 'Laddar Collab…',
  'widget.missing':
    'Collab-skriptet kunde inte laddas. Är widgeten byggd (pnpm --filter @collab/widget build)?',
  'page.notFound': 'Sidan finns inte.',
} as const;

export type MessageKey = keyof typeof sv;

const en: Record<MessageKey, string> = {
  'app.name': 'Byrådesk',
  'app.tagline': 'Practice management for accounting agencies',
  'app.skipToContent': 'Skip to content',
  'nav.label': 'Main menu',
  'nav.start': 'Start',
  'nav.customers': 'Customers',
  'nav.settings': 'Settings',
  'nav.portal': 'My collaborations',
  'nav.mailbox': 'Mailbox',
  'nav.webhooks': 'Webhooks',
  'nav.embed': 'Embed it',
  'prefs.language': 'Language',
  'prefs.theme': 'Theme',
  'prefs.light': 'Light',
  'prefs.dark': 'Dark',
  'user.signedOut': 'Not signed in',
  'user.signIn': 'Sign in',
  'user.switch': 'Switch user',
  'user.switchTitle': 'Switch user',
  'user.switchIntro':
    'Development sign-in: choose who you want to be. Every user in the demo data is here.',
  'user.filter': 'Filter by name or organisation',
  'user.signOut': 'Sign out',
  'user.close': 'Close',
  'user.current': 'Signed in now',
  'user.noMatch': 'No user matches.',
  'user.loadFailed': 'Could not load the users. Is the server running with DEV_LOGIN=1?',
  'role.employee_full': 'Full employee',
  'role.employee_standard': 'Standard employee',
  'role.customer_admin': 'Customer admin',
  'role.customer_user': 'Customer user',
  'signIn.required': 'Sign in to continue',
  'signIn.requiredAgency': 'This page is for the agency’s employees. Sign in as an employee.',
  'signIn.requiredCustomer':
    'This page is for the customer companies’ users. Sign in as a customer user.',
  'signIn.title': 'Sign in',
  'signIn.intro': 'Choose which customer user you are. Then you come back to the invitation.',
  'signIn.back': 'Go back without signing in',
  'home.title': 'Welcome to Byrådesk',
  'home.lead':
    'Byrådesk is a made-up practice tool that embeds Collab, just as a real host app would. Choose a user at the top right and follow a collaboration from the invitation to the answer.',
  'home.agencyTitle': 'As the agency',
  'home.agencyText':
    'Sign in as a full employee, open a customer and activate services. The overview is under Settings.',
  'home.customerTitle': 'As the customer',
  'home.customerText':
    'Sign in as a customer admin to answer invitations and see the company’s collaborations.',
  'home.mailboxTitle': 'Email',
  'home.mailboxText':
    'Every email that is sent lands in the mailbox. Its links work, so you can follow an invitation all the way.',
  'home.embedTitle': 'Embed it',
  'home.embedText': 'See the code it takes to embed Collab in your own app.',
  'home.storybookTitle': 'Storybook',
  'home.storybookText': 'Every view and state of the widget, and every email, for designers.',
  'home.open': 'Open',
  'home.signedInAs': 'You are signed in as {name}, {role}.',
  'customers.title': 'Customers',
  'customers.lead': 'The agency’s customer register. Search by name or organisation number.',
  'customers.search': 'Search customers',
  'customers.searchPlaceholder': 'Name or organisation number',
  'customers.name': 'Customer',
  'customers.orgNumber': 'Organisation number',
  'customers.contact': 'Contact person',
  'customers.accountManager': 'Account manager',
  'customers.account': 'Account',
  'customers.hasAccount': 'Has an account',
  'customers.noAccount': 'No account',
  'customers.count': '{count} customers',
  'customers.countOne': '1 customer',
  'customers.none': 'No customer matches the search.',
  'customers.loading': 'Loading customers…',
  'customers.more': 'Show more',
  'customers.failed': 'Could not load the customers.',
  'customer.back': 'All customers',
  'customer.activate': 'Activate',
  'customer.tabs': 'Customer tabs',
  'customer.tabDetails': 'Details',
  'customer.tabCollaborations': 'Collaborations',
  'customer.companyType': 'Company type',
  'customer.contact': 'Contact person',
  'customer.accountManager': 'Account manager',
  'customer.account': 'Customer account',
  'customer.tasks': 'Tasks',
  'customer.taskOwner': 'Owner: {name}',
  'customer.taskParticipants': 'Participants: {names}',
  'customer.noParticipants': 'No other participants',
  'customer.noTasks': 'The customer has no tasks.',
  'customer.missing': 'No customer is chosen. Go to the customer list and choose one.',
  'customer.loading': 'Loading the customer…',
  'customer.failed': 'Could not load the customer.',
  'customer.none': 'None',
  'companyType.aktiebolag': 'Limited company',
  'companyType.enskild_firma': 'Sole trader',
  'companyType.handelsbolag': 'Trading partnership',
  'companyType.ekonomisk_forening': 'Economic association',
  'companyType.privatperson': 'Private individual',
  'settings.title': 'Settings',
  'settings.nav': 'Settings',
  'settings.customer': 'Customer',
  'settings.collaborations': 'Collaborations',
  'settings.breadcrumb': 'Breadcrumb',
  'settings.lead':
    'All of the agency’s collaborations. This page is a React app that uses Collab’s React components.',
  'portal.title': 'My collaborations',
  'portal.lead':
    'The company’s collaborations with accounting agencies, and invitations waiting for an answer.',
  'accept.title': 'Invitation to collaborate',
  'accept.lead': 'Here you answer an invitation from your accounting agency.',
  'mailbox.title': 'Mailbox',
  'mailbox.lead':
    'Development mode: email the server has sent ends up here instead of with the recipient.',
  'mailbox.refresh': 'Refresh',
  'mailbox.filter': 'Filter by recipient or subject',
  'mailbox.empty': 'No messages yet.',
  'mailbox.noMatch': 'No message matches.',
  'mailbox.to': 'To',
  'mailbox.sent': 'Sent',
  'mailbox.count': '{count} messages',
  'mailbox.countOne': '1 message',
  'mailbox.failed': 'Could not load the mailbox.',
  'mailbox.messages': 'Messages',
  'webhooks.title': 'Webhooks',
  'webhooks.lead':
    'What Collab sent to Byrådesk’s backend: each webhook is checked against its signature before it is accepted.',
  'webhooks.refresh': 'Refresh',
  'webhooks.caption': 'Webhooks received, newest first',
  'webhooks.time': 'Received',
  'webhooks.type': 'Event',
  'webhooks.verified': 'Verified',
  'webhooks.id': 'webhook-id',
  'webhooks.sequence': 'Sequence',
  'webhooks.repeats': 'Repeats',
  'webhooks.yes': '✓ Verified',
  'webhooks.no': 'Not verified',
  'webhooks.payload': 'Show the payload',
  'webhooks.payloadColumn': 'Payload',
  'webhooks.emptyTitle': 'No webhooks yet',
  'webhooks.empty':
    'Do something in Collab and one arrives: sign in as an employee, open Customers and invite a customer to a collaboration. This page refreshes by itself.',
  'webhooks.count': '{count} webhooks',
  'webhooks.countOne': '1 webhook',
  'webhooks.arrived': '{count} new webhooks arrived.',
  'webhooks.arrivedOne': '1 new webhook arrived.',
  'webhooks.failed': 'Could not load the webhooks.',
  'embed.title': 'Embed Collab',
  'embed.lead':
    'This is how you embed Collab in your own app. This demo itself uses exactly these ways.',
  'embed.sessionTitle': 'Widget sessions: your server and your page',
  'embed.sessionText':
    'Your server opens a short-lived session with the secret key and your own ids. The page only gets the session token, through getToken.',
  'embed.scriptTitle': 'With a script tag (no build step)',
  'embed.scriptText':
    'Load the standalone script. React comes inside the file. The elements work straight in HTML.',
  'embed.apiTitle': 'With the JavaScript API',
  'embed.apiText':
    'One Collab instance per signed-in user. getToken is called again when the server answers 401, so the token stays out of the DOM.',
  'embed.reactTitle': 'In a React app',
  'embed.reactText': 'Install the package. React stays external, so your app’s own React is used.',
  'embed.eventsTitle': 'Events',
  'embed.eventsText':
    'Every event bubbles and leaves the shadow root, so you can listen on document.',
  'embed.cspTitle': 'Content-Security-Policy',
  'embed.cspText': 'The widget needs neither eval nor inline scripts.',
  'embed.copy': 'Copy',
  'embed.copied': 'Copied',
  'embed.copyFailed': 'Could not copy. Select the text and copy it yourself.',
  'embed.examples': 'Example pages',
  'embed.plainExample': 'A plain HTML page with hostile CSS',
  'embed.reactExample': 'The React page (Settings → Customer → Collaborations)',
  'widget.loading': 'Loading Collab…',
  'widget.missing':
    'The Collab script could not be loaded. Is the widget built (pnpm --filter @collab/widget build)?',
  'page.notFound': 'The page does not exist.',
};

const messages: Record<Locale, Record<MessageKey, string>> = { sv, en };

const localeKey = 'byradesk.locale';
const listeners = new Set<(locale: Locale) => void>();

export function isLocale(value: unknown): value is Locale {
  return value === 'sv' || value === 'en';
}

export function currentLocale(): Locale {
  const stored = localStorage.getItem(localeKey);
  return isLocale(stored) ? stored : 'sv';
}

export function setLocale(locale: Locale): void {
  localStorage.setItem(localeKey, locale);
  document.documentElement.lang = locale;
  for (const listener of listeners) listener(locale);
}

export function onLocaleChange(listener: (locale: Locale) => void): void {
  listeners.add(listener);
}

export function translate(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = messages[currentLocale()][key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** "1 customer" or "3 customers", in the current language. */
export function countText(one: MessageKey, other: MessageKey, count: number): string {
  const formatted = new Intl.NumberFormat(currentLocale()).format(count);
  return count === 1 ? translate(one) : translate(other, { count: formatted });
}
