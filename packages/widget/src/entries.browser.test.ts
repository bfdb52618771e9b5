import { expect, it } from 'vitest';

/*
 * The two ES entries in a browser (README "Install"): `@collab/widget/pure` defines nothing when
 * imported, `@collab/widget` defines every element, as it always has. One test: a page's
 * custom element registry cannot be emptied again.
 */

const tags = [
  'collab-invite-dialog',
  'collab-accept-invitation',
  'collab-collaborations',
  'collab-customer-collaborations',
];

function defined(): string[] {
  return tags.filter((tag) => customElements.get(tag) !== undefined);
}

it('defines nothing on importing the pure entry, and every element on importing the main one', async () => {
  const pure = await import('./pure.js');
  expect(Object.values(pure.viewElements).map(({ tagName }) => tagName)).toEqual(tags);
  expect(defined()).toEqual([]);

  await import('./index.js');
  expect(defined()).toEqual(tags);
});
