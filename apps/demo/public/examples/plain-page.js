// The host's script: plain JavaScript, no build step. `Collab` comes from the standalone script.
// A real host gets the token from its own sign-in; here it is the user picked in Byrådesk.
const texts = {
  sv: {
    title: 'Kundkort',
    intro: 'En vanlig HTML-sida med egen, hänsynslös CSS. Collab bäddas in med en script-tagg.',
    back: 'Tillbaka till Byrådesk',
    hostButton: 'Sidans egen knapp',
    invite: 'Bjud in en kund',
    overview: 'Byråns samarbeten',
  },
  en: {
    title: 'Customer card',
    intro: 'A plain HTML page with its own reckless CSS. Collab is embedded with a script tag.',
    back: 'Back to Byrådesk',
    hostButton: 'The page’s own button',
    invite: 'Invite a customer',
    overview: 'The agency’s collaborations',
  },
};
const locale = localStorage.getItem('byradesk.locale') === 'en' ? 'en' : 'sv';
document.documentElement.lang = locale;
for (const element of document.querySelectorAll('[data-text]')) {
  element.textContent = texts[locale][element.dataset.text];
}

function getToken() {
  try {
    const session = JSON.parse(localStorage.getItem('byradesk.session') ?? 'null');
    return session && typeof session.token === 'string' ? session.token : null;
  } catch {
    return null;
  }
}

const apiUrl = `${location.origin}/trpc`;

// The JS API…
const collab = Collab.init({ apiUrl, getToken, locale });
collab.mount('invite-dialog', document.getElementById('invite-slot'));

// …and an element written in the HTML, configured through its attributes and properties.
const overview = document.getElementById('overview');
overview.setAttribute('api-url', apiUrl);
overview.setAttribute('locale', locale);
overview.getToken = getToken;
