import { createHash, randomBytes } from 'node:crypto';
import type { SqlRunner } from '../store/store.ts';
import { userColumns, type User } from './users.ts';

/** A token unused this long stops working; every use moves the deadline on. */
export const TOKEN_IDLE_DAYS = 180;
// the last use is written at most this often, so a sync is not also a write to `tokens`
const LAST_USE_STEP = `interval '1 hour'`;
const ALIVE = `t.revoked_at is null and t.last_used_at > now() - interval '${TOKEN_IDLE_DAYS} days'
  and u.disabled_at is null`;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface TokenOptions {
  /** What the device calls itself, e.g. «Chrome, Windows»; shown in the person's device list. */
  label?: string | undefined;
  /** The sign-in ticket of the device (its hash), so revoking the device drops the ticket too. */
  knownDevice?: string | undefined;
}

/** An opaque device token: 32 random bytes; only its sha256 is stored. */
export async function issueToken(
  db: SqlRunner,
  userId: string,
  options: TokenOptions = {},
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    'insert into tokens (hash, user_id, device_label, known_device) values ($1, $2, $3, $4)',
    [tokenHash(token), userId, options.label ?? null, options.knownDevice ?? null],
  );
  return token;
}

export async function userForToken(db: SqlRunner, token: string): Promise<User | undefined> {
  const hash = tokenHash(token);
  const rows = await db.query<User & { stale: boolean }>(
    `select ${userColumns('u')},
       t.last_used_at < now() - ${LAST_USE_STEP} as stale
     from tokens t join users u on u.id = t.user_id
     where t.hash = $1 and ${ALIVE}`,
    [hash],
  );
  const row = rows[0];
  if (!row) return undefined;
  const { stale, ...user } = row;
  if (stale) await db.query('update tokens set last_used_at = now() where hash = $1', [hash]);
  return user;
}

export async function revokeToken(db: SqlRunner, token: string): Promise<void> {
  await db.query('update tokens set revoked_at = now() where hash = $1 and revoked_at is null', [
    tokenHash(token),
  ]);
}
