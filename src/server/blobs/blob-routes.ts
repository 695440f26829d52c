import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { authenticate } from '../auth/authenticate.ts';
import { ApiFailure } from '../http/api-failure.ts';
import type { Store } from '../store/store.ts';
import type { BlobStore } from './blob-store.ts';
import { parseByteRange } from './byte-range.ts';

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
      return reply
        .code(result === 'created' ? 201 : 200)
        .send({ sha256, size: request.body.length });
    },
  );

  app.get(
    '/api/blobs/:sha256',
    { onRequest: authenticate(store), compress: false },
    async (request, reply) => {
      const sha256 = params(request.params);
      const size = await blobs.size(sha256);
      if (size === undefined) throw new ApiFailure(404, 'not_found', 'Файл не найден на сервере');
      reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('etag', `"${sha256}"`)
        .header('accept-ranges', 'bytes')
        .type('application/octet-stream');
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
