import { serviceIds } from '@collab/contracts';
import { describe, expect, it } from 'vitest';
import { createTestWorld } from '../test-support/world.js';

describe('given anyone', () => {
  it('can read the service catalog, with options, defaults and dependencies', async () => {
    const services = await createTestWorld().callerFor(null).catalog.services();
    expect(services.map((service) => service.id)).toEqual([...serviceIds]);
    expect(services.find((service) => service.id === 'scanner')?.requires).toEqual(['eekonomi']);
    expect(services.find((service) => service.id === 'utlagg')).toMatchObject({
      endingDeletesData: true,
      options: { plan: { default: 'styckpris' } },
    });
  });
});
