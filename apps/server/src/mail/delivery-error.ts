/**
 * A short description of why a delivery failed, safe to store in `last_error` and to log.
 * Mail servers quote the recipient in their replies ("550 <kim@example.se>: unknown user"),
 * so e-mail addresses are removed, and so is anything long enough to be a token.
 */
export function describeDeliveryError(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const cleaned = redact(message).replace(/\s+/g, ' ').trim();
  const described = code && !cleaned.startsWith(code) ? `${code}: ${cleaned}` : cleaned;
  return truncate(described || 'Unknown error', 300);
}

const emailAddress = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;
/** Invitation tokens are 43 base64url characters; sealed ones are longer. */
const tokenLike = /[A-Za-z0-9_-]{24,}(?:\.[A-Za-z0-9_-]+)*/g;

export function redact(text: string): string {
  return text.replace(emailAddress, '[address]').replace(tokenLike, '[redacted]');
}

function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  const parts = [
    typeof code === 'string' ? code : null,
    typeof responseCode === 'number' ? String(responseCode) : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
