import {
  type EmailLinks,
  type EmailPayloadOf,
  type EmailTopic,
  type EmailToRender,
  type RenderedEmail,
  renderEmail,
} from '@collab/emails';
import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { expect, within } from 'storybook/test';
import { demoEmails } from './demo-emails.js';

/**
 * The e-mail stories' shared part. Every story renders `renderEmail` from `@collab/emails` (the
 * function the server's outbox worker sends with) for one topic, payload and locale, and shows what a
 * recipient gets: the subject line, the HTML part and the plain-text part. The HTML part is
 * rendered into the story's DOM, not into an iframe, so that axe checks the e-mail itself.
 */

type Locale = EmailToRender['locale'];

export interface EmailArgs {
  /**
   * The outbox payload, as the domain queues it. Edit it in the controls: a payload that no
   * longer fits the topic's schema shows the refusal.
   */
  payload: EmailPayloadOf<EmailTopic>;
  /** The links the worker adds: the app, and for invitations the accept page. */
  links: EmailLinks;
  /**
   * The message's agency as the worker reads it at delivery: its name and logo head the
   * e-mails it causes. Left out, the payload's agency name is used, with no logo.
   */
  agency?: EmailToRender['agency'];
}

/** The demo agency with a logo (docs/integration-api.md, "Agencies"). */
export const demoAgencyWithLogo = {
  name: 'Lund & Berg Redovisning',
  logoUrl: 'https://collab.lundberg-redovisning.se/logo.svg',
};

/**
 * The story has no network, so the demo logo's https address is shown from this copy; the
 * e-mail itself carries the https address, as sent.
 */
