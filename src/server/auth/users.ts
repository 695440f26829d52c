import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/model/common.ts';
import type { SqlRunner } from '../store/store.ts';
import { hashPassword } from './passwords.ts';

export interface User {
  id: string;
  login: string;
  /**
   * How people see this person in the app, e.g. «Ирина Петрова» (the login when none was given);
   * absent only for the server's own writers, such as the public registration page.
   */
  displayName?: string;
  /** What the person does, e.g. «библиотекарь Тигильской библиотеки»; null when not given. */
  position?: string | null;
  role: Role;
  centreId: string | null;
}

export interface NewUser {
  login: string;
  displayName?: string;
  position?: string;
  password: string;
  role: Role;
  centreId: string | null;
  id?: string;
}

/** The columns of a `User`, from the users table under `alias` when it has one. */
export const userColumns = (alias = '') => {
  const t = alias ? `${alias}.` : '';
  return `${t}id::text as id, ${t}login, ${t}display_name as "displayName", ${t}job_title as "position", ${t}role, ${t}centre_id::text as "centreId"`;
};
const USER_COLUMNS = userColumns();

export async function findUserByLogin(
  db: SqlRunner,
  login: string,
): Promise<(User & { passwordHash: string; disabled: boolean }) | undefined> {
  const rows = await db.query<User & { passwordHash: string; disabled: boolean }>(
    `select ${USER_COLUMNS}, password_hash as "passwordHash", disabled_at is not null as disabled
     from users where login = $1`,
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
    `insert into users (id, login, display_name, job_title, password_hash, role, centre_id)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (login) do nothing returning ${USER_COLUMNS}`,
    [
      user.id ?? randomUUID(),
      user.login,
      user.displayName?.trim() || user.login,
      user.position?.trim() || null,
      passwordHash,
      user.role,
      user.role === 'staff' ? user.centreId : null,
    ],
  );
  if (inserted[0]) return { user: inserted[0], created: true };
  const existing = await findUserByLogin(db, user.login);
  if (!existing) throw new Error(`User ${user.login} vanished`);
  const { passwordHash: _hash, disabled: _disabled, ...rest } = existing;
  return { user: rest, created: false };
}

export async function setPassword(db: SqlRunner, userId: string, password: string): Promise<void> {
  await db.query('update users set password_hash = $2 where id = $1', [
    userId,
    await hashPassword(password),
  ]);
}
