/**
 * An agency's logo, shown at the top of the e-mails it causes (docs/integration-api.md,
 * "Agencies"). The address is put into e-mail HTML as an `<img src>`, read by every mail
 * client of every company the agency invites, so only a plain https address of a public image
 * passes: no other scheme (`javascript:`, `data:`, `http:`), no user name or password in it,
 * no spaces, control characters or quotes. No zod here: the e-mail renderer checks a stored payload
 * with the same rule before it puts the address into HTML.
 */

/** Long enough for a CDN address with a query, short enough to keep e-mails small. */
export const agencyLogoUrlMaxLength = 2000;

/** The width and height an e-mail gives the logo: a square image fits it best. */
export const agencyLogoSize = 48;

export function isSafeLogoUrl(value: string): boolean {
  if (value.length === 0 || value.length > agencyLogoUrlMaxLength) return false;
  // Characters that could end an HTML attribute are refused too, not only escaped later.
  if (!/^[^\s\p{Cc}"'<>`\\]+$/u.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname !== ''
  );
}
