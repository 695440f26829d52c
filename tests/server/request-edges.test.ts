import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, PASSWORD, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

describe('odd requests get a clear 400, and the server keeps serving', () => {
  let store: TestStore;
  let server: TestApp;
  let token: string;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil', 'tigil');
    token = await signIn(server.app, 'tigil');
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  const healthy = async () =>
    expect((await server.app.inject({ url: '/api/health' })).json()).toMatchObject({ ok: true });

  it('a NUL pasted into the login is refused in Russian, not a server error', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'tigil\u0000', password: PASSWORD },
    });

    expect(response.statusCode).toBe(400);
    const { error } = response.json<{ error: { code: string; message: string } }>();
    expect(error.code).toBe('invalid_body');
    expect(error.message).toMatch(/недопустимый символ/);
    await healthy();
  });

  const pull = (cursor: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/sync',
      headers: { authorization: `Bearer ${token}` },
      payload: { protocol: 1, clientId: 'tigil-pc', cursor, mutations: [] },
    });

  it('a cursor past the largest bigint is refused as a bad body', async () => {
    for (const cursor of ['9223372036854775808', '99999999999999999999']) {
      const response = await pull(cursor);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: { code: 'invalid_body', message: expect.stringMatching(/[а-яё]/i) },
      });
    }
    await healthy();
  });

  it('the largest bigint itself is a cursor the server can answer', async () => {
    const response = await pull('9223372036854775807');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ changes: [], more: false });
  });
});

describe('a request body that never finishes', () => {
  let store: TestStore;
  let server: TestApp;
  let port: number;
  let token: string;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store, { requestTimeoutMs: 1_000, connectionTimeoutMs: 500 });
    await addUser(store, 'tigil', 'tigil');
    token = await signIn(server.app, 'tigil');
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    port = (server.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  /** Resolves with the time the server took to drop the socket, or rejects after `limitMs`. */
  function closedWithin(socket: Socket, limitMs: number): Promise<number> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`the server still holds the socket after ${limitMs} ms`));
      }, limitMs);
      socket.on('error', () => undefined);
      socket.once('close', () => {
        clearTimeout(timer);
        resolve(Date.now() - started);
      });
    });
  }

  /** Headers promising a 1000-byte JSON body; the routes read it before they answer. */
  const headers = (path: string, extra: string[] = []) =>
    [
      `POST ${path} HTTP/1.1`,
      'Host: 127.0.0.1',
      'Content-Type: application/json',
      'Content-Length: 1000',
      ...extra,
      '',
      '',
    ].join('\r\n');

  it('is cut off once the line goes quiet: 10 of 1000 bytes, then nothing', async () => {
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`${headers('/api/auth/login')}{"login":"`);

    const tookMs = await closedWithin(socket, 5_000);

    expect(tookMs).toBeLessThan(3_000);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toMatchObject({ ok: true });
  });

  it('is cut off at the request timeout even when it trickles a byte at a time', async () => {
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(headers('/api/sync', [`Authorization: Bearer ${token}`]));
    const trickle = setInterval(() => socket.writable && socket.write(' '), 200);

    const tookMs = await closedWithin(socket, 6_000).finally(() => clearInterval(trickle));

    expect(tookMs).toBeLessThan(4_000);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
  });
});
