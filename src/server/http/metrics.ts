import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { ApiFailure } from './api-failure.ts';

/** What the sync route reports of each request. */
export interface SyncMetrics {
  batch(mutations: number, rejectedCodes: readonly string[], applySeconds: number): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    syncMetrics: SyncMetrics;
  }
}

function metricsOf(registry: Registry) {
  const labelNames = ['method', 'route', 'status'] as const;
  return {
    requests: new Counter({
      name: 'sopka_http_requests_total',
      help: 'HTTP requests by route template and status',
      labelNames,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'sopka_http_request_duration_seconds',
      help: 'HTTP request time by route template',
      labelNames: ['method', 'route'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'sopka_http_errors_total',
      help: 'Answers 500 and above: something the administrator should look at',
      labelNames: ['method', 'route'],
      registers: [registry],
    }),
    batchSize: new Histogram({
      name: 'sopka_sync_batch_mutations',
      help: 'Mutations sent in one sync request',
      buckets: [0, 1, 5, 20, 50, 100, 250, 500],
      registers: [registry],
    }),
    applyTime: new Histogram({
      name: 'sopka_sync_apply_seconds',
      help: 'Time to apply one sync request’s mutations',
      buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    rejected: new Counter({
      name: 'sopka_sync_rejected_total',
      help: 'Mutations refused, by code',
      labelNames: ['code'],
      registers: [registry],
    }),
  };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Prometheus metrics at GET /api/metrics, only when a token is set (SOPKA_METRICS_TOKEN), and
 * only for a scraper that presents it: the figures say how busy each centre is. Routes are
 * counted by their template (`/api/blobs/:sha256`), never by the address asked for.
 */
export function registerMetrics(app: FastifyInstance, token: string | undefined): void {
  const registry = new Registry();
  const metrics = metricsOf(registry);
  app.decorate('syncMetrics', {
    batch(mutations, rejectedCodes, applySeconds) {
      metrics.batchSize.observe(mutations);
      metrics.applyTime.observe(applySeconds);
      for (const code of rejectedCodes) metrics.rejected.inc({ code });
    },
  } satisfies SyncMetrics);
  if (!token) return;
  collectDefaultMetrics({ register: registry, prefix: 'sopka_' });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const { method } = request;
    metrics.requests.inc({ method, route, status: String(reply.statusCode) });
    metrics.duration.observe({ method, route }, reply.elapsedTime / 1000);
    if (reply.statusCode >= 500) metrics.errors.inc({ method, route });
  });

  const expected = digest(`Bearer ${token}`);
  app.get('/api/metrics', async (request, reply) => {
    const presented = digest(request.headers.authorization ?? '');
    if (!timingSafeEqual(presented, expected))
      throw new ApiFailure(401, 'unauthorized', 'Нужен токен метрик (SOPKA_METRICS_TOKEN)');
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
