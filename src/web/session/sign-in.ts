import { z } from 'zod';
import { apiErrorSchema } from '../../shared/sync/protocol.ts';
import { logError } from '../log.ts';
import { db as appDb, type SopkaDb } from '../store/db.ts';
import { META, readMeta, writeMeta } from '../store/meta.ts';
import { requestPersistence } from '../store/storage-persistence.ts';

const loginResponseSchema = z.object({
  token: z.string().min(1),
  user: z.object({
    id: z.string(),
    login: z.string(),
    role: z.enum(['regional', 'staff']),
    centreId: z.string().nullable(),
  }),
});

export type SignInResult =
  | { ok: true }
  | { ok: false; reason: 'offline' | 'other_centre' | 'failed'; serverMessage?: string };

export interface SignInOptions {
  db?: SopkaDb;
  fetch?: typeof fetch;
  baseUrl?: string;
}

/**
 * Signs in against the server (the only step that needs the network) and keeps the token in
 * the session table; the computer then works offline across restarts. A person of another
 * centre cannot sign in over data that is not theirs.
 */
export async function signIn(
  login: string,
  password: string,
  { db = appDb, fetch: send = (i, o) => fetch(i, o), baseUrl = '' }: SignInOptions = {},
): Promise<SignInResult> {
  let response: Response;
  try {
    response = await send(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
  } catch {
    return { ok: false, reason: 'offline' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = apiErrorSchema.safeParse(body);
    return error.success
      ? { ok: false, reason: 'failed', serverMessage: error.data.error.message }
      : { ok: false, reason: 'failed' };
  }
  const parsed = loginResponseSchema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: 'failed' };
  const { token, user } = parsed.data;
  const accepted = await db.transaction('rw', db.session, db.meta, async () => {
    const dataCentre = await readMeta<string | null>(db, META.dataCentreId);
    if (dataCentre !== undefined && dataCentre !== user.centreId) return false;
    await writeMeta(db, META.dataCentreId, user.centreId);
    await db.session.put({
      key: 'current',
      userId: user.id,
      login: user.login,
      role: user.role,
      centreId: user.centreId,
      token,
    });
    return true;
  });
  if (!accepted) {
    await revokeOnServer(token, send, baseUrl);
    return { ok: false, reason: 'other_centre' };
  }
  void requestPersistence();
  return { ok: true };
}

async function revokeOnServer(token: string, send: typeof fetch, baseUrl: string): Promise<void> {
  try {
    await send(`${baseUrl}/api/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    // offline: the token stays valid on the server until an administrator revokes it
    logError('logout', error);
  }
}

/** «Сменить пользователя»: forgets who is signed in; records and the outbox stay. */
export async function signOut({
  db = appDb,
  fetch: send = (i, o) => fetch(i, o),
  baseUrl = '',
}: SignInOptions = {}): Promise<void> {
  const row = await db.session.get('current');
  await db.session.delete('current');
  if (row?.token) await revokeOnServer(row.token, send, baseUrl);
}
