import { join } from 'node:path';

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
}

/**
 * What the server serves besides the API, when it has been built: the widget bundles, the
 * static Storybook, and the demo host app at `/` (with `/accept` for the e-mails' links).
 */
export function productStaticFolders(repositoryRoot: string): StaticFolder[] {
  return [
    { prefix: '/widget/', root: join(repositoryRoot, 'packages/widget/dist') },
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
