import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROTOCOL_VERSION,
  syncResponseSchema,
  type SyncRequest,
} from '../../src/shared/sync/protocol.ts';
import { organization } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, recordCount, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

describe('a retried sync applies each mutation once', () => {
  let store: TestStore;
  let server: TestApp;
  let token: string;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil-librarian', 'tigil');
    token = await signIn(server.app, 'tigil-librarian');
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  const post = async (request: SyncRequest) => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/sync',
      headers: { authorization: `Bearer ${token}` },
      payload: request,
    });
    expect(response.statusCode).toBe(200);
    return syncResponseSchema.parse(response.json());
  };

  it('acks the same request twice, writes one record with one seq', async () => {
    const device = new TestDevice(injectTransport(server.app, token), 'tigil-pc-1');
    const org = organization('tigil');
    const mutation = device.edit('organizations', org.id, org);
    const request = {
      protocol: PROTOCOL_VERSION,
      clientId: device.clientId,
      cursor: null,
      mutations: [mutation],
    };

    const first = await post(request);
    const seqs = await store.query<{ seq: string }>(
      `select seq::text as seq from records where id = $1`,
      [org.id],
    );
    const second = await post(request);

    expect(first.acks).toEqual([mutation.mid]);
    expect(second.acks).toEqual([mutation.mid]);
    expect(await recordCount(store)).toBe(1);
    expect(
      await store.query(`select seq::text as seq from records where id = $1`, [org.id]),
    ).toEqual(seqs);
    // the device already holds what it wrote: no echo either time
    expect(first.changes).toEqual([]);
    expect(second.changes).toEqual([]);
  });

  it('after a lost response the device resends; the server applies once and acks again', async () => {
    const device = new TestDevice(injectTransport(server.app, token), 'tigil-pc-2');
    const org = organization('tigil', {
      name: 'Родовая община «Ительмены Коврана»',
      legalForm: 'community',
    });
    const mutation = device.edit('organizations', org.id, org);
    // the response never reaches the device (link drops): the outbox still holds the mutation
    await post({
      protocol: PROTOCOL_VERSION,
      clientId: device.clientId,
      cursor: null,
      mutations: [mutation],
    });
    const before = await store.query(`select seq::text as seq, data from records where id = $1`, [
      org.id,
    ]);

    const [retry] = await device.sync();

    expect(retry?.acks).toEqual([mutation.mid]);
    expect(device.outbox).toEqual([]);
    expect(
      await store.query(`select seq::text as seq, data from records where id = $1`, [org.id]),
    ).toEqual(before);
    const applied = await store.query<{ n: number }>(
      'select count(*)::int as n from applied_mutations where mid = $1',
      [mutation.mid],
    );
    expect(applied[0]?.n).toBe(1);
  });

  it('the same patch under a new mid changes nothing and bumps no seq', async () => {
    const device = new TestDevice(injectTransport(server.app, token), 'tigil-pc-3');
    const org = organization('tigil');
    const mutation = device.edit('organizations', org.id, org);
    await device.sync();
    const before = await store.query(`select seq::text as seq from records where id = $1`, [
      org.id,
    ]);
    const copy = { ...mutation, mid: crypto.randomUUID() };
    const response = await post({
      protocol: PROTOCOL_VERSION,
      clientId: device.clientId,
      cursor: device.cursor,
      mutations: [copy],
    });
    expect(response.acks).toEqual([copy.mid]);
    expect(
      await store.query(`select seq::text as seq from records where id = $1`, [org.id]),
    ).toEqual(before);
  });
});
