import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { authenticate, signedInUser } from '../auth/authenticate.ts';
import { ApiFailure } from '../http/api-failure.ts';
import type { Store } from '../store/store.ts';
import { blobAccess, recordUpload } from './blob-access.ts';
import { contentDisposition, HEAD_BYTES, inlineType, readAll } from './blob-content.ts';
import type { BlobStore } from './blob-store.ts';
import { parseByteRange } from './byte-range.ts';

const NOT_FOUND = 'Файл не найден на сервере';

const params = (raw: unknown): string => {
  const sha256 = (raw as { sha256?: unknown }).sha256;
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256))
    throw new ApiFailure(400, 'bad_hash', 'Неверная контрольная сумма файла (ожидается sha256)');
  return sha256;
};

export function registerBlobRoutes(
  app: FastifyInstance,
  store: Store,
  blobs: BlobStore,
  blobLimit: number,
): void {
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_req, body, done) =>
    done(null, body),
  );

  app.put(
    '/api/blobs/:sha256',
    { onRequest: authenticate(store), bodyLimit: blobLimit },
    async (request, reply) => {
      const sha256 = params(request.params);
      if (!Buffer.isBuffer(request.body))
        throw new ApiFailure(
          415,
          'unsupported_media_type',
          'Файл отправляется как application/octet-stream',
        );
      const actual = createHash('sha256').update(request.body).digest('hex');
      if (actual !== sha256)
        throw new ApiFailure(
          400,
          'hash_mismatch',
          'Файл повреждён при передаче: контрольная сумма не совпала',
        );
      const result = await blobs.put(sha256, request.body);
      const first = await recordUpload(store, signedInUser(request), sha256);
      // 200 only to one who sent it before: to others it says nothing of who else has the file
      return reply
        .code(result === 'created' || first ? 201 : 200)
        .send({ sha256, size: request.body.length });
    },
  );

  app.get(
    '/api/blobs/:sha256',
    { onRequest: authenticate(store), compress: false },
    async (request, reply) => {
      const sha256 = params(request.params);
      // a file the reader may not see is answered exactly as a missing one
      const access = await blobAccess(store, signedInUser(request), sha256);
      const size = access.allowed ? await blobs.size(sha256) : undefined;
      if (size === undefined) throw new ApiFailure(404, 'not_found', NOT_FOUND);
      const head =
        size > 0
          ? await readAll(blobs.read(sha256, { start: 0, end: Math.min(size, HEAD_BYTES) - 1 }))
          : Buffer.alloc(0);
      const shown = inlineType(head);
      reply
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('vary', 'authorization')
        .header('etag', `"${sha256}"`)
        .header('accept-ranges', 'bytes')
        .header('x-content-type-options', 'nosniff')
        // a file is never a page of the app: no script, no same-origin access, even if shown
        .header('content-security-policy', 'sandbox')
        .header(
          'content-disposition',
          contentDisposition(shown ? 'inline' : 'attachment', access.name),
        )
        .type(shown ?? 'application/octet-stream');
      if (request.headers['if-none-match'] === `"${sha256}"`) return reply.code(304).send();
      const range = parseByteRange(request.headers.range, size);
      if (range === 'unsatisfiable')
        return reply
          .code(416)
          .header('content-range', `bytes */${size}`)
          .type('application/json; charset=utf-8')
          .send({ error: { code: 'bad_range', message: 'Неверный диапазон байтов' } });
      if (!range) return reply.header('content-length', size).send(blobs.read(sha256));
      return reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
        .header('content-length', range.end - range.start + 1)
        .send(blobs.read(sha256, range));
    },
  );
}
