import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

describe('a conflict goes to those who may resolve it', () => {
  let store: TestStore;
  let server: TestApp;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'consultant-a');
    await addUser(store, 'consultant-b');
    await addUser(store, 'tigil-scope', 'tigil');
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  const device = async (login: string) =>
    new TestDevice(injectTransport(server.app, await signIn(server.app, login)), login);

  it('two consultants rename one material: the region sees the conflict, centres do not', async () => {
    const first = await device('consultant-a');
    const second = await device('consultant-b');
    const tigil = await device('tigil-scope');
    const at = new Date().toISOString();
    const id = randomUUID();
    first.edit('materials', id, {
      id,
      centreId: null,
      createdAt: at,
      updatedAt: at,
      title: 'Устав АНО',
      category: 'charter',
      body: '## Цели',
      tags: [],
      attachments: [],
      published: true,
    });
    await first.sync();
    await second.sync();
    first.edit('materials', id, { title: 'Устав АНО: обязательные разделы' });
    second.edit('materials', id, { title: 'Устав АНО по 7-ФЗ' });
    await first.sync();
    await second.sync();
    await first.sync();
    await tigil.sync();

    const conflictsOn = (pc: TestDevice) =>
      [...pc.records.values()].filter((record) => record.data.recordId === id);
    expect(conflictsOn(first)).toHaveLength(1);
    expect(conflictsOn(second)).toEqual(conflictsOn(first));
    expect(conflictsOn(tigil)).toEqual([]);
    expect(tigil.record('materials', id)?.title).toBe(first.record('materials', id)?.title);
  });
});
