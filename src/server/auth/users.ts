import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/model/common.ts';
import type { SqlRunner } from '../store/store.ts';
import { hashPassword } from './passwords.ts';

export interface User {
  id: string;
  login: string;
  role: Role;
  centreId: string | null;
}

export interface NewUser {
  login: string;
  password: string;
  role: Role;
  centreId: string | null;
  id?: string;
}

const USER_COLUMNS = 'id::text as id, login, role, centre_id::text as "centreId"';

export async function findUserByLogin(
  db: SqlRunner,
  login: string,
): Promise<(User & { passwordHash: string }) | undefined> {
  const rows = await db.query<User & { passwordHash: string }>(
    `select ${USER_COLUMNS}, password_hash as "passwordHash" from users where login = $1`,
    [login],
  );
  return rows[0];
}

/** Creates the user unless the login is taken; returns the user with that login either way. */
export async function ensureUser(
  db: SqlRunner,
  user: NewUser,
): Promise<{ user: User; created: boolean }> {
  if (user.role === 'staff' && !user.centreId) throw new Error('A staff user needs a centre');
  const passwordHash = await hashPassword(user.password);
  const inserted = await db.query<User>(
    `insert into users (id, login, password_hash, role, centre_id) values ($1, $2, $3, $4, $5)
     on conflict (login) do nothing returning ${USER_COLUMNS}`,
    [
      user.id ?? randomUUID(),
      user.login,
      passwordHash,
      user.role,
      user.role === 'staff' ? user.centreId : null,
    ],
  );
  if (inserted[0]) return { user: inserted[0], created: true };
  const existing = await findUserByLogin(db, user.login);
  if (!existing) throw new Error(`User ${user.login} vanished`);
  const { passwordHash: _hash, ...rest } = existing;
  return { user: rest, created: false };
}
