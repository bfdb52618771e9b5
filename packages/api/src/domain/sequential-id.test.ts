import { idSchema } from '@collab/contracts';
import { describe, expect, it } from 'vitest';
import { sequentialId } from './sequential-id.js';

describe('given many ids made in a row', () => {
  it('are valid UUIDs that sort in the order they were made', () => {
    const ids = Array.from({ length: 10_000 }, () => sequentialId());
    for (const id of ids.slice(0, 10)) expect(idSchema.safeParse(id).success).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
