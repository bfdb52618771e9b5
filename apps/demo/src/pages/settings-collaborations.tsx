import { Collaborations, CollabProvider } from '@collab/widget';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { h } from '../dom.js';
import { currentLocale, type Locale, onLocaleChange, translate } from '../i18n.js';
import { getToken } from '../session.js';
import { startPage } from '../shell.js';
import { currentTheme, onThemeChange, type Theme, widgetAppearance } from '../theme.js';

/**
 * Settings → Customer → Collaborations: the agency's whole overview. This page is the React
 * host: it renders Collab's React exports from the ES build with its own React, where the
 * other pages load the standalone script.
 */
function useHostPreferences(): { locale: Locale; theme: Theme } {
  const [locale, setLocale] = useState(currentLocale);
  const [theme, setTheme] = useState(currentTheme);
  useEffect(() => {
    onLocaleChange(setLocale);
    onThemeChange(setTheme);
  }, []);
  return { locale, theme };
}

function SettingsPage() {
  const { locale, theme } = useHostPreferences();
  return (
    <div className="with-sidebar">
      <nav className="side-nav" aria-labelledby="settings-nav-title">
        <h2 id="settings-nav-title">{translate('settings.nav')}</h2>
        <ul>
          <li>
            <span className="muted">{translate('settings.customer')}</span>
            <ul>
              <li>
                <a href="/settings/customer/collaborations" aria-current="page">
                  {translate('settings.collaborations')}
                </a>
              </li>
            </ul>
          </li>
        </ul>
      </nav>
      <div>
        <nav className="breadcrumb" aria-label={translate('settings.breadcrumb')}>
          <ol>
            <li>{translate('settings.title')}</li>
            <li>{translate('settings.customer')}</li>
            <li aria-current="page">{translate('settings.collaborations')}</li>
          </ol>
        </nav>
        <div className="page-header">
          <div>
            <h1>{translate('settings.collaborations')}</h1>
            <p className="lead">{translate('settings.lead')}</p>
          </div>
        </div>
        <CollabProvider
          apiUrl={`${location.origin}/trpc`}
          getToken={getToken}
          locale={locale}
          appearance={widgetAppearance(theme)}
        >
          <Collaborations />
        </CollabProvider>
      </div>
    </div>
  );
}

const page = startPage({ page: 'settings', audience: 'agency', title: 'settings.collaborations' });
if (page) {
  const container = h('div');
  page.main.append(container);
  createRoot(container).render(<SettingsPage />);
}
