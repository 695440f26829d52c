import { randomBytes } from 'node:crypto';
import type { SqlRunner } from '../store/store.ts';
import { tokenHash } from './tokens.ts';

/**
 * A sign-in ticket: given to a device when a person signs in on it, kept there across sign-outs,
 * and shown at the next sign-in. It opens nothing by itself; it only lets that device's
 * attempts be counted apart from a stranger's, so guessing at a login cannot lock out its PC.
 */
export async function issueKnownDevice(
  db: SqlRunner,
  userId: string,
): Promise<{ ticket: string; hash: string }> {
  const ticket = randomBytes(32).toString('base64url');
  const hash = tokenHash(ticket);
  await db.query('insert into known_devices (hash, user_id) values ($1, $2)', [hash, userId]);
  return { ticket, hash };
}

/** The ticket's hash when it is a live ticket of the person with this login. */
export async function knownDeviceOf(
  db: SqlRunner,
  ticket: string,
  login: string,
): Promise<string | undefined> {
  const hash = tokenHash(ticket);
  const rows = await db.query<{ hash: string }>(
    `select d.hash from known_devices d join users u on u.id = d.user_id
     where d.hash = $1 and u.login = $2 and d.revoked_at is null`,
    [hash, login],
  );
  return rows[0]?.hash;
}
