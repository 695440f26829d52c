import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncResponseSchema } from '../../src/shared/sync/protocol.ts';
import { organizationNo } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

const SHELL = '<!doctype html><html lang="ru"><title>Сопка</title><div id="app"></div></html>';

describe('the same origin serves the PWA and the API', () => {
  let store: TestStore;
  let server: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'sopka-dist-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), SHELL);
    await writeFile(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    await writeFile(join(dist, 'assets', 'index-3f9a1c.js'), 'console.log("Сопка");'.repeat(200));
    store = await openTestStore();
    server = await startTestApp(store, { staticRoot: dist });
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
    await rm(dist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'GET', url, headers });

  it('a reload on a client route (/organizations) gets the app shell, not a 404', async () => {
    const response = await get('/organizations');
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(SHELL);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets forever and revalidates the shell and the service worker', async () => {
    expect((await get('/assets/index-3f9a1c.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/sw.js')).headers['cache-control']).toBe('no-cache');
    expect((await get('/')).headers['cache-control']).toBe('no-cache');
  });

  it('an unknown API path is a JSON 404, never the shell', async () => {
    const response = await get('/api/unknown');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'not_found', message: 'Нет такого адреса API' },
    });
  });

  it('answers health and sends a strict CSP', async () => {
    const response = await get('/api/health');
    expect(response.json()).toMatchObject({ ok: true, store: store.kind, protocol: 1 });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('gzips responses and accepts a gzipped sync request', async () => {
    expect(
      (await get('/assets/index-3f9a1c.js', { 'accept-encoding': 'gzip' })).headers[
        'content-encoding'
      ],
    ).toBe('gzip');
    await addUser(store, 'tigil', 'tigil');
    const token = await signIn(server.app, 'tigil');
    const device = new TestDevice(injectTransport(server.app, token), 'tigil-gzip');
    for (let n = 0; n < 20; n++) {
      const org = organizationNo('tigil', n);
      device.edit('organizations', org.id, org);
    }
    const body = gzipSync(
      JSON.stringify({
        protocol: 1,
        clientId: 'tigil-gzip',
        cursor: null,
        mutations: device.outbox,
      }),
    );
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/sync',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'accept-encoding': 'gzip',
      },
      payload: body,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ acks: string[] }>().acks).toHaveLength(20);

    const pull = await server.app.inject({
      method: 'POST',
      url: '/api/sync',
      headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
      payload: { protocol: 1, clientId: 'tigil-other-pc', cursor: null, mutations: [] },
    });
    expect(pull.headers['content-encoding']).toBe('gzip');
    const parsed = syncResponseSchema.parse(JSON.parse(gunzipSync(pull.rawPayload).toString()));
    expect(parsed.changes).toHaveLength(20);
  });

  it('lists upcoming published trainings without a token', async () => {
    const response = await get('/api/public/trainings');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ trainings: [] });
  });
});

describe('without a built PWA', () => {
  it('still serves the API and says the page is missing in JSON', async () => {
    const store = await openTestStore();
    const server = await startTestApp(store);
    try {
      const page = await server.app.inject({ method: 'GET', url: '/organizations' });
      expect(page.statusCode).toBe(404);
      expect(page.json()).toMatchObject({ error: { code: 'not_found' } });
      expect((await server.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await server.close();
      await store.dispose();
    }
  });
});
