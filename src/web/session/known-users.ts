import {
  hashPassword,
  verifyPassword,
  type PasswordHash,
} from '../features/kiosk/password-hash.ts';
import type { SessionRow, SopkaDb } from '../store/db.ts';
import { META, readMeta, writeMeta } from '../store/meta.ts';

/**
 * A person who has signed in on this PC: their session and a salted PBKDF2 verifier of their
 * password (never the password), so they can sign in again with no link. Removing the centre's
 * data from the PC removes these too (they live in `meta`).
 */
export interface KnownUser {
  session: Omit<SessionRow, 'key'>;
  verifier: PasswordHash;
}
type KnownUsers = Record<string, KnownUser>;

const keyOf = (login: string) => login.trim().toLocaleLowerCase('ru');

async function knownUsers(db: SopkaDb): Promise<KnownUsers> {
  return (await readMeta<KnownUsers>(db, META.knownUsers)) ?? {};
}

export const makeVerifier = (password: string): Promise<PasswordHash> => hashPassword(password);

/** After an online sign-in. Call inside a rw transaction on meta. */
export async function rememberUser(db: SopkaDb, user: KnownUser): Promise<void> {
  const users = await knownUsers(db);
  await writeMeta(db, META.knownUsers, { ...users, [keyOf(user.session.login)]: user });
}

/** After signing out: the token stays only if the server could not be told to revoke it. */
export async function keepTokenOf(db: SopkaDb, login: string, token: string | null) {
  await db.transaction('rw', db.meta, async () => {
    const users = await knownUsers(db);
    const known = users[keyOf(login)];
    if (!known) return;
    const session = { ...known.session, token };
    await writeMeta(db, META.knownUsers, { ...users, [keyOf(login)]: { ...known, session } });
  });
}

/** The server said the person may no longer sign in: nor may they here with no link. */
export async function forgetUser(db: SopkaDb, login: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const { [keyOf(login)]: _gone, ...rest } = await knownUsers(db);
    await writeMeta(db, META.knownUsers, rest);
  });
}

export type OfflineCheck =
  { kind: 'unknown' } | { kind: 'wrong' } | { kind: 'ok'; user: KnownUser };

/** Checks a password with no link: only against people who signed in here before. */
export async function checkOffline(
  db: SopkaDb,
  login: string,
  password: string,
): Promise<OfflineCheck> {
  const known = (await knownUsers(db))[keyOf(login)];
  if (!known) return { kind: 'unknown' };
  return (await verifyPassword(password, known.verifier))
    ? { kind: 'ok', user: known }
    : { kind: 'wrong' };
}
