import { agencyLogoUrlMaxLength } from '@collab/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyBody, problemOf, startV1Server, type V1Server } from './test-support/v1-server.js';

/*
 * An agency's logo (docs/integration-api.md, "Agencies"): set with the agency's PUT, shown in
 * the e-mails the agency causes. A bad address is a 400 problem naming `logoUrl`, never a 500,
 * and nothing is written.
 */

let server: V1Server;

beforeAll(async () => {
  server = await startV1Server({}, { LOG_LEVEL: 'error' });
});
afterAll(async () => {
  await server.close();
});

const logo = 'https://cdn.example.se/norrsken/logo.png';

describe('PUT /v1/agencies/{agencyId} with a logo', () => {
  it('stores an https logo, answers it, and a PUT without it removes it', async () => {
    const created = await server.v1('PUT', '/v1/agencies/ag-logo', {
      body: { ...agencyBody(1), logoUrl: logo },
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ logoUrl: logo, version: 1 });

    const same = await server.v1('PUT', '/v1/agencies/ag-logo', {
      body: { ...agencyBody(1), logoUrl: logo },
    });
    expect(same.headers.get('collab-outcome')).toBe('unchanged');

    const read = await server.v1('GET', '/v1/agencies/ag-logo');
    expect(await read.json()).toMatchObject({ logoUrl: logo, version: 1 });

    const removed = await server.v1('PUT', '/v1/agencies/ag-logo', { body: agencyBody(1) });
    expect(removed.headers.get('collab-outcome')).toBe('updated');
    expect(await removed.json()).toMatchObject({ logoUrl: null, version: 2 });
  });

  it.each([
    ['javascript:', 'javascript:alert(1)', 'INVALID_LOGO_URL'],
    ['data:', 'data:image/png;base64,iVBORw0KGgo=', 'INVALID_LOGO_URL'],
    ['http:', 'http://cdn.example.se/logo.png', 'INVALID_LOGO_URL'],
    ['credentials', 'https://user:secret@cdn.example.se/logo.png', 'INVALID_LOGO_URL'],
    ['a quote', 'https://cdn.example.se/"onerror="x', 'INVALID_LOGO_URL'],
    ['not an address', 'logo.png', 'INVALID_LOGO_URL'],
    ['too long', `https://cdn.example.se/${'a'.repeat(agencyLogoUrlMaxLength)}`, 'TOO_LONG'],
  ])(
    'refuses %s with a 400 problem naming logoUrl, and writes nothing',
    async (_case, logoUrl, code) => {
      const before = server.rowCounts();
      const response = await server.v1('PUT', '/v1/agencies/ag-bad', {
        body: { ...agencyBody(2), logoUrl },
        headers: { 'accept-language': 'en' },
      });
      expect(response.status).toBe(400);
      const problem = await problemOf(response);
      expect(problem.appCode).toBe('VALIDATION_FAILED');
      expect(problem.errors?.logoUrl?.[0]?.code).toBe(code);
      expect(server.rowCounts()).toEqual(before);
    },
  );

  it('says what is wrong in Swedish too', async () => {
    const response = await server.v1('PUT', '/v1/agencies/ag-bad', {
      body: { ...agencyBody(2), logoUrl: 'javascript:alert(1)' },
      headers: { 'accept-language': 'sv' },
    });
    expect((await problemOf(response)).errors?.logoUrl?.[0]?.message).toBe(
      'Ange en https-adress till en bild, utan användarnamn eller lösenord i adressen.',
    );
  });
});
