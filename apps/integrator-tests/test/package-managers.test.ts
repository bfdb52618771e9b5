import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packWidget, removeAll, run, temporaryFolder } from './support/stranger.js';

/*
 * The packed tarball installed by npm, pnpm and yarn (classic, through npx: only the npm
 * registry is reachable), each into an empty project with React 19: it brings nothing but
 * itself (React is a peer), its package.json names no workspace package, and plain Node (no
 * DOM, as a server render has it) imports both entries and renders the React exports.
 */

afterAll(() => {
  removeAll();
});

/** Imports both entries from the installed package and renders on the server, in plain Node. */
const serverScript = `
const main = await import('@collab/widget');
const pure = await import('@collab/widget/pure');
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
const html = renderToString(
  createElement(
    pure.CollabProvider,
    { apiUrl: 'https://collab.example.se/trpc', getToken: () => 'token' },
    createElement(pure.InviteDialog),
  ),
);
console.log(JSON.stringify({
  sameExports: Object.keys(main).sort().join() === Object.keys(pure).sort().join(),
  sameComponent: main.InviteDialog === pure.InviteDialog,
  hasWindow: typeof window !== 'undefined',
  html,
}));
`;

const managers: { name: string; install: [string, string[]] }[] = [
  { name: 'npm', install: ['npm', ['install', '--no-audit', '--no-fund', '--prefer-offline']] },
  {
    name: 'pnpm',
    install: ['pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile']],
  },
  {
    name: 'yarn',
    install: [
      'npx',
      [
        '--yes',
        'yarn@1.22.22',
        'install',
        '--non-interactive',
        '--no-progress',
        '--prefer-offline',
      ],
    ],
  },
];

/** Each manager's project folder, installed side by side (the installs mostly wait on I/O). */
const installed = new Map<string, string>();

beforeAll(async () => {
  const tarball = await packWidget();
  await Promise.all(
    managers.map(async ({ name, install }) => {
      const folder = temporaryFolder(`collab-${name}-install-`);
      writeFileSync(
        join(folder, 'package.json'),
        JSON.stringify({
          name: `${name}-stranger`,
          private: true,
          type: 'module',
          dependencies: {
            '@collab/widget': `file:${tarball}`,
            react: '^19.2.0',
            'react-dom': '^19.2.0',
          },
        }),
      );
      await run(install[0], install[1], folder);
      installed.set(name, folder);
    }),
  );
});

describe.each(managers)('given the tarball installed by $name', ({ name }) => {
  it('installs with React as its only dependency, and imports and renders in plain Node', async () => {
    const folder = installed.get(name);
    if (!folder) throw new Error(`${name} installed nothing.`);
    const widget = join(folder, 'node_modules/@collab/widget');
    const manifest = JSON.parse(readFileSync(join(widget, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.devDependencies).toBeUndefined();
    expect(Object.keys(manifest.peerDependencies ?? {})).toEqual(['react', 'react-dom']);
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
    expect(JSON.stringify(manifest)).not.toContain('@collab/source');
    // What the install put at the top: the widget, React and React's own scheduler; nothing
    // the widget would have needed besides React.
    const topLevel = readdirSync(join(folder, 'node_modules'))
      .filter((entry) => !entry.startsWith('.'))
      .flatMap((entry) =>
        entry.startsWith('@')
          ? readdirSync(join(folder, 'node_modules', entry)).map((inner) => `${entry}/${inner}`)
          : [entry],
      );
    expect(topLevel.sort()).toEqual(
      name === 'pnpm'
        ? ['@collab/widget', 'react', 'react-dom']
        : ['@collab/widget', 'react', 'react-dom', 'scheduler'],
    );

    const { stdout, stderr } = await run(
      'node',
      ['--input-type=module', '--eval', serverScript],
      folder,
    );
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({
      sameExports: true,
      sameComponent: true,
      hasWindow: false,
      html: '',
    });
  });
});
