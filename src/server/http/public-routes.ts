import type { FastifyInstance } from 'fastify';
import { timestamp } from '../../shared/model/common.ts';
import type { RateLimit } from '../config.ts';
import type { Store } from '../store/store.ts';

const DAY_MS = 86_400_000;
const readableTime = timestamp();

/** Start and end in ms, or undefined for a record whose dates cannot be read (skipped). */
function readableTimes(
  data: Record<string, unknown>,
): { startsAt: number; endsAt: number } | undefined {
  const startsAt = readableTime.safeParse(data.startsAt);
  const endsAt = readableTime.safeParse(data.endsAt);
  if (!startsAt.success || !endsAt.success) return undefined;
  return { startsAt: Date.parse(startsAt.data), endsAt: Date.parse(endsAt.data) };
}

/**
 * What a volunteer may see without signing in: published trainings that have not ended.
 * Rate-limited per address, since anyone can call it.
 */
export function registerPublicRoutes(app: FastifyInstance, store: Store, limit: RateLimit): void {
  app.get(
    '/api/public/trainings',
    { config: { rateLimit: { max: limit.max, timeWindow: limit.timeWindowMs } } },
    async () => {
      const now = Date.now();
      // a coarse text filter that cannot fail (no zone is a day off UTC); exact times in JS
      const rows = await store.query<{ data: Record<string, unknown> }>(
        `select data from records
         where collection = 'trainings' and data->'published' = 'true'::jsonb
           and coalesce(data->'deleted', 'false'::jsonb) = 'false'::jsonb
           and data->>'endsAt' collate "C" >= $1`,
        [new Date(now - 2 * DAY_MS).toISOString().slice(0, 10)],
      );
      const upcoming = rows.flatMap(({ data }) => {
        const when = readableTimes(data);
        return when && when.endsAt > now ? [{ data, startsAt: when.startsAt }] : [];
      });
      upcoming.sort((a, b) => a.startsAt - b.startsAt);
      return { trainings: upcoming.slice(0, 200).map((row) => row.data) };
    },
  );

  // a regional training's registrant picks the centre they will come to
  app.get(
    '/api/public/centres',
    { config: { rateLimit: { max: limit.max, timeWindow: limit.timeWindowMs } } },
    async () => {
      const rows = await store.query<{ id: string; name: string }>(
        `select id::text as id, data->>'name' as name from records
         where collection = 'centres' and coalesce(data->'deleted', 'false'::jsonb) = 'false'::jsonb
         order by data->>'name'`,
      );
      return { centres: rows };
    },
  );
}
