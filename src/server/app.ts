import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAuthRoutes } from './auth/auth-routes.ts';
import { registerDeviceRoutes } from './auth/device-routes.ts';
import type { BlobStore } from './blobs/blob-store.ts';
import { registerBlobRoutes } from './blobs/blob-routes.ts';
import type { ServerConfig } from './config.ts';
import { ApiFailure } from './http/api-failure.ts';
import { closeConnectionsOnStop } from './http/close-on-stop.ts';
import { registerErrorHandlers } from './http/error-handlers.ts';
import { registerHealthRoute } from './http/health-route.ts';
import { registerMetrics } from './http/metrics.ts';
import { registerPublicRegistration } from './http/public-registration.ts';
import { registerPublicRoutes } from './http/public-routes.ts';
import { registerStaticSite } from './http/static-site.ts';
import { highestStoredClock, readStoreId } from './store/store-identity.ts';
import type { Store } from './store/store.ts';
import { ServerClock } from './sync/server-clock.ts';
import { registerDeviceSyncRoutes } from './sync/device-sync-routes.ts';
import { registerSyncRoutes } from './sync/sync-routes.ts';

export type AppConfig = Pick<
  ServerConfig,
  | 'staticRoot'
  | 'logLevel'
  | 'bodyLimit'
  | 'blobLimit'
  | 'signInLimits'
  | 'publicRateLimit'
  | 'registrationRateLimit'
  | 'requestTimeoutMs'
  | 'connectionTimeoutMs'
  | 'dataDir'
> &
  Partial<Pick<ServerConfig, 'trustProxy' | 'metricsToken'>>;

/** The whole HTTP app over a store and a blob store; listening is the caller's business. */
export async function buildApp(
  config: AppConfig,
  store: Store,
  blobs: BlobStore,
  clock = new ServerClock(),
): Promise<FastifyInstance> {
  // after a restart the clock starts past every stamp already stored: clocks never go down
  const highest = await highestStoredClock(store);
  if (highest) clock.observe(highest);
  const app = Fastify({
    logger: { level: config.logLevel },
    // every log line of a request carries its id (reqId), also sent back as X-Request-Id
    genReqId: () => randomUUID(),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy ?? false,
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    // Node checks the request timeout only this often (30 s by default), and ignores it when
    // the headers timeout is longer
    http: {
      headersTimeout: Math.min(60_000, config.requestTimeoutMs),
      connectionsCheckingInterval: Math.min(30_000, Math.ceil(config.requestTimeoutMs / 4)),
    },
  });
  app.decorateRequest('user', null);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerMetrics(app, config.metricsToken);
  // the API speaks JSON (and octet-stream for blobs) only
  app.removeContentTypeParser('text/plain');
  registerErrorHandlers(app);
  closeConnectionsOnStop(app);

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

  registerHealthRoute(app, store, config.dataDir);
  registerPublicRoutes(app, store, config.publicRateLimit);
  registerPublicRegistration(app, store, clock, config.registrationRateLimit);
  registerAuthRoutes(app, store, config.signInLimits);
  registerDeviceRoutes(app, store);
  registerSyncRoutes(app, store, clock, await readStoreId(store));
  registerDeviceSyncRoutes(app, store);
  registerBlobRoutes(app, store, blobs, config.blobLimit);
  await registerStaticSite(app, config.staticRoot);
  return app;
}
