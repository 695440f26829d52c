import { beforeEach, describe, expect, it } from 'vitest';
import { signIn, signOut } from '../../../src/web/session/sign-in.ts';
import { SopkaDb } from '../../../src/web/store/db.ts';
import { ids } from '../shared/fixtures.ts';

const PASSWORD = 'кедровый-стланик';
const noLink: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
const server: typeof fetch = (input) =>
  Promise.resolve(
    String(input).endsWith('/api/auth/login')
      ? Response.json({
          token: 'device-token-tigil',
          user: {
            id: ids.consultantUser,
            login: 'tigil',
            role: 'staff',
            centreId: ids.centreTigil,
          },
        })
      : new Response(null, { status: 204 }),
  );

let pc: SopkaDb;
beforeEach(async () => {
  pc = new SopkaDb(`sopka-offline-sign-in-${crypto.randomUUID()}`);
  await pc.open();
});

describe('switching user on a PC with no link', () => {
  it('lets the librarian who signed in here before back in, keeping the token to sync later', async () => {
    expect(await signIn('tigil', PASSWORD, { db: pc, fetch: server })).toEqual({ ok: true });
    await signOut({ db: pc, fetch: noLink });
    expect(await pc.session.get('current')).toBeUndefined();

    expect(await signIn('tigil', PASSWORD, { db: pc, fetch: noLink })).toEqual({
      ok: true,
      offline: true,
    });
    expect(await pc.session.get('current')).toMatchObject({
      login: 'tigil',
      centreId: ids.centreTigil,
      token: 'device-token-tigil',
    });
  });

  it('refuses a wrong password offline', async () => {
    await signIn('tigil', PASSWORD, { db: pc, fetch: server });
    await signOut({ db: pc, fetch: noLink });
    expect(await signIn('tigil', 'не-тот-пароль', { db: pc, fetch: noLink })).toEqual({
      ok: false,
      reason: 'offline_wrong_password',
    });
    expect(await pc.session.get('current')).toBeUndefined();
  });

  it('asks a person new to this PC for the link once', async () => {
    await signIn('tigil', PASSWORD, { db: pc, fetch: server });
    await signOut({ db: pc, fetch: noLink });
    expect(await signIn('palana', PASSWORD, { db: pc, fetch: noLink })).toEqual({
      ok: false,
      reason: 'offline',
    });
  });

  it('forgets a token the server revoked at sign-out: offline, the person works but must sign in to sync', async () => {
    await signIn('tigil', PASSWORD, { db: pc, fetch: server });
    await signOut({ db: pc, fetch: server });
    await signIn('tigil', PASSWORD, { db: pc, fetch: noLink });
    expect(await pc.session.get('current')).toMatchObject({ login: 'tigil', token: null });
  });
  it('forgets a person the administrator disabled: no more sign-in with no link on this PC', async () => {
    await signIn('tigil', PASSWORD, { db: pc, fetch: server });
    await signOut({ db: pc, fetch: noLink });
    const message = 'Вход отключён администратором. Обратитесь в региональный центр.';
    const disabled: typeof fetch = () =>
      Promise.resolve(
        Response.json({ error: { code: 'account_disabled', message } }, { status: 403 }),
      );
    expect(await signIn('tigil', PASSWORD, { db: pc, fetch: disabled })).toEqual({
      ok: false,
      reason: 'failed',
      serverMessage: message,
    });
    expect(await signIn('tigil', PASSWORD, { db: pc, fetch: noLink })).toEqual({
      ok: false,
      reason: 'offline',
    });
  });
});
