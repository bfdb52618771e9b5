import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export interface StaticFolder {
  prefix: string;
  root: string;
  /** A CSP for this folder only, for tooling whose pages need more than the product's. */
  contentSecurityPolicy?: string;
  /**
   * Pages answer without `.html`: `/accept` serves `accept.html`. The invitation e-mails link
   * to `PUBLIC_URL/accept?token=…`, which the demo host app's accept page answers.
   */
  cleanUrls?: boolean;
  /**
   * Serve `file.br` / `file.gz` next to a file when the request accepts them: the widget's
   * build writes both (packages/widget/scripts/precompress.ts), so nothing is compressed per
   * request.
   */
  preCompressed?: boolean;
  /** The `cache-control` of a file, by its path inside the folder (`chunks/x-1a2b.js`). */
  cacheControlOf?: (relativePath: string) => string;
}

/**
 * The widget's chunks carry a content hash in their names (`chunks/[name]-[hash].js`), so a
 * changed chunk is a new URL: browsers and CDNs may keep them for a year. The entry files
 * (`collab-widget.js`, the standalone script) keep their names across releases, so they are
 * cached for five minutes and then revalidated by their ETag (a 304 when unchanged).
 */
export function widgetCacheControl(relativePath: string): string {
  return relativePath.startsWith('chunks/')
    ? 'public, max-age=31536000, immutable'
    : 'public, max-age=300, must-revalidate';
}

/**
 * What the server serves besides the API, when it has been built: the widget bundles, the
 * static Storybook, and the demo host app at `/` (with `/accept` for the e-mails' links).
 */
export function productStaticFolders(repositoryRoot: string): StaticFolder[] {
  return [
    {
      prefix: '/widget/',
      root: join(repositoryRoot, 'packages/widget/dist'),
      preCompressed: true,
      cacheControlOf: widgetCacheControl,
    },
    {
      // `pnpm build-storybook` output, for designers. Storybook's pages use inline scripts
      // and styles, so this folder alone gets a looser policy; the product's pages do not.
      prefix: '/storybook/',
      root: join(repositoryRoot, 'storybook-static'),
      contentSecurityPolicy:
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'",
    },
    { prefix: '/', root: demoFolder(repositoryRoot), cleanUrls: true },
  ];
}

export function demoFolder(repositoryRoot: string): string {
  return join(repositoryRoot, 'apps/demo/dist');
}

/** Serves one folder under its prefix, with its own policy, compression and caching. */
export async function registerStaticFolder(
  app: FastifyInstance,
  folder: StaticFolder,
): Promise<void> {
  const { contentSecurityPolicy: policy, cacheControlOf } = folder;
  await app.register(fastifyStatic, {
    root: folder.root,
    prefix: folder.prefix,
    decorateReply: false,
    preCompressed: folder.preCompressed ?? false,
    // @fastify/static's own header is `public, max-age=0`; a folder with a policy sets its own.
    cacheControl: cacheControlOf === undefined,
    ...(folder.cleanUrls ? { extensions: ['html'] } : {}),
    // Runs after helmet's hook, so a folder's policy replaces the product's for its files.
    setHeaders: (reply: FastifyReply, path: string) => {
      if (policy) reply.header('content-security-policy', policy);
      if (cacheControlOf) {
        const inFolder = relative(folder.root, path).split(sep).join('/');
        reply.header('cache-control', cacheControlOf(inFolder));
      }
    },
  });
}
