import { readFileSync } from 'node:fs';
import { eventSchema, eventTypes } from '@collab/contracts';
import { describe, expect, it } from 'vitest';

/** docs/events.md, from the repository's root. */
const documentation = readFileSync(
  new URL('../../../../../docs/events.md', import.meta.url),
  'utf8',
);

/** Each "### `type`" section of the catalogue with the first JSON block under it. */
function documentedExamples(): Map<string, string> {
  const examples = new Map<string, string>();
  const sections = documentation.split(/^### `([a-z_.]+)`$/m);
  for (let index = 1; index < sections.length; index += 2) {
    const json = /```json\n([\s\S]*?)\n```/.exec(sections[index + 1] ?? '')?.[1];
    examples.set(sections[index] ?? '', json ?? '');
  }
  return examples;
}

describe('docs/events.md', () => {
  it('documents every type of the catalogue, each with an example that fits its schema', () => {
    const examples = documentedExamples();
    expect([...examples.keys()].sort()).toEqual([...eventTypes].sort());
    for (const [type, json] of examples) {
      const parsed = eventSchema.safeParse(JSON.parse(json));
      expect(parsed.error, type).toBeUndefined();
      expect(parsed.data?.type).toBe(type);
    }
  });
});
