import { createHash, randomBytes } from 'node:crypto';
import type { SqlRunner } from '../store/store.ts';
import type { User } from './users.ts';

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** An opaque device token: 32 random bytes; only its sha256 is stored. */
export async function issueToken(db: SqlRunner, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query('insert into tokens (hash, user_id) values ($1, $2)', [tokenHash(token), userId]);
  return token;
}

export async function userForToken(db: SqlRunner, token: string): Promise<User | undefined> {
  const rows = await db.query<User>(
    `select u.id::text as id, u.login, u.role, u.centre_id::text as "centreId"
     from tokens t join users u on u.id = t.user_id
     where t.hash = $1 and t.revoked_at is null`,
    [tokenHash(token)],
  );
  return rows[0];
}

export async function revokeToken(db: SqlRunner, token: string): Promise<void> {
  await db.query('update tokens set revoked_at = now() where hash = $1 and revoked_at is null', [
    tokenHash(token),
  ]);
}
