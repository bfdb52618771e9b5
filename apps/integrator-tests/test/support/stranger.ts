import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

/**
 * What a stranger does with @collab/widget, outside this repository: pack it, install the
 * tarball with a package manager from the npm registry into a folder of their own, build, serve.
 */

export const repositoryRoot = join(import.meta.dirname, '../../../..');
const widgetFolder = join(repositoryRoot, 'packages/widget');
const templateFolder = join(import.meta.dirname, '../../templates/react-host');

/**
 * The environment of a shell outside the repo: without what pnpm and turbo set for the test run
 * (`npm_config_*`, `npm_package_*`, `PNPM_*`), which would make an install there act as part of
 * this workspace. `CI` stays: pnpm then refuses to write a lockfile unless told, as it would on a
 * stranger's CI.
 */
function strangersEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_|turbo_)/i.test(name)),
  );
}

export interface CommandResult {
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; a non-zero exit fails with the command's own output. */
export function run(command: string, args: string[], cwd: string): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: strangersEnvironment() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} (in ${cwd}) exited with ${code}:\n${stdout}\n${stderr}`,
          ),
        );
    });
  });
}

/** A temporary folder, removed by `removeAll`. */
const folders: string[] = [];
export function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}
export function removeAll(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** `pnpm pack` of the built widget, as it would be published; returns the tarball's path. */
export async function packWidget(): Promise<string> {
  for (const built of ['dist/collab-widget.js', 'dist/collab-widget.d.ts']) {
    if (!existsSync(join(widgetFolder, built)))
      throw new Error(
        `packages/widget/${built} is missing: build the widget first (turbo does before these tests).`,
      );
  }
  const destination = temporaryFolder('collab-widget-pack-');
  await run('pnpm', ['pack', '--pack-destination', destination], widgetFolder);
  const tarball = readdirSync(destination).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack left no tarball in ${destination}.`);
  return join(destination, tarball);
}

export type ReactMajor = 18 | 19;

/** The versions a stranger would pick today for each React; Vite as the repo uses it. */
const reactVersions: Record<ReactMajor, Record<string, string>> = {
  18: {
    react: '^18.3.1',
    'react-dom': '^18.3.1',
    '@types/react': '^18.3.12',
    '@types/react-dom': '^18.3.1',
  },
  19: {
    react: '^19.2.0',
    'react-dom': '^19.2.0',
    '@types/react': '^19.2.0',
    '@types/react-dom': '^19.2.0',
  },
};

export interface HostApp {
  folder: string;
  /** The files `vite build` wrote. */
  distFolder: string;
}

/**
 * The template app (templates/react-host) copied out of the repo, with a package.json that names
 * the tarball, installed by pnpm from the registry (the machine's store makes it quick), checked
 * by `tsc` without `skipLibCheck`, and built by Vite.
 */
export async function buildHostApp(tarball: string, major: ReactMajor): Promise<HostApp> {
  const folder = temporaryFolder(`collab-react${major}-host-`);
  cpSync(templateFolder, folder, { recursive: true });
  const { react, 'react-dom': reactDom, ...types } = reactVersions[major];
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify(
      {
        name: `react${major}-host`,
        private: true,
        type: 'module',
        dependencies: { '@collab/widget': `file:${tarball}`, react, 'react-dom': reactDom },
        devDependencies: {
          ...types,
          '@vitejs/plugin-react': '^6.3.0',
          typescript: '~5.9.3',
          vite: '^8.3.4',
        },
      },
      null,
      2,
    ),
  );
  await run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], folder);
  // Side by side: tsc only reads, and the two share the CI machine's two cores.
  await Promise.all([
    run('pnpm', ['exec', 'tsc', '-p', '.'], folder),
    run('pnpm', ['exec', 'vite', 'build'], folder),
  ]);
  return { folder, distFolder: join(folder, 'dist') };
}

/**
 * The package folders whose files went into the built bundle, by name, from its source maps:
 * `react` → the distinct folders of the package `react` the bundle's modules came from.
 */
export function bundledPackageFolders(distFolder: string, name: string): string[] {
  const assets = join(distFolder, 'assets');
  const folders = new Set<string>();
  for (const file of readdirSync(assets).filter((entry) => entry.endsWith('.js.map'))) {
    const map = JSON.parse(readFileSync(join(assets, file), 'utf8')) as { sources: string[] };
    for (const source of map.sources) {
      const match = new RegExp(`^(.*node_modules/${name.replace('/', '\\/')})/`).exec(
        normalize(join(assets, source)),
      );
      if (match?.[1]) folders.add(match[1]);
    }
  }
  return [...folders];
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

export interface StaticSite {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built app on a free port with a Content-Security-Policy, as a host would. The policy
 * is read per request, so it can name the Collab server started after this site (whose CORS
 * allowlist needs this site's origin first).
 */
export async function serveStatic(
  root: string,
  contentSecurityPolicy: () => string,
): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') {
      // The template has no icon; the browser asks anyway, and a 404 is a console error.
      response.writeHead(204).end();
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': contentSecurityPolicy(),
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('The site has no address.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}

/** Writes a file into a folder, creating the folder. */
export function writeInto(folder: string, name: string, text: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), text);
}
