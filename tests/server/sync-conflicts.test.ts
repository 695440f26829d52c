import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflictSchema } from '../../src/shared/model/conflicts.ts';
import { organization } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

describe('two librarians edit the same field from the same base', () => {
  let store: TestStore;
  let server: TestApp;
  let tigil: string;
  let palana: string;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil-librarian', 'tigil');
    await addUser(store, 'palana-librarian', 'palana');
    tigil = await signIn(server.app, 'tigil-librarian');
    palana = await signIn(server.app, 'palana-librarian');
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  it('one value wins everywhere; the other is kept in exactly one conflict, pulled by that centre', async () => {
    let clock = Date.now();
    const tick = () => (clock += 5);
    const libraryPc = new TestDevice(injectTransport(server.app, tigil), 'tigil-library', tick);
    const laptop = new TestDevice(injectTransport(server.app, tigil), 'tigil-laptop', tick);
    const org = organization('tigil');
    libraryPc.edit('organizations', org.id, org);
    await libraryPc.sync();
    await laptop.sync();
    expect(laptop.record('organizations', org.id)?.name).toBe('АНО «Берег Тигиля»');

    // both offline, both rename it; like the app, each edit also stamps updatedAt
    const stamp = () => new Date(tick()).toISOString();
    libraryPc.edit('organizations', org.id, {
      name: 'АНО «Берег Тигиля» (центр ремёсел)',
      updatedAt: stamp(),
    });
    laptop.edit('organizations', org.id, { name: 'АНО «Тигильский берег»', updatedAt: stamp() });
    await libraryPc.sync();
    await laptop.sync();
    await libraryPc.sync();

    // the later edit (laptop) wins on every replica
    const winner = 'АНО «Тигильский берег»';
    expect(libraryPc.record('organizations', org.id)?.name).toBe(winner);
    expect(laptop.record('organizations', org.id)?.name).toBe(winner);
    const stored = await store.query<{ data: { name: string } }>(
      `select data from records where id = $1`,
      [org.id],
    );
    expect(stored[0]?.data.name).toBe(winner);

    const conflicts = await store.query<{ data: unknown; centreId: string }>(
      `select data, centre_id::text as "centreId" from records where collection = 'conflicts'`,
    );
    expect(conflicts).toHaveLength(1);
    const conflict = conflictSchema.parse(conflicts[0]?.data);
    expect(conflict).toMatchObject({
      collection: 'organizations',
      recordId: org.id,
      field: 'name',
      lostValue: 'АНО «Берег Тигиля» (центр ремёсел)',
      status: 'open',
      centreId: org.centreId,
    });
    // both devices of the centre receive it; Palana never does
    expect(libraryPc.record('conflicts', conflict.id)).toEqual(conflict);
    expect(laptop.record('conflicts', conflict.id)).toEqual(conflict);
    const palanaPc = new TestDevice(injectTransport(server.app, palana), 'palana-library');
    await palanaPc.sync();
    expect(palanaPc.record('conflicts', conflict.id)).toBeUndefined();
  });

  it('a stale edit that loses is kept as a conflict too, and the loser gets the winner back', async () => {
    let clock = Date.now() + 10_000;
    const early = new TestDevice(injectTransport(server.app, tigil), 'tigil-early', () => clock);
    const late = new TestDevice(
      injectTransport(server.app, tigil),
      'tigil-late',
      () => clock + 1_000,
    );
    const org = organization('tigil', { name: 'ТОС «Улица Партизанская»', legalForm: 'tos' });
    early.edit('organizations', org.id, org);
    await early.sync();
    await late.sync();
    clock += 100;
    late.edit('organizations', org.id, { phone: '+7 914 222-33-44' });
    early.edit('organizations', org.id, { phone: '+7 914 555-66-77' });
    await late.sync(); // the later clock arrives first
    await early.sync(); // the older edit loses on arrival

    expect(early.record('organizations', org.id)?.phone).toBe('+7 914 222-33-44');
    const lost = await store.query<{ data: { lostValue: string } }>(
      `select data from records where collection = 'conflicts' and data->>'recordId' = $1`,
      [org.id],
    );
    expect(lost.map((r) => r.data.lostValue)).toEqual(['+7 914 555-66-77']);
  });

  it('a librarian dismisses a conflict: only its status may change', async () => {
    const device = new TestDevice(injectTransport(server.app, tigil), 'tigil-reviewer');
    await device.sync();
    const [row] = await store.query<{ id: string }>(
      `select id::text as id from records where collection = 'conflicts' limit 1`,
    );
    const id = row?.id ?? '';
    device.edit('conflicts', id, { status: 'dismissed', updatedAt: new Date().toISOString() });
    device.edit('conflicts', id, { lostValue: 'подменённое значение' });
    await device.sync();
    expect(device.rejected.map((r) => r.code)).toEqual(['server_owned']);
    const stored = await store.query<{ data: { status: string; lostValue: string } }>(
      `select data from records where id = $1`,
      [id],
    );
    expect(stored[0]?.data.status).toBe('dismissed');
    expect(stored[0]?.data.lostValue).not.toBe('подменённое значение');
  });
});