const demoLogoPreview = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" rx="8" fill="#0b4f6c"/><path d="M12 34V14h5v16h9v4zm17 0V14h6.5c4 0 6.5 2 6.5 5.2 0 2-1 3.4-2.8 4.1 2.3.6 3.6 2.3 3.6 4.6 0 3.7-2.8 6.1-7.2 6.1zm5-12h1.4c1.5 0 2.3-.8 2.3-2s-.8-2-2.3-2H34zm0 8h1.9c1.7 0 2.6-.8 2.6-2.1s-.9-2.1-2.6-2.1H34z" fill="#fff"/></svg>',
)}`;

export type EmailMeta = Meta<EmailArgs>;
export type EmailStory = StoryObj<EmailArgs>;

function localeOf(globals: StoryContext['globals']): Locale {
  return globals.locale === 'en' ? 'en' : 'sv';
}

function render(topic: EmailTopic, locale: Locale, args: EmailArgs): RenderedEmail {
  return renderEmail({
    topic,
    locale,
    payload: args.payload,
    links: args.links,
    agency: args.agency ?? null,
  });
}

const captionStyle = {
  margin: '0 0 8px',
  font: '600 12px/16px system-ui, sans-serif',
  letterSpacing: '0.04em',
  textTransform: 'uppercase',
  color: '#3e4c59',
} as const;

/** The HTML part: the document's body, with its `lang` and its inline style, in the story. */
function HtmlPart({ html }: { html: string }) {
  const slot = useRef<HTMLDivElement>(null);
  const parsed = useMemo(() => new DOMParser().parseFromString(html, 'text/html'), [html]);
  useLayoutEffect(() => {
    const body = document.createElement('div');
    body.lang = parsed.documentElement.lang;
    body.setAttribute('style', parsed.body.getAttribute('style') ?? '');
    body.dataset.emailBody = '';
    body.append(...document.importNode(parsed.body, true).childNodes);
    for (const image of body.querySelectorAll('img')) {
      if (image.getAttribute('src') === demoAgencyWithLogo.logoUrl) image.src = demoLogoPreview;
    }
    slot.current?.replaceChildren(body);
  }, [parsed]);
  return <div ref={slot} />;
}

export function EmailPreview({ email }: { email: RenderedEmail }) {
  return (
    <div style={{ display: 'grid', gap: 24, maxWidth: 760, color: '#1f2933' }}>
      <dl style={{ margin: 0, font: '14px/20px system-ui, sans-serif' }}>
        <dt style={captionStyle}>Subject</dt>
        <dd data-email-part="subject" style={{ margin: 0, fontSize: 16, fontWeight: 600 }}>
          {email.subject}
        </dd>
      </dl>
      <figure style={{ margin: 0 }}>
        <figcaption style={captionStyle}>HTML part</figcaption>
        <div data-email-part="html" style={{ border: '1px solid #cbd2d9', borderRadius: 4 }}>
          <HtmlPart html={email.html} />
        </div>
      </figure>
      <figure style={{ margin: 0 }}>
        <figcaption style={captionStyle}>Plain-text part</figcaption>
        <pre
          data-email-part="text"
          style={{
            margin: 0,
            padding: 16,
            border: '1px solid #cbd2d9',
            borderRadius: 4,
            font: '13px/20px ui-monospace, SFMono-Regular, Menlo, monospace',
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
          }}
        >
          {email.text}
        </pre>
      </figure>
    </div>
  );
}

/** A payload the template refuses is shown as the worker would log it, not as a crash. */
function EmailOrRefusal({
  topic,
  locale,
  args,
}: {
  topic: EmailTopic;
  locale: Locale;
  args: EmailArgs;
}) {
  let email: RenderedEmail;
  try {
    email = render(topic, locale, args);
  } catch (error) {
    return (
      <p role="alert" style={{ font: '14px/20px system-ui, sans-serif', color: '#9b1c1c' }}>
        The template refuses this payload, and the worker would mark the message failed:{' '}
        {error instanceof Error ? error.message : String(error)}
      </p>
    );
  }
  return <EmailPreview email={email} />;
}

/**
 * Everything of a template's meta but the title, which Storybook reads from the source and so
 * must be written out in each file. E-mails have no dark theme and no host page, so those
 * globals are pinned; the locale is pinned per story.
 */
export function emailMeta(topic: EmailTopic, description: string) {
  return {
    args: demoEmails[topic],
    argTypes: {
      payload: { control: 'object' },
      links: { control: 'object' },
      agency: { control: 'object' },
    },
    globals: { theme: 'light', hostCss: 'off' },
    parameters: { docs: { description: { component: description } } },
    render: (args: EmailArgs, context: StoryContext<EmailArgs>) => (
      <EmailOrRefusal topic={topic} locale={localeOf(context.globals)} args={args} />
    ),
  } satisfies Partial<EmailMeta>;
}

/**
 * What every e-mail story checks, beyond axe: the template rendered; the subject, the HTML
 * `<title>` and the `lang` match; the HTML has one main heading; every link in the HTML goes
 * to a link the worker provides, and the plain-text part carries the same links.
 */
async function checkEmail(topic: EmailTopic, context: StoryContext<EmailArgs>) {
  const locale = localeOf(context.globals);
  const email = render(topic, locale, context.args);
  const part = (name: string) => {
    const element = context.canvasElement.querySelector(`[data-email-part="${name}"]`);
    if (!(element instanceof HTMLElement)) throw new Error(`no ${name} part in the story`);
    return element;
  };
  await expect(part('subject')).toHaveTextContent(email.subject);
  await expect(new DOMParser().parseFromString(email.html, 'text/html').title).toBe(email.subject);
  const body = part('html').querySelector('[data-email-body]');
  await expect(body).toHaveAttribute('lang', locale);
  const html = within(part('html'));
  await expect(html.getByRole('heading', { level: 1 })).toBeVisible();
  const knownLinks = Object.values(context.args.links);
  const hrefs = html.getAllByRole('link').map((link) => link.getAttribute('href'));
  await expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    await expect(knownLinks).toContain(href);
    await expect(part('text').textContent).toContain(href);
  }
}

/** The template's story in one locale, pinned, so sv and en are both in the sidebar. */
export function emailStory(topic: EmailTopic, locale: Locale): EmailStory {
  return {
    globals: { locale },
    play: (context) => checkEmail(topic, context),
  };
}

/**
 * The same e-mail from an agency with a logo: its name and logo at the top (the logo's alt
 * text is the name, with a width and a height), and the footer speaking for it.
 */
export function emailStoryWithLogo(
  topic: EmailTopic,
  locale: Locale,
  payload?: EmailPayloadOf<EmailTopic>,
): EmailStory {
  return {
    globals: { locale },
    args: { agency: demoAgencyWithLogo, ...(payload ? { payload } : {}) },
    play: async (context) => {
      await checkEmail(topic, context);
      const html = context.canvasElement.querySelector('[data-email-part="html"]');
      if (!(html instanceof HTMLElement)) throw new Error('no html part in the story');
      const logo = within(html).getByRole('img', { name: demoAgencyWithLogo.name });
      await expect(logo).toHaveAttribute('width', '48');
      await expect(logo).toHaveAttribute('height', '48');
      const text = context.canvasElement.querySelector('[data-email-part="text"]');
      await expect(text?.textContent?.startsWith(demoAgencyWithLogo.name)).toBe(true);
    },
  };
}
