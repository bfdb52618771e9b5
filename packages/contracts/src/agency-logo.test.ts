import { describe, expect, it } from 'vitest';
import { agencyLogoUrlMaxLength, isSafeLogoUrl } from './agency-logo.js';
import { agencyPutSchema } from './integration-api.js';

describe('isSafeLogoUrl', () => {
  it('takes a plain https address, with a path and a query', () => {
    expect(isSafeLogoUrl('https://cdn.example.se/norrsken/logo.png?v=2')).toBe(true);
  });

  it.each([
    ['http', 'http://cdn.example.se/logo.png'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript with https text', 'javascript://https://example.se/%0aalert(1)'],
    ['data', 'data:image/png;base64,iVBORw0KGgo='],
    ['data svg', 'data:image/svg+xml,<svg onload=alert(1)>'],
    ['a user name', 'https://user@cdn.example.se/logo.png'],
    ['a user name and password', 'https://user:secret@cdn.example.se/logo.png'],
    ['a space', 'https://cdn.example.se/my logo.png'],
    ['a line break', 'https://cdn.example.se/logo.png\n'],
    ['a quote breaking out of an attribute', 'https://cdn.example.se/"onerror="alert(1)'],
    ['no address at all', 'logo.png'],
    ['empty', ''],
    ['too long', `https://cdn.example.se/${'a'.repeat(agencyLogoUrlMaxLength)}`],
  ])('refuses %s', (_case, url) => {
    expect(isSafeLogoUrl(url)).toBe(false);
  });
});

describe('agencyPutSchema logoUrl', () => {
  const agency = { name: 'Norrsken AB', orgNumber: '556677-8899' };

  it('may be left out or null (no logo)', () => {
    expect(agencyPutSchema.parse(agency).logoUrl).toBeUndefined();
    expect(agencyPutSchema.parse({ ...agency, logoUrl: null }).logoUrl).toBeNull();
  });

  it('names INVALID_LOGO_URL for an address that is not plain https', () => {
    const result = agencyPutSchema.safeParse({ ...agency, logoUrl: 'data:image/png;base64,AA' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['logoUrl'], message: 'INVALID_LOGO_URL' }),
    ]);
  });
});
