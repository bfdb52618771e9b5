import { agencyLogoSize, isSafeLogoUrl, type Locale } from '@collab/contracts';

/**
 * An e-mail is written as a list of blocks, and both the HTML and the plain-text part are
 * rendered from the same list. Every value passes through `escapeHtml` here, in one place,
 * so a template cannot forget to escape a customer name.
 */
export type EmailBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'services'; services: ServiceLine[] }
  | { kind: 'facts'; rows: { label: string; value: string }[] }
  | { kind: 'button'; label: string; url: string; copyHint: string }
  | { kind: 'note'; text: string };

/** One service as the e-mail lists it: its name and its chosen options, already in words. */
export interface ServiceLine {
  name: string;
  details: string[];
}

/**
 * The agency an e-mail speaks for: its name at the top (with its logo when set) and in the
 * footer, so the company sees who asks, not "Collab". Null for e-mails no agency caused.
 */
export interface EmailSender {
  agencyName: string;
  /** Shown only if it passes `isSafeLogoUrl` again here: the payload is stored data. */
  logoUrl: string | null;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A header value must stay on one line, whatever the payload holds. */
function singleLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

const footer: Record<Locale, string> = {
  sv: 'Det här meddelandet skickades automatiskt av Collab. Du kan inte svara på det.',
  en: 'This message was sent automatically by Collab. Replies are not read.',
};

function footerText(locale: Locale, sender: EmailSender | null): string {
  if (!sender) return footer[locale];
  return locale === 'sv'
    ? `Collab skickade det här meddelandet för ${sender.agencyName}. Du kan inte svara på det.`
    : `Collab sent this message on behalf of ${sender.agencyName}. Replies are not read.`;
}

export function renderLayout(
  locale: Locale,
  subject: string,
  blocks: EmailBlock[],
  sender: EmailSender | null = null,
): RenderedEmail {
  const cleanSubject = singleLine(subject);
  const top = sender ? `${singleLine(sender.agencyName)}\n\n` : '';
  return {
    subject: cleanSubject,
    text: `${top}${blocks.map(blockAsText).join('\n\n')}\n\n-- \n${footerText(locale, sender)}\n`,
    html: htmlDocument(locale, cleanSubject, blocks.map(blockAsHtml).join('\n'), sender),
  };
}

/** `renderLayout` for one sender, so a template's calls stay as they were. */
export function layoutFor(sender: EmailSender | null) {
  return (locale: Locale, subject: string, blocks: EmailBlock[]): RenderedEmail =>
    renderLayout(locale, subject, blocks, sender);
}

const headerStyle = 'font-size:14px;font-weight:600;letter-spacing:0.04em;color:#52606d;';

/** The top line: the agency's logo and name when an agency speaks, else "Collab". */
function headerHtml(sender: EmailSender | null): string {
  if (!sender) return `<td style="padding:24px 32px 8px;${headerStyle}">Collab</td>`;
  const name = escapeHtml(sender.agencyName);
  const logo =
    sender.logoUrl && isSafeLogoUrl(sender.logoUrl)
      ? `<td style="padding:0 12px 0 0;vertical-align:middle;"><img src="${escapeHtml(sender.logoUrl)}" alt="${name}" width="${agencyLogoSize}" height="${agencyLogoSize}" style="display:block;border:0;border-radius:4px;"></td>`
      : '';
  return `<td style="padding:24px 32px 8px;"><table role="presentation" cellpadding="0" cellspacing="0"><tr>${logo}<td style="vertical-align:middle;font-size:18px;line-height:24px;font-weight:600;color:#1f2933;">${name}</td></tr></table></td>`;
}

function blockAsText(block: EmailBlock): string {
  switch (block.kind) {
    case 'heading':
      return block.text;
    case 'paragraph':
    case 'note':
      return block.text;
    case 'services':
      return block.services
        .map((service) =>
          service.details.length > 0
            ? `- ${service.name} (${service.details.join(', ')})`
            : `- ${service.name}`,
        )
        .join('\n');
    case 'facts':
      return block.rows.map((row) => `${row.label}: ${row.value}`).join('\n');
    case 'button':
      return `${block.label}:\n${block.url}`;
    default:
      throw new Error(`Unhandled e-mail block ${block satisfies never}`);
  }
}

const textStyle = 'margin:0 0 16px;font-size:16px;line-height:24px;color:#1f2933;';

function blockAsHtml(block: EmailBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h1 style="margin:0 0 16px;font-size:22px;line-height:30px;font-weight:600;color:#1f2933;">${escapeHtml(block.text)}</h1>`;
    case 'paragraph':
      return `<p style="${textStyle}">${escapeHtml(block.text)}</p>`;
    case 'note':
      return `<p style="margin:0 0 16px;font-size:14px;line-height:20px;color:#52606d;">${escapeHtml(block.text)}</p>`;
    case 'services':
      return `<ul style="margin:0 0 16px;padding:0 0 0 20px;">${block.services
        .map(
          (service) =>
            `<li style="margin:0 0 8px;font-size:16px;line-height:24px;color:#1f2933;"><strong>${escapeHtml(service.name)}</strong>${
              service.details.length > 0
                ? `<br><span style="font-size:14px;color:#52606d;">${service.details.map(escapeHtml).join(' · ')}</span>`
                : ''
            }</li>`,
        )
        .join('')}</ul>`;
    case 'facts':
      return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 16px;">${block.rows
        .map(
          (row) =>
            `<tr><td style="padding:2px 16px 2px 0;font-size:14px;color:#52606d;vertical-align:top;">${escapeHtml(row.label)}</td><td style="padding:2px 0;font-size:16px;color:#1f2933;">${escapeHtml(row.value)}</td></tr>`,
        )
        .join('')}</table>`;
    case 'button': {
      const href = escapeHtml(block.url);
      return [
        `<p style="margin:8px 0 24px;"><a href="${href}" style="display:inline-block;padding:12px 24px;border-radius:6px;background:#1a56db;color:#ffffff;font-size:16px;font-weight:600;text-decoration:none;">${escapeHtml(block.label)}</a></p>`,
        `<p style="margin:0 0 16px;font-size:14px;line-height:20px;color:#52606d;">${escapeHtml(block.copyHint)}<br><a href="${href}" style="color:#1a56db;word-break:break-all;">${href}</a></p>`,
      ].join('\n');
    }
    default:
      throw new Error(`Unhandled e-mail block ${block satisfies never}`);
  }
}

function htmlDocument(
  locale: Locale,
  subject: string,
  body: string,
  sender: EmailSender | null,
): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f5f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;">
<tr>${headerHtml(sender)}</tr>
<tr><td style="padding:8px 32px 16px;">
${body}
</td></tr>
</table>
<p style="max-width:560px;margin:16px auto 0;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:12px;line-height:18px;color:#52606d;">${escapeHtml(footerText(locale, sender))}</p>
</td></tr>
</table>
</body>
</html>
`;
}
