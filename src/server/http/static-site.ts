import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { apiError } from './api-failure.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

function cacheControlFor(path: string): string {
  // hashed build output never changes; the shell and the service worker must be revalidated
  if (/[\\/]assets[\\/]/.test(path)) return IMMUTABLE;
  return 'no-cache';
}

/**
 * Serves the built PWA from the same origin. Unknown GETs outside /api/ get index.html so
 * client-side routes (e.g. /organizations) survive a reload; unknown /api/ paths get JSON 404.
 */
export async function registerStaticSite(app: FastifyInstance, root: string): Promise<void> {
  const built = existsSync(join(root, 'index.html'));
  if (built)
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      cacheControl: false,
      setHeaders: (reply: FastifyReply, path: string) => {
        reply.header('cache-control', cacheControlFor(path));
      },
    });
  else app.log.warn({ root }, 'PWA not built: serving the API only (run npm run build)');

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path === '/api' || path.startsWith('/api/');
    if (!isApi && built && (request.method === 'GET' || request.method === 'HEAD'))
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply
      .code(404)
      .send(apiError('not_found', isApi ? 'Нет такого адреса API' : 'Страница не найдена'));
  });
}
