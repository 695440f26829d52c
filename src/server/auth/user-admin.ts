import type { SqlRunner } from '../store/store.ts';
import { revokeAllDevices } from './devices.ts';
import { TOKEN_IDLE_DAYS } from './tokens.ts';

/** A line of `npm run user:list`. */
export interface UserSummary {
  login: string;
  name: string;
  role: string;
  centre: string | null;
  disabled: boolean;
  /** Devices signed in now. */
  devices: number;
  lastSeenAt: string | null;
}

export async function listUsers(db: SqlRunner): Promise<UserSummary[]> {
  const rows = await db.query<Omit<UserSummary, 'lastSeenAt'> & { lastSeenAt: Date | null }>(
    `select u.login, u.display_name as name, u.role, c.data->>'name' as centre,
       u.disabled_at is not null as disabled,
       count(t.hash) filter (where t.revoked_at is null
         and t.last_used_at > now() - interval '${TOKEN_IDLE_DAYS} days')::int as devices,
       max(t.last_used_at) as "lastSeenAt"
     from users u
       left join records c on c.collection = 'centres' and c.id = u.centre_id
       left join tokens t on t.user_id = u.id
     group by u.id, c.data
     order by c.data->>'name' nulls first, u.login`,
  );
  return rows.map((row) => ({
    ...row,
    lastSeenAt: row.lastSeenAt ? new Date(row.lastSeenAt).toISOString() : null,
  }));
}

/**
 * Disables a person (they left the library): they cannot sign in, and every device of theirs
 * is signed out. What they wrote stays, under their name. Returns the devices signed out, or
 * undefined when there is no such login.
 */
export async function disableUser(db: SqlRunner, login: string): Promise<number | undefined> {
  const rows = await db.query<{ id: string }>(
    `update users set disabled_at = coalesce(disabled_at, now()) where login = $1
     returning id::text as id`,
    [login],
  );
  const user = rows[0];
  return user ? revokeAllDevices(db, user.id) : undefined;
}

/** Lets a disabled person sign in again (with their password); false when there is no such login. */
export async function enableUser(db: SqlRunner, login: string): Promise<boolean> {
  const rows = await db.query('update users set disabled_at = null where login = $1 returning id', [
    login,
  ]);
  return rows.length > 0;
}

/** The name others see (authors, who changed a status); false when there is no such login. */
export async function renameUser(db: SqlRunner, login: string, name: string): Promise<boolean> {
  const rows = await db.query('update users set display_name = $2 where login = $1 returning id', [
    login,
    name,
  ]);
  return rows.length > 0;
}
