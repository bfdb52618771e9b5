import { z } from 'zod';

export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'sv';
export const localeSchema = z.enum(locales);

/** Picks a supported locale from a header such as `en-GB,en;q=0.9,sv;q=0.8`. */
export function pickLocale(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.find((parameter) => parameter.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), quality: quality ? Number(quality.split('=')[1]) : 1 };
    })
    .sort((left, right) => right.quality - left.quality);
  for (const { tag } of ranked) {
    const language = tag.split('-')[0];
    if (language === 'sv' || language === 'en') return language;
  }
  return defaultLocale;
}
