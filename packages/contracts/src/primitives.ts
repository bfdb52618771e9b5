import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .max(254, { message: 'TOO_LONG' })
  .pipe(z.email({ message: 'INVALID_EMAIL' }))
  .transform((email) => email.toLowerCase());

/** Free text a person types: trimmed, not empty, bounded. */
export function requiredText(maximum: number) {
  return z.string().trim().min(1, { message: 'REQUIRED' }).max(maximum);
}

/** Free text that may be left out; an empty string counts as left out. */
export function optionalText(maximum: number) {
  return z
    .string()
    .trim()
    .max(maximum)
    .optional()
    .transform((text) => (text === '' ? undefined : text));
}

/** Dates travel as ISO 8601 strings: the wire format is plain JSON, with no transformer. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export type IsoDateTime = string;
