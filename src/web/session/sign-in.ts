import { z } from 'zod';
import { apiErrorSchema } from '../../shared/sync/protocol.ts';
import { logError } from '../log.ts';
import { db as appDb, type SopkaDb } from '../store/db.ts';
import { META, readMeta, writeMeta } from '../store/meta.ts';
import { requestPersistence } from '../store/storage-persistence.ts';
import {
  checkOffline,
  forgetUser,
  keepTokenOf,
  makeVerifier,
  rememberUser,
} from './known-users.ts';
import { deviceLabel } from './device-label.ts';

/** Sign-in tickets this computer was given, per login: kept across «Сменить пользователя». */
type Tickets = Record<string, string>;
const ticketKey = (login: string) => login.normalize('NFC').trim().toLowerCase();

const loginResponseSchema = z.object({
  token: z.string().min(1),
  deviceTicket: z.string().min(1).optional(),
  user: z.object({
    id: z.string(),
    login: z.string(),
    displayName: z.string().optional(),
    position: z.string().nullable().optional(),
    role: z.enum(['regional', 'staff']),
    centreId: z.string().nullable(),
  }),
});

export type SignInResult =
  | { ok: true; offline?: true }
  | {
      ok: false;
      reason: 'offline' | 'offline_wrong_password' | 'other_centre' | 'failed';
      serverMessage?: string;
    };

export interface SignInOptions {
  db?: SopkaDb;
  fetch?: typeof fetch;
  baseUrl?: string;
}

/**
 * Signs in against the server and keeps the token in the session table; the computer then
 * works offline across restarts. With no link, a person who signed in here before is checked
 * against the verifier kept then (known-users.ts); a new person needs the link once.
 * A person of another centre cannot sign in over data that is not theirs.
 */
export async function signIn(
  login: string,
  password: string,
  { db = appDb, fetch: send = (i, o) => fetch(i, o), baseUrl = '' }: SignInOptions = {},
): Promise<SignInResult> {
  const tickets = (await readMeta<Tickets>(db, META.signInTickets)) ?? {};
  const ticket = tickets[ticketKey(login)];
  const label = typeof navigator === 'undefined' ? undefined : deviceLabel(navigator.userAgent);
  let response: Response;
  try {
    response = await send(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password, deviceLabel: label, deviceTicket: ticket }),
    });
  } catch {
    return signInOffline(db, login, password);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = apiErrorSchema.safeParse(body);
    if (error.success && error.data.error.code === 'account_disabled') await forgetUser(db, login);
    return error.success
      ? { ok: false, reason: 'failed', serverMessage: error.data.error.message }
      : { ok: false, reason: 'failed' };
  }
  const parsed = loginResponseSchema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: 'failed' };
  const { token, user, deviceTicket } = parsed.data;
  const verifier = await makeVerifier(password);
  const accepted = await db.transaction('rw', db.session, db.meta, async () => {
    // the ticket is this PC's even when the data here is another centre's
    if (deviceTicket) {
      const kept = (await readMeta<Tickets>(db, META.signInTickets)) ?? {};
      await writeMeta(db, META.signInTickets, { ...kept, [ticketKey(login)]: deviceTicket });
    }
    const dataCentre = await readMeta<string | null>(db, META.dataCentreId);
    if (dataCentre !== undefined && dataCentre !== user.centreId) return false;
    await writeMeta(db, META.dataCentreId, user.centreId);
    await db.session.put({
      key: 'current',
      userId: user.id,
      login: user.login,
      displayName: user.displayName ?? user.login,
      ...(user.position ? { position: user.position } : {}),
      role: user.role,
      centreId: user.centreId,
      token,
    });
    const session = {
      userId: user.id,
      login: user.login,
      displayName: user.displayName ?? user.login,
      ...(user.position ? { position: user.position } : {}),
      role: user.role,
      centreId: user.centreId,
    };
    await rememberUser(db, { session: { ...session, token }, verifier });
    return true;
  });
  if (!accepted) {
    await revokeOnServer(token, send, baseUrl);
    return { ok: false, reason: 'other_centre' };
  }
  void requestPersistence();
  return { ok: true };
}

async function signInOffline(db: SopkaDb, login: string, password: string): Promise<SignInResult> {
  const check = await checkOffline(db, login, password);
  if (check.kind === 'unknown') return { ok: false, reason: 'offline' };
  if (check.kind === 'wrong') return { ok: false, reason: 'offline_wrong_password' };
  const { session } = check.user;
  const accepted = await db.transaction('rw', db.session, db.meta, async () => {
    const dataCentre = await readMeta<string | null>(db, META.dataCentreId);
    if (dataCentre !== undefined && dataCentre !== session.centreId) return false;
    await db.session.put({ key: 'current', ...session });
    return true;
  });
  return accepted ? { ok: true, offline: true } : { ok: false, reason: 'other_centre' };
}

/** True when the server has revoked the token. */
async function revokeOnServer(
  token: string,
  send: typeof fetch,
  baseUrl: string,
): Promise<boolean> {
  try {
    const response = await send(`${baseUrl}/api/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    });
    return response.ok || response.status === 401;
  } catch (error) {
    // offline: the token stays valid on the server until an administrator revokes it
    logError('logout', error);
    return false;
  }
}

/**
 * «Сменить пользователя»: forgets who is signed in; records and the outbox stay. A token the
 * server could not revoke (no link) stays with the person's verifier, so their offline sign-in
 * can still sync later; a revoked one is forgotten.
 */
export async function signOut({
  db = appDb,
  fetch: send = (i, o) => fetch(i, o),
  baseUrl = '',
}: SignInOptions = {}): Promise<void> {
  const row = await db.session.get('current');
  await db.session.delete('current');
  if (!row?.token) return;
  const revoked = await revokeOnServer(row.token, send, baseUrl);
  await keepTokenOf(db, row.login, revoked ? null : row.token);
}
