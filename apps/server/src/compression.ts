import { constants } from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Compresses answers over 1 KB for clients that accept it: one page of the overview is about
 * 44 KB of JSON and 5 KB gzipped. Brotli runs at quality 4, not its default 11: at 11 it costs
 * tens of milliseconds per page of JSON, more than the bytes it saves on any network a widget
 * runs on. The widget's own files are compressed once at build time instead (served with
 * `preCompressed`, see static-folders.ts); an answer that already has a `content-encoding`
 * is left alone.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}
