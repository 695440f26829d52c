import type { SqlRunner } from '../store/store.ts';
import { TOKEN_IDLE_DAYS, tokenHash } from './tokens.ts';

/** A device signed in as a person: one live token. */
export interface SignedInDevice {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  label: string | null;
  /** The device asking. */
  current: boolean;
}

const LIVE = `revoked_at is null and last_used_at > now() - interval '${TOKEN_IDLE_DAYS} days'`;

export async function listDevices(
  db: SqlRunner,
  userId: string,
  currentToken: string,
): Promise<SignedInDevice[]> {
  const rows = await db.query<{
    id: string;
    createdAt: Date | string;
    lastUsedAt: Date | string;
    label: string | null;
    current: boolean;
  }>(
    `select id::text as id, created_at as "createdAt", last_used_at as "lastUsedAt",
       device_label as label, hash = $2 as current
     from tokens where user_id = $1 and ${LIVE}
     order by last_used_at desc, created_at desc`,
    [userId, tokenHash(currentToken)],
  );
  return rows.map((row) => ({
    ...row,
    createdAt: new Date(row.createdAt).toISOString(),
    lastUsedAt: new Date(row.lastUsedAt).toISOString(),
  }));
}

/** Signs one of the person's devices out, its sign-in ticket with it; false when there is none. */
export async function revokeDevice(db: SqlRunner, userId: string, id: string): Promise<boolean> {
  const rows = await db.query<{ knownDevice: string | null }>(
    `update tokens set revoked_at = now() where id = $1 and user_id = $2 and ${LIVE}
     returning known_device as "knownDevice"`,
    [id, userId],
  );
  const row = rows[0];
  if (!row) return false;
  if (row.knownDevice)
    await db.query('update known_devices set revoked_at = now() where hash = $1', [
      row.knownDevice,
    ]);
  return true;
}

/** Every token and sign-in ticket of the person: each of their devices must sign in again. */
export async function revokeAllDevices(db: SqlRunner, userId: string): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `with revoked as (
       update tokens set revoked_at = now() where user_id = $1 and revoked_at is null returning 1
     ) select count(*)::int as n from revoked`,
    [userId],
  );
  await db.query(
    'update known_devices set revoked_at = now() where user_id = $1 and revoked_at is null',
    [userId],
  );
  return rows[0]?.n ?? 0;
}
