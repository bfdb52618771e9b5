/**
 * The ES module for hosts with a bundler (React stays external: the host's own copy is used).
 * Importing it in a browser registers the custom elements, the same as the standalone script
 * does; on a server (no `window`, as in a Next.js server render) it registers nothing, so it
 * can be imported there. `@collab/widget/pure` (`./pure.ts`) never registers anything.
 */
import { defineCollabElements } from './elements/define.js';

export * from './pure.js';

if (typeof window !== 'undefined') defineCollabElements();
