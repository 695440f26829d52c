import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organization } from './helpers/fixtures.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

const TOKEN = 'prometheus-scrape-9f3c1e7a';

let store: TestStore;
let withMetrics: TestApp;
let without: TestApp;
beforeAll(async () => {
  store = await openTestStore();
  withMetrics = await startTestApp(store, { metricsToken: TOKEN });
  without = await startTestApp(store);
  await addUser(store, 'tigil-metrics', 'tigil');
});
afterAll(async () => {
  await withMetrics.close();
  await without.close();
  await store.dispose();
});

const scrape = (app: TestApp, authorization?: string) =>
  app.app.inject({
    url: '/api/metrics',
    headers: authorization ? { authorization } : {},
  });

/** The value of one sample line, e.g. `name{labels} 3`. */
function sample(text: string, line: string): number | undefined {
  const found = text.split('\n').find((row) => row.startsWith(`${line} `));
  return found ? Number(found.slice(line.length + 1)) : undefined;
}

describe('GET /api/metrics', () => {
  it('does not exist unless the administrator set a token, and asks for it when set', async () => {
    expect((await scrape(without, `Bearer ${TOKEN}`)).statusCode).toBe(404);
    expect((await scrape(withMetrics)).statusCode).toBe(401);
    expect((await scrape(withMetrics, 'Bearer prometheus-scrape-00000000')).statusCode).toBe(401);
  });

  it('counts requests by route, sync batch sizes, apply time and refusals', async () => {
    const token = await signIn(withMetrics.app, 'tigil-metrics');
    const org = organization('tigil');
    const sync = await withMetrics.app.inject({
      method: 'POST',
      url: '/api/sync',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        protocol: 1,
        clientId: 'tigil-pc',
        cursor: null,
        mutations: [
          {
            mid: randomUUID(),
            collection: 'organizations',
            id: org.id,
            patch: org,
            hlc: `${String(Date.now()).padStart(15, '0')}:00000:tigil-pc`,
            base: {},
          },
          {
            mid: randomUUID(),
            collection: 'no_such_collection',
            id: randomUUID(),
            patch: { name: 'x' },
            hlc: `${String(Date.now()).padStart(15, '0')}:00001:tigil-pc`,
            base: {},
          },
        ],
      },
    });
    expect(sync.statusCode).toBe(200);
    const sha = 'ab'.repeat(32);
    await withMetrics.app.inject({
      url: `/api/blobs/${sha}`,
      headers: { authorization: `Bearer ${token}` },
    });

    const answer = await scrape(withMetrics, `Bearer ${TOKEN}`);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toContain('text/plain');
    const text = answer.body;
    expect(
      sample(text, 'sopka_http_requests_total{method="POST",route="/api/sync",status="200"}'),
    ).toBe(1);
    expect(sample(text, 'sopka_sync_batch_mutations_count')).toBe(1);
    expect(sample(text, 'sopka_sync_batch_mutations_sum')).toBe(2);
    expect(sample(text, 'sopka_sync_rejected_total{code="unknown_collection"}')).toBe(1);
    expect(sample(text, 'sopka_sync_apply_seconds_count')).toBe(1);
    expect(text).toContain('route="/api/blobs/:sha256"');
    expect(text).not.toContain(sha);
    expect(text).not.toContain(token);
  });

  it('every answer names its request, so a log line can be found from what a person saw', async () => {
    const first = await without.app.inject({ url: '/api/health' });
    const second = await without.app.inject({ url: '/api/health' });
    const ids = [first.headers['x-request-id'], second.headers['x-request-id']];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
