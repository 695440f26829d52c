import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idleDevices } from '../../src/server/auth/idle-devices.ts';
import { issueToken, tokenHash } from '../../src/server/auth/tokens.ts';
import { ensureUser } from '../../src/server/auth/users.ts';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import { addUser, PASSWORD, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

interface Device {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  label: string | null;
  current: boolean;
}

describe('the devices signed in as a person', () => {
  let store: TestStore;
  let server: TestApp;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil', 'tigil');
    await addUser(store, 'palana', 'palana');
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  const signInOn = async (login: string, deviceLabel?: string) => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login, password: PASSWORD, ...(deviceLabel ? { deviceLabel } : {}) },
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ token: string }>().token;
  };
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const me = (token: string) =>
    server.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(token) });
  const devices = async (token: string) => {
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/auth/devices',
      headers: as(token),
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ devices: Device[] }>().devices;
  };
  const lastUsed = async (token: string) => {
    const [row] = await store.query<{ at: string }>(
      `select last_used_at::text as at from tokens where hash = $1`,
      [tokenHash(token)],
    );
    return row?.at;
  };
  const setLastUsed = (token: string, ago: string) =>
    store.query(`update tokens set last_used_at = now() - $2::interval where hash = $1`, [
      tokenHash(token),
      ago,
    ]);

  it('a PC not used for 180 days must sign in again; one used yesterday goes on', async () => {
    const forgotten = await signInOn('tigil', 'Chrome, Windows — Ковран');
    const daily = await signInOn('tigil', 'Firefox, Windows — Тигиль');
    await setLastUsed(forgotten, '181 days');
    await setLastUsed(daily, '179 days');

    expect((await me(forgotten)).json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await me(daily)).statusCode).toBe(200);
    // the use just made moves the deadline on: 180 days from now
    const [row] = await store.query<{ fresh: boolean }>(
      `select last_used_at > now() - interval '1 minute' as fresh from tokens where hash = $1`,
      [tokenHash(daily)],
    );
    expect(row?.fresh).toBe(true);
  });

  it('the last use is written at most once an hour, not on every sync', async () => {
    const token = await signInOn('tigil');
    await setLastUsed(token, '10 minutes');
    const before = await lastUsed(token);
    for (let n = 0; n < 3; n++) expect((await me(token)).statusCode).toBe(200);
    expect(await lastUsed(token)).toBe(before);

    await setLastUsed(token, '61 minutes');
    const stale = await lastUsed(token);
    await me(token);
    expect(await lastUsed(token)).not.toBe(stale);
  });

  it('lists her own devices with labels and which one is this; nobody else’s', async () => {
    const office = await signInOn('palana', 'Chrome, Windows — кабинет');
    const hall = await signInOn('palana', 'Firefox, Windows — читальный зал');
    await signInOn('tigil', 'Chrome, Windows — Тигиль');

    const seen = await devices(hall);
    expect(seen.map((d) => d.label).sort()).toEqual([
      'Chrome, Windows — кабинет',
      'Firefox, Windows — читальный зал',
    ]);
    const here = seen.find((d) => d.current);
    expect(here?.label).toBe('Firefox, Windows — читальный зал');
    expect(seen.filter((d) => d.current)).toHaveLength(1);
    for (const device of seen) {
      expect(Date.parse(device.createdAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(Date.parse(device.lastUsedAt)).toBeGreaterThan(Date.now() - 60_000);
    }
    expect((await devices(office)).find((d) => d.current)?.label).toBe('Chrome, Windows — кабинет');
  });

  it('signs out the PC left signed in at the library; this one and others keep working', async () => {
    const left = await signInOn('palana', 'Chrome, Windows — библиотека');
    const phone = await signInOn('palana', 'Chrome, Android');
    const stranger = await signInOn('tigil');
    const target = (await devices(phone)).find((d) => d.label === 'Chrome, Windows — библиотека');
    if (!target) throw new Error('the library PC is not listed');

    // another person cannot sign her devices out, nor learn they exist
    const foreign = await server.app.inject({
      method: 'DELETE',
      url: `/api/auth/devices/${target.id}`,
      headers: as(stranger),
    });
    expect(foreign.statusCode).toBe(404);
    expect((await me(left)).statusCode).toBe(200);

    const out = await server.app.inject({
      method: 'DELETE',
      url: `/api/auth/devices/${target.id}`,
      headers: as(phone),
    });
    expect(out.statusCode).toBe(204);
    expect((await me(left)).statusCode).toBe(401);
    expect((await me(phone)).statusCode).toBe(200);
    expect((await devices(phone)).map((d) => d.id)).not.toContain(target.id);

    const nonsense = await server.app.inject({
      method: 'DELETE',
      url: '/api/auth/devices/not-a-device',
      headers: as(phone),
    });
    expect(nonsense.statusCode).toBe(404);
  });

  it('a label with control characters or a huge one does not stop the sign-in', async () => {
    const token = await signInOn('tigil', `Chrome\u202E${'x'.repeat(500)}`);
    const mine = (await devices(token)).find((d) => d.current);
    expect(mine?.label).toBeNull();
  });
});

describe('PCs that have not synced since a deletion', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(() => store.dispose());

  it('lists the signed-in devices not seen for 30 days, oldest first; not the signed-out ones', async () => {
    const { user: tigil } = await ensureUser(store, {
      login: 'tigil-idle',
      displayName: 'Ирина Петрова',
      password: PASSWORD,
      role: 'staff',
      centreId: centreId('tigil'),
    });
    const device = async (label: string, ago: string, revoked = false) => {
      const token = await issueToken(store, tigil.id, { label });
      await store.query(
        `update tokens set last_used_at = now() - $2::interval,
           revoked_at = case when $3 then now() else null end where hash = $1`,
        [tokenHash(token), ago, revoked],
      );
    };
    await device('Chrome 109, Windows 7 — читальный зал', '45 days');
    await device('Firefox 115, Windows 10/11 — кабинет', '2 hours');
    await device('Chrome 109, Windows 7 — старый ноутбук', '90 days');
    await device('Chrome 120, Android', '60 days', true);

    const idle = await idleDevices(store, 30);
    expect(idle.map((d) => d.label)).toEqual([
      'Chrome 109, Windows 7 — старый ноутбук',
      'Chrome 109, Windows 7 — читальный зал',
    ]);
    expect(idle[0]).toMatchObject({ login: 'tigil-idle', name: 'Ирина Петрова' });
  });
});
