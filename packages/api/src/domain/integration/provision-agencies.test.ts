import { agencies } from '@collab/db';
import { describe, expect, it } from 'vitest';
import { createIntegrationWorld, refusalOf } from '../../test-support/integration.js';
import { getAgency, listAgencies, putAgency } from './provision-agencies.js';

describe('agencies', () => {
  it('are created, updated and listed by the host id; the org number is stored as ten digits', async () => {
    const { db, a, clock } = createIntegrationWorld();
    const created = await putAgency(a, 'ag-1', { name: 'Byrå Ett AB', orgNumber: '556036-0793' });
    expect(created).toEqual({
      outcome: 'created',
      resource: {
        object: 'agency',
        id: 'ag-1',
        name: 'Byrå Ett AB',
        orgNumber: '556036-0793',
        logoUrl: null,
        version: 1,
        createdAt: '2026-12-03T09:00:00.000Z',
      },
    });
    expect(db.select().from(agencies).get()).toMatchObject({
      orgNumber: '5560360793',
      integrationId: a.integration.id,
      externalId: 'ag-1',
    });
    clock.advanceMinutes(5);
    const updated = await putAgency(a, 'ag-1', { name: 'Byrå 1 AB', orgNumber: '556036-0793' });
    expect(updated).toMatchObject({
      outcome: 'updated',
      resource: { name: 'Byrå 1 AB', version: 2, createdAt: '2026-12-03T09:00:00.000Z' },
    });
    await putAgency(a, 'ag-0', { name: 'Byrå Noll AB', orgNumber: '202100-6255' });
    const page = await listAgencies(a, { limit: 1 });
    expect(page.data.map((row) => row.id)).toEqual(['ag-0']);
    const next = await listAgencies(a, { limit: 1, cursor: page.nextCursor ?? '' });
    expect(next).toEqual({ object: 'list', data: [updated.resource], nextCursor: null });
    expect((await refusalOf(getAgency(a, 'nope'))).appCode).toBe('AGENCY_NOT_FOUND');
  });

  it('keep a logo, audit its change, and a PUT without it removes it', async () => {
    const { a } = createIntegrationWorld();
    const agency = { name: 'Byrå Ett AB', orgNumber: '556036-0793' };
    const logoUrl = 'https://cdn.example.se/logo.png';
    await putAgency(a, 'ag-1', agency);
    const withLogo = await putAgency(a, 'ag-1', { ...agency, logoUrl });
    expect(withLogo).toMatchObject({ outcome: 'updated', resource: { logoUrl, version: 2 } });
    expect(await putAgency(a, 'ag-1', { ...agency, logoUrl })).toMatchObject({
      outcome: 'unchanged',
    });
    expect((await getAgency(a, 'ag-1')).logoUrl).toBe(logoUrl);
    expect(await putAgency(a, 'ag-1', agency)).toMatchObject({
      outcome: 'updated',
      resource: { logoUrl: null, version: 3 },
    });
  });
});
