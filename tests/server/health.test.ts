import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/server/store/migrations.ts';
import type { Store } from '../../src/server/store/store.ts';
import { startTestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

const RELEASE = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const isRoot = process.getuid?.() === 0;

describe('/api/health tells the administrator what runs and whether it can keep writing', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(() => store.dispose());

  it('names the store, the release, the applied migrations and the disk space of the data dir', async () => {
    const server = await startTestApp(store);
    try {
      const health = await server.app.inject({ url: '/api/health' });
      expect(health.statusCode).toBe(200);
      expect(health.json()).toMatchObject({
        ok: true,
        store: store.kind,
        protocol: 1,
        version: RELEASE,
        migrations: {
          applied: MIGRATIONS.length,
          latest: MIGRATIONS.at(-1)?.id,
          pending: [],
        },
        disk: { low: expect.any(Boolean) },
      });
      const { disk } = health.json<{
        disk: { freeBytes: number; totalBytes: number; path?: string };
      }>();
      // the page is public: it says how much space is left, not where the data lives
      expect(disk.path).toBeUndefined();
      expect(disk.freeBytes).toBeGreaterThan(0);
      expect(disk.totalBytes).toBeGreaterThanOrEqual(disk.freeBytes);
    } finally {
      await server.close();
    }
  });

  it.skipIf(!isRoot)('a data dir on a small disk is reported low', async () => {
    const mountPoint = await mkdtemp(join(tmpdir(), 'sopka-small-disk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mountPoint]);
    try {
      const server = await startTestApp(store, { dataDir: join(mountPoint, 'data') });
      try {
        const { disk } = (await server.app.inject({ url: '/api/health' })).json<{
          disk: { totalBytes: number; low: boolean };
        }>();
        // the data dir does not exist yet: its parent's file system is the one that will fill
        expect(disk.totalBytes).toBe(16 * 1024 * 1024);
        expect(disk.low).toBe(true);
      } finally {
        await server.close();
      }
    } finally {
      execFileSync('umount', [mountPoint]);
      await rm(mountPoint, { recursive: true, force: true });
    }
  });

  it('answers 503 when the database stops answering', async () => {
    let down = false;
    const flaky: Store = {
      ...store,
      query: (sql, params) =>
        down ? Promise.reject(new Error('connection refused')) : store.query(sql, params),
    };
    const server = await startTestApp(flaky);
    try {
      down = true;
      const health = await server.app.inject({ url: '/api/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ ok: false, store: store.kind });
    } finally {
      await server.close();
    }
  });
});
