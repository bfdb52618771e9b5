import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Writes `file.br` and `file.gz` beside each JavaScript file of the build, at the strongest
 * settings, once: the server sends them as they are to a browser that accepts them
 * (`preCompressed` in apps/server/src/static-folders.ts), so no request pays for compressing.
 * Source maps are left plain: only developer tools fetch them. A copy that would not be
 * smaller is not written.
 */
export function precompress(): Plugin {
  return {
    name: 'collab-precompress',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const source = Buffer.from(file.code);
        const copies = {
          br: brotliCompressSync(source, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
            },
          }),
          gz: gzipSync(source, { level: 9 }),
        };
        // A file of a few hundred bytes does not get smaller; the server then sends it as it is.
        for (const [extension, compressed] of Object.entries(copies)) {
          if (compressed.length < source.length)
            this.emitFile({
              type: 'asset',
              fileName: `${file.fileName}.${extension}`,
              source: compressed,
            });
        }
      }
    },
  };
}
