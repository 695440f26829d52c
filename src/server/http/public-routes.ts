import type { FastifyInstance } from 'fastify';
import type { RateLimit } from '../config.ts';
import type { Store } from '../store/store.ts';

/**
 * What a volunteer may see without signing in: published trainings that have not ended.
 * Rate-limited per address, since anyone can call it.
 */
export function registerPublicRoutes(app: FastifyInstance, store: Store, limit: RateLimit): void {
  app.get(
    '/api/public/trainings',
    { config: { rateLimit: { max: limit.max, timeWindow: limit.timeWindowMs } } },
    async () => {
      const rows = await store.query<{ data: Record<string, unknown> }>(
        `select data from records
         where collection = 'trainings' and (data->>'published')::boolean
           and coalesce((data->>'deleted')::boolean, false) = false
           and (data->>'endsAt')::timestamptz > now()
         order by data->>'startsAt' limit 200`,
      );
      return { trainings: rows.map((row) => row.data) };
    },
  );

  // a regional training's registrant picks the centre they will come to
  app.get(
    '/api/public/centres',
    { config: { rateLimit: { max: limit.max, timeWindow: limit.timeWindowMs } } },
    async () => {
      const rows = await store.query<{ id: string; name: string }>(
        `select id::text as id, data->>'name' as name from records
         where collection = 'centres' and coalesce((data->>'deleted')::boolean, false) = false
         order by data->>'name'`,
      );
      return { centres: rows };
    },
  );
}
