import type { SqlRunner } from '../store/store.ts';
import { TOKEN_IDLE_DAYS } from './tokens.ts';

/** A signed-in device that has not been in touch for a while: what it holds is that old. */
export interface IdleDevice {
  login: string;
  name: string;
  centre: string | null;
  label: string | null;
  lastUsedAt: string;
}

/**
 * Devices still signed in whose last contact is more than `days` ago (last use is kept to the
 * hour). A deletion made on the server since then has not reached them.
 */
export async function idleDevices(db: SqlRunner, days: number): Promise<IdleDevice[]> {
  const rows = await db.query<Omit<IdleDevice, 'lastUsedAt'> & { lastUsedAt: Date | string }>(
    `select u.login, u.display_name as name, c.data->>'name' as centre,
       t.device_label as label, t.last_used_at as "lastUsedAt"
     from tokens t join users u on u.id = t.user_id
       left join records c on c.collection = 'centres' and c.id = u.centre_id
     where t.revoked_at is null
       and t.last_used_at > now() - interval '${TOKEN_IDLE_DAYS} days'
       and t.last_used_at < now() - make_interval(days => $1)
     order by t.last_used_at`,
    [days],
  );
  return rows.map((row) => ({ ...row, lastUsedAt: new Date(row.lastUsedAt).toISOString() }));
}
