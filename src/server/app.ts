import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION } from '../shared/sync/protocol.ts';
import { registerAuthRoutes } from './auth/auth-routes.ts';
import type { BlobStore } from './blobs/blob-store.ts';
import { registerBlobRoutes } from './blobs/blob-routes.ts';
import type { ServerConfig } from './config.ts';
import { ApiFailure } from './http/api-failure.ts';
import { registerErrorHandlers } from './http/error-handlers.ts';
import { registerPublicRegistration } from './http/public-registration.ts';
import { registerPublicRoutes } from './http/public-routes.ts';
import { registerStaticSite } from './http/static-site.ts';
import type { Store } from './store/store.ts';
import { ServerClock } from './sync/server-clock.ts';
import { registerSyncRoutes } from './sync/sync-routes.ts';

export type AppConfig = Pick<
  ServerConfig,
  | 'staticRoot'
  | 'logLevel'
  | 'bodyLimit'
  | 'blobLimit'
  | 'loginRateLimit'
  | 'publicRateLimit'
  | 'registrationRateLimit'
>;

/** The whole HTTP app over a store and a blob store; listening is the caller's business. */
export async function buildApp(
  config: AppConfig,
  store: Store,
  blobs: BlobStore,
  clock = new ServerClock(),
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    trustProxy: false,
  });
  app.decorateRequest('user', null);
  // the API speaks JSON (and octet-stream for blobs) only
  app.removeContentTypeParser('text/plain');
  registerErrorHandlers(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  // gzip both ways; bodyLimit applies to the decompressed bytes, so a gzip bomb is cut off
  await app.register(fastifyCompress, {
    encodings: ['gzip', 'deflate'],
    requestEncodings: ['gzip', 'deflate'],
  });
  await app.register(fastifyRateLimit, {
    global: false,
    max: config.publicRateLimit.max,
    timeWindow: config.publicRateLimit.timeWindowMs,
    errorResponseBuilder: (_request, context) =>
      new ApiFailure(
        429,
        'rate_limited',
        `Слишком много попыток, повторите через ${Math.ceil(context.ttl / 1000)} с`,
      ),
  });

  app.get('/api/health', async () => ({ ok: true, store: store.kind, protocol: PROTOCOL_VERSION }));
  registerPublicRoutes(app, store, config.publicRateLimit);
  registerPublicRegistration(app, store, clock, config.registrationRateLimit);
  registerAuthRoutes(app, store, config.loginRateLimit);
  registerSyncRoutes(app, store, clock);
  registerBlobRoutes(app, store, blobs, config.blobLimit);
  await registerStaticSite(app, config.staticRoot);
  return app;
}
