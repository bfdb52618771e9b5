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
}

export type EmailMeta = Meta<EmailArgs>;
export type EmailStory = StoryObj<EmailArgs>;

function localeOf(globals: StoryContext['globals']): Locale {
  return globals.locale === 'en' ? 'en' : 'sv';
}

function render(topic: EmailTopic, locale: Locale, args: EmailArgs): RenderedEmail {
  return renderEmail({ topic, locale, payload: args.payload, links: args.links });
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
