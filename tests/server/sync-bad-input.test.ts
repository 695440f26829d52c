import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/shared/sync/hlc.ts';
import { MAX_CLOCK_AHEAD_MS, type Mutation } from '../../src/shared/sync/protocol.ts';
import { organization, registration, training } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, snapshot, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

describe('bad input is refused with a clear code, the store untouched, the server serving', () => {
  let store: TestStore;
  let server: TestApp;
  let token: string;
  let before: string;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil', 'tigil');
    token = await signIn(server.app, 'tigil');
    const seeded = new TestDevice(injectTransport(server.app, token), 'tigil-seed');
    const org = organization('tigil');
    seeded.edit('organizations', org.id, org);
    await seeded.sync();
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  const sync = (payload: string | Buffer, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: 'POST',
      url: '/api/sync',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      payload,
    });

  const request = (mutations: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ protocol: 1, clientId: 'tigil-pc', cursor: null, mutations, ...extra });

  const cases: [string, () => string | Buffer, Record<string, string>, number, string][] = [
    ['malformed JSON', () => '{"protocol": 1, "clientId": ', {}, 400, 'bad_json'],
    ['an empty body', () => '', {}, 400, 'bad_json'],
    ['wrong types', () => request([], { cursor: 17 }), {}, 400, 'invalid_body'],
    [
      'a mutation without an hlc',
      () =>
        request([
          { mid: randomUUID(), collection: 'organizations', id: randomUUID(), patch: {}, base: {} },
        ]),
      {},
      400,
      'invalid_body',
    ],
    ['another protocol version', () => request([], { protocol: 2 }), {}, 400, 'protocol_mismatch'],
    [
      'more than 500 mutations',
      () =>
        request(
          Array.from({ length: 501 }, () => ({
            mid: randomUUID(),
            collection: 'organizations',
            id: randomUUID(),
            patch: {},
            hlc: formatHlc({ wallMs: Date.now(), counter: 0, nodeId: 'x' }),
            base: {},
          })),
        ),
      {},
      400,
      'invalid_body',
    ],
    [
      'a body over the limit',
      () => request([], { padding: 'ы'.repeat(6 * 1024 * 1024) }),
      {},
      413,
      'too_large',
    ],
    [
      'a gzip bomb',
      () => gzipSync(Buffer.alloc(64 * 1024 * 1024, 32)),
      { 'content-encoding': 'gzip' },
      413,
      'too_large',
    ],
    [
      'broken gzip',
      () => Buffer.from('это не gzip'),
      { 'content-encoding': 'gzip' },
      400,
      'bad_encoding',
    ],
    [
      'text/plain',
      () => 'protocol=1',
      { 'content-type': 'text/plain' },
      415,
      'unsupported_media_type',
    ],
  ];

  for (const [what, payload, headers, status, code] of cases)
    it(`${what} → ${status} ${code}`, async () => {
      before = await snapshot(store);
      const response = await sync(payload(), headers);
      expect(response.statusCode).toBe(status);
      const body = response.json<{ error: { code: string; message: string } }>();
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/[а-яё]/i);
      expect(await snapshot(store)).toBe(before);
      const health = await server.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.json()).toMatchObject({ ok: true });
    });

  it('rejects each bad mutation by code and still applies the good ones', async () => {
    const device = new TestDevice(injectTransport(server.app, token), 'tigil-pc-rejects');
    await device.sync();
    const existing = organization('tigil', {
      name: 'Общественная организация «Ветераны Хайрюзово»',
      legalForm: 'public',
    });
    device.edit('organizations', existing.id, existing);
    await device.sync();
    const training20 = training('tigil', 20);
    device.edit('trainings', training20.id, training20);
    const person = registration('tigil', training20.id, 'Слепцова Ирина');
    const futureWall = Date.now() + MAX_CLOCK_AHEAD_MS + 60_000;
    const bad: [Mutation, string][] = [
      [device.edit('archives', randomUUID(), { title: 'Архив' }), 'unknown_collection'],
      [
        device.edit('registrations', person.id, { ...person, placement: 'confirmed' }),
        'server_owned',
      ],
      [
        device.edit('organizations', existing.id, { createdAt: '2020-01-01T00:00:00.000Z' }),
        'immutable_field',
      ],
      [
        device.edit('organizations', randomUUID(), { ...organization('tigil'), id: randomUUID() }),
        'immutable_field',
      ],
      [device.edit('organizations', existing.id, { inn: '12345' }), 'invalid'],
      [
        device.edit('organizations', existing.id, { status: 'registered', legalForm: 'informal' }),
        'invalid',
      ],
      [device.edit('organizations', existing.id, { name: null }), 'invalid'],
    ];
    const ahead = organization('tigil');
    const aheadMutation: Mutation = {
      mid: randomUUID(),
      collection: 'organizations',
      id: ahead.id,
      patch: ahead,
      base: {},
      hlc: formatHlc({ wallMs: futureWall, counter: 0, nodeId: 'fastclock' }),
    };
    device.outbox.push(aheadMutation);
    bad.push([aheadMutation, 'clock_ahead']);
    const good = device.edit('organizations', existing.id, { phone: '+7 914 111-22-33' });

    const [response] = await device.sync();

    expect(Object.fromEntries(response?.rejected.map((r) => [r.mid, r.code]) ?? [])).toEqual(
      Object.fromEntries(bad.map(([m, code]) => [m.mid, code])),
    );
    for (const rejection of response?.rejected ?? []) expect(rejection.message).toMatch(/[а-яё]/i);
    expect(response?.acks).toContain(good.mid);
    const stored = await store.query<{ data: Record<string, unknown> }>(
      `select data from records where id = $1`,
      [existing.id],
    );
    expect(stored[0]?.data).toMatchObject({
      phone: '+7 914 111-22-33',
      name: existing.name,
      createdAt: existing.createdAt,
    });
    // a rejected mutation is not recorded as applied, so a corrected resend can go through
    const applied = await store.query<{ n: number }>(
      `select count(*)::int as n from applied_mutations where mid in (select jsonb_array_elements_text($1::jsonb)::uuid)`,
      [JSON.stringify(bad.map(([m]) => m.mid))],
    );
    expect(applied[0]?.n).toBe(0);
  });
});
