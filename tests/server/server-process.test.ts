import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listenUrls } from '../../src/server/process/listen-urls.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/seed.ts';
import { openPgliteStore } from '../../src/server/store/pglite-store.ts';
import { organizationNo } from './helpers/fixtures.ts';
import {
  exitOf,
  isRunning,
  portIsFree,
  serverPid,
  startServerProcess,
  waitUntil,
  type ServerProcess,
} from './helpers/server-process.ts';
import { TestDevice, type Transport } from './helpers/sync-client.ts';
import type { SyncResponse } from '../../src/shared/sync/protocol.ts';
import { copyPgliteTemplate } from './helpers/test-store.ts';

describe('npm start, stopped the ways an administrator stops it', () => {
  let dataDir: string;
  let running: ServerProcess | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sopka-process-'));
    await copyPgliteTemplate(join(dataDir, 'pglite'));
  });
  afterEach(() => {
    if (running?.parent.exitCode === null) running.parent.kill('SIGKILL');
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  /** After the stop: no server process, the port and the data dir free for the next start. */
  async function expectNothingLeft(pid: number, port: number) {
    expect(await waitUntil(() => !isRunning(pid))).toBe(true);
    expect(await portIsFree(port)).toBe(true);
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
    const reopened = await openPgliteStore(join(dataDir, 'pglite'));
    await reopened.close();
  }

  it('the supervisor killed outright (SIGKILL): the server notices over IPC and stops on its own', async () => {
    running = startServerProcess(dataDir);
    const port = Number(new URL(await running.listening).port);
    const pid = await serverPid(dataDir);

    running.parent.kill('SIGKILL');
    await exitOf(running.parent);
    await expectNothingLeft(pid, port);
  }, 120_000);

  it('npm itself killed outright: the supervisor notices npm is gone and stops the server', async () => {
    running = startServerProcess(dataDir, { throughNpm: true });
    const port = Number(new URL(await running.listening).port);
    const pid = await serverPid(dataDir);

    running.parent.kill('SIGKILL');
    await exitOf(running.parent);
    await expectNothingLeft(pid, port);
  }, 120_000);

  it('SIGTERM to npm start during a sync: the sync is answered and kept, then nothing is left running', async () => {
    running = startServerProcess(dataDir);
    const url = await running.listening;
    // the address it really listens on, not «localhost»
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const port = Number(new URL(url).port);
    const pid = await serverPid(dataDir);
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'tigil', password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    // a satellite link: the body is still arriving when the administrator stops the server
    const slowLink: Transport = (request) =>
      new Promise((resolve, reject) => {
        const body = Buffer.from(JSON.stringify(request));
        const sending = httpRequest(
          `${url}/api/sync`,
          {
            method: 'POST',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'content-length': body.length,
            },
          },
          (response) => {
            let text = '';
            response.on('data', (chunk: Buffer) => (text += chunk.toString()));
            response.on('end', () => {
              if (response.statusCode === 200) resolve(JSON.parse(text) as SyncResponse);
              else reject(new Error(`sync ${response.statusCode}: ${text}`));
            });
          },
        );
        sending.on('error', reject);
        sending.write(body.subarray(0, body.length / 2));
        void running
          ?.printed('"url":"/api/sync"')
          .then(() => {
            running?.parent.kill('SIGTERM');
            return running?.printed('Сопка: остановка');
          })
          .then(() => sending.end(body.subarray(body.length / 2)), reject);
      });
    const pc = new TestDevice(slowLink, 'tigil-library-pc');
    const organizations = Array.from({ length: 500 }, (_, n) => organizationNo('tigil', n));
    for (const organization of organizations)
      pc.edit('organizations', organization.id, organization);

    const response = await pc.syncOnce();
    expect(response.acks).toHaveLength(500);
    expect(await exitOf(running.parent), running.output().slice(-3000)).toBe(0);
    await expectNothingLeft(pid, port);

    const store = await openPgliteStore(join(dataDir, 'pglite'));
    const rows = await store.query<{ n: number }>(
      `select count(*)::int as n from records where id = any($1::uuid[])`,
      [organizations.map((organization) => organization.id)],
    );
    await store.close();
    expect(rows[0]?.n).toBe(500);
  }, 120_000);

  it('HOST=0.0.0.0: the banner lists this computer and each library network address', () => {
    const interfaces = {
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
      eth0: [
        { address: '192.168.10.23', family: 'IPv4', internal: false },
        { address: 'fe80::1', family: 'IPv6', internal: false },
      ],
      wlan0: [{ address: '10.0.0.7', family: 'IPv4', internal: false }],
    } as unknown as Parameters<typeof listenUrls>[1];
    expect(
      listenUrls({ address: '0.0.0.0', port: 8080, family: 'IPv4' }, interfaces).map((u) => u.url),
    ).toEqual(['http://127.0.0.1:8080', 'http://192.168.10.23:8080', 'http://10.0.0.7:8080']);
    expect(listenUrls({ address: '::1', port: 8080, family: 'IPv6' }, interfaces)).toEqual([
      { url: 'http://[::1]:8080', reach: 'this-computer' },
    ]);
  });
});
