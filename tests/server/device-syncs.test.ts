import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser } from '../../src/server/auth/users.ts';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import type { DeviceSyncsResponse } from '../../src/shared/sync/device-syncs.ts';
import { PROTOCOL_VERSION } from '../../src/shared/sync/protocol.ts';
import { PASSWORD, addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

describe('the region sees each PC as of its last sync', () => {
  let store: TestStore;
  let server: TestApp;
  let tigil: string;
  let palana: string;
  let regional: string;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await ensureUser(store, {
      login: 'anna',
      displayName: 'Анна Петрова',
      position: 'библиотекарь Тигильской библиотеки',
      password: PASSWORD,
      role: 'staff',
      centreId: centreId('tigil'),
    });
    await addUser(store, 'palana', 'palana');
    await addUser(store, 'region');
    [tigil, palana, regional] = await Promise.all([
      signIn(server.app, 'anna'),
      signIn(server.app, 'palana'),
      signIn(server.app, 'region'),
    ]);
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  const sync = (token: string, clientId: string, extra: Record<string, unknown> = {}) =>
    server.app.inject({
      method: 'POST',
      url: '/api/sync',
      headers: { authorization: `Bearer ${token}` },
      payload: { protocol: PROTOCOL_VERSION, clientId, cursor: null, mutations: [], ...extra },
    });
  const overview = (token: string) =>
    server.app.inject({
      method: 'GET',
      url: '/api/region/devices',
      headers: { authorization: `Bearer ${token}` },
    });

  it('keeps the version and unsent count a PC reports, and an old PC still syncs', async () => {
    const before = Date.now();
    expect(
      (await sync(tigil, 'reading-room', { device: { appVersion: '0.1.0', unsent: 12 } }))
        .statusCode,
    ).toBe(200);
    // an app from before the report: no `device` field, and the sync is not refused
    expect((await sync(palana, 'palana-office')).statusCode).toBe(200);

    const answer = await overview(regional);
    expect(answer.statusCode).toBe(200);
    const { devices } = answer.json<DeviceSyncsResponse>();
    const room = devices.find((d) => d.centreId === centreId('tigil'));
    expect(room).toMatchObject({ userName: 'Анна Петрова', appVersion: '0.1.0', unsent: 12 });
    expect(Date.parse(room?.lastSyncAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    const old = devices.find((d) => d.centreId === centreId('palana'));
    expect(old).toMatchObject({ userName: 'palana', appVersion: null, unsent: null });
  });

  it('shows the latest report: the PC sent everything since', async () => {
    await sync(tigil, 'reading-room', { device: { appVersion: '0.2.0', unsent: 0 } });
    const { devices } = (await overview(regional)).json<DeviceSyncsResponse>();
    const rooms = devices.filter((d) => d.centreId === centreId('tigil'));
    expect(rooms).toHaveLength(1);
    expect(rooms[0]).toMatchObject({ appVersion: '0.2.0', unsent: 0 });
  });

  it("refuses a centre's staff: they may not see the other centres", async () => {
    const answer = await overview(tigil);
    expect(answer.statusCode).toBe(403);
    expect(answer.json<{ error: { message: string } }>().error.message).toMatch(
      /региональному центру/,
    );
    expect(
      (await server.app.inject({ method: 'GET', url: '/api/region/devices' })).statusCode,
    ).toBe(401);
  });

  it('refuses a report that is not numbers and text', async () => {
    const answer = await sync(tigil, 'reading-room', { device: { appVersion: 'x', unsent: -1 } });
    expect(answer.statusCode).toBe(400);
  });

  it('returns the position with the signed-in person', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'anna', password: PASSWORD },
    });
    expect(response.json<{ user: { position: string } }>().user.position).toBe(
      'библиотекарь Тигильской библиотеки',
    );
  });
});
