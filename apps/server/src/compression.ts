import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyInstance } from 'fastify';

/** The encodings the API's answers come in, the client's preference (`Accept-Encoding`) first. */
const encodings = new Negotiator<'br' | 'gzip'>({ supportedValues: ['br', 'gzip'] });

/** Answers up to this size go as they are: compressing them saves less than it costs. */
const thresholdBytes = 1024;

/**
 * Compresses the API's answers over 1 KB for clients that accept it: one page of the overview
 * is about 44 KB of JSON and 5 KB compressed. Brotli runs at quality 4, not its default 11: at
 * 11 it costs tens of milliseconds per page of JSON, more than it saves on any network a widget
 * runs on. The answers are whole JSON documents (tRPC's are made plain buffers before this, in
 * trpc-answers.ts), so they are compressed in one call, with no stream. @fastify/compress,
 * which streams, was tried first: with it a server stopping during a burst never finished
 * closing (apps/server/src/process.test.ts). The widget's own files are compressed once at
 * build time instead (served with `preCompressed`, see static-folders.ts), and other static
 * files, which are streams, go as they are.
 */
export function registerCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.hasHeader('content-encoding')) return payload;
    const vary = reply.getHeader('vary');
    reply.header('vary', vary ? `${String(vary)}, accept-encoding` : 'accept-encoding');
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const accepted = request.headers['accept-encoding'];
    if (body.length <= thresholdBytes || typeof accepted !== 'string') return payload;
    const encoding = encodings.negotiate(accepted);
    if (encoding === null) return payload;
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return encoding === 'br'
      ? brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 4,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
      : gzipSync(body, { level: 6 });
  });
}
