import 'fake-indexeddb/auto';
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import {
  backupFromServer,
  startAdminSocket,
  type AdminSocket,
} from '../../src/server/backup/admin-socket.ts';
import { restoreBackup } from '../../src/server/backup/restore-backup.ts';
import { fsBlobStore } from '../../src/server/blobs/fs-blob-store.ts';
import { DEFAULT_LIMITS } from '../../src/server/config.ts';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import { openStore } from '../../src/server/store/open-store.ts';
import { readStoreId } from '../../src/server/store/store-identity.ts';
import { renewIfRestored } from '../../src/server/store/store-watermark.ts';
import type { Store } from '../../src/server/store/store.ts';
import { SCHEMA_VERSION, SopkaDb } from '../../src/web/store/db.ts';
import { META, writeMeta } from '../../src/web/store/meta.ts';
import { mutate } from '../../src/web/store/mutate.ts';
import { runSync } from '../../src/web/sync/sync-run.ts';
import { httpTransport } from '../../src/web/sync/sync-transport.ts';
import { addUser, signIn } from './helpers/test-app.ts';
import { copyPgliteTemplate, DATABASE_URL } from './helpers/test-store.ts';

/** The regional server as main.ts runs it: store, blobs in the data dir, admin socket, a port. */
interface RegionalServer {
  dataDir: string;
  store: Store;
  app: FastifyInstance;
  admin: AdminSocket | undefined;
  baseUrl: string;
  stop(): Promise<void>;
}

async function startRegionalServer(dataDir: string, databaseUrl?: string): Promise<RegionalServer> {
  const store = await openStore({ dataDir, databaseUrl });
  await renewIfRestored(store, join(dataDir, 'store-watermark.json'));
  const app = await buildApp(
    { ...DEFAULT_LIMITS, staticRoot: join(dataDir, 'no-dist'), dataDir, logLevel: 'silent' },
    store,
    fsBlobStore(join(dataDir, 'blobs')),
  );
  const admin = await startAdminSocket(dataDir, store, app.log);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    dataDir,
    store,
    app,
    admin,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await admin?.close();
      await app.close();
      await store.close();
    },
  };
}

/** Two empty PostgreSQL databases of this test's own, when the suite runs on PostgreSQL. */
async function createDatabases(): Promise<{ urls: string[]; drop(): Promise<void> }> {
  const server = DATABASE_URL;
  if (!server) return { urls: [], drop: async () => undefined };
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const names = ['live', 'restored', 'cli'].map(
    (n) => `sopka_backup_${n}_${randomBytes(4).toString('hex')}`,
  );
  for (const name of names) await admin.query(`create database ${name}`);
  const urlOf = (name: string) => Object.assign(new URL(server), { pathname: `/${name}` }).href;
  return {
    urls: names.map(urlOf),
    async drop() {
      for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** A library PC: the PWA's own store and sync over fake-indexeddb, signed in as Tigil staff. */
async function libraryPc(server: RegionalServer, login: string) {
  const db = new SopkaDb(`backup-pc-${randomUUID()}`);
  const token = await signIn(server.app, login);
  await db.session.put({
    key: 'current',
    userId: login,
    login,
    role: 'staff',
    centreId: centreId('tigil'),
    token,
  });
  return {
    db,
    sync: (to: RegionalServer) =>
      runSync({ db, transport: httpTransport({ token, baseUrl: to.baseUrl }) }),
    async edit(id: string, patch: Record<string, unknown>) {
      const result = await mutate('organizations', id, patch, db);
      if (!result.ok) throw new Error(result.message);
    },
  };
}

async function organizationOn(server: RegionalServer, id: string) {
  const rows = await server.store.query<{ data: Record<string, unknown> }>(
    `select data from records where collection = 'organizations' and id = $1`,
    [id],
  );
  return rows[0]?.data;
}

describe(`back up the running server, lose it, restore (${DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let parent: string;
  let databases: Awaited<ReturnType<typeof createDatabases>>;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'sopka-backup-'));
    databases = await createDatabases();
  });
  afterAll(async () => {
    await databases.drop();
    await rm(parent, { recursive: true, force: true });
  });

  it('nothing the PC had acked after the backup is lost once it syncs with the restored server', async () => {
    const [liveUrl, restoredUrl] = databases.urls;
    const liveDir = join(parent, 'live');
    if (!liveUrl) await copyPgliteTemplate(join(liveDir, 'pglite'));
    const live = await startRegionalServer(liveDir, liveUrl);
    await addUser(live.store, 'tigil-backup', 'tigil');
    const scan = Buffer.from('%PDF-1.4 устав АНО «Берег Тигиля», скан первой страницы');
    const scanSha = createHash('sha256').update(scan).digest('hex');
    await fsBlobStore(join(liveDir, 'blobs')).put(scanSha, scan);

    const pc = await libraryPc(live, 'tigil-backup');
    const bereg = randomUUID();
    await pc.edit(bereg, {
      centreId: centreId('tigil'),
      name: 'АНО «Берег Тигиля»',
      legalForm: 'ano',
      status: 'registering',
      settlement: 'с. Тигиль',
      phone: '+7 914 781-23-45',
    });
    await pc.sync(live);

    // the nightly backup runs while the PC keeps syncing
    const file = join(parent, 'sopka-backup-nightly.tar.gz');
    const rodnik = randomUUID();
    await pc.edit(rodnik, {
      centreId: centreId('tigil'),
      name: 'ТОС «Родник»',
      legalForm: 'tos',
      status: 'registering',
      settlement: 'с. Ковран',
    });
    const [through] = await Promise.all([
      backupFromServer(liveDir, createWriteStream(file)),
      pc.sync(live),
    ]);
    expect(through).toBe('written');
    // after the backup: a new NGO and an edit, both acked by the server
    const nymylan = randomUUID();
    await pc.edit(nymylan, {
      centreId: centreId('tigil'),
      name: 'Родовая община КМНС «Нымылан»',
      legalForm: 'community',
      status: 'registering',
      settlement: 'с. Лесная',
    });
    await pc.edit(bereg, { phone: '+7 914 000-77-88', status: 'registered' });
    await pc.sync(live);
    expect(await pc.db.outbox.count()).toBe(0);
    // and its daily self-check is done: nothing but the store id can tell it to look again
    await writeMeta(pc.db, META.verifiedAt, new Date().toISOString());
    await writeMeta(pc.db, META.verifiedSchemaVersion, SCHEMA_VERSION);
    await writeMeta(pc.db, META.checkDue, false);
    const liveId = await readStoreId(live.store);

    // the server's disk dies; the copy is restored into an empty data dir on the new machine
    await live.stop();
    const restoredDir = join(parent, 'restored');
    const summary = await restoreBackup(file, { dataDir: restoredDir, databaseUrl: restoredUrl });
    expect(summary.blobs).toBe(1);
    expect(
      existsSync(join(restoredDir, 'blobs', scanSha.slice(0, 2), scanSha.slice(2, 4), scanSha)),
    ).toBe(true);
    const restored = await startRegionalServer(restoredDir, restoredUrl);
    try {
      expect(await readStoreId(restored.store)).not.toBe(liveId);
      expect(await organizationOn(restored, nymylan)).toBeUndefined();
      expect((await organizationOn(restored, bereg))?.phone).toBe('+7 914 781-23-45');

      // the morning after: a colleague's PC writes first, carrying the restored store's seq past
      // the cursor our PC holds — only the new store id tells our PC what the copy lacks
      const colleague = await libraryPc(restored, 'tigil-backup');
      for (let n = 0; n < 12; n++)
        await colleague.edit(randomUUID(), {
          centreId: centreId('tigil'),
          name: `Инициативная группа «Северное сияние — ${n + 1}»`,
          legalForm: 'informal',
          status: 'informal',
          settlement: 'с. Седанка',
        });
      await colleague.sync(restored);

      await pc.sync(restored);
      expect((await organizationOn(restored, nymylan))?.name).toBe('Родовая община КМНС «Нымылан»');
      expect(await organizationOn(restored, bereg)).toMatchObject({
        phone: '+7 914 000-77-88',
        status: 'registered',
      });
      expect((await organizationOn(restored, rodnik))?.name).toBe('ТОС «Родник»');

      // and the colleague's PC gets all of it at its next sync
      await colleague.sync(restored);
      const names = (await colleague.db.records('organizations').toArray()).map((o) => o.name);
      expect(names).toEqual(
        expect.arrayContaining([
          'АНО «Берег Тигиля»',
          'ТОС «Родник»',
          'Родовая община КМНС «Нымылан»',
        ]),
      );
    } finally {
      await restored.stop();
    }
  }, 120_000);

  it('a copy cut short in transfer is refused before anything is written', async () => {
    const whole = await readFile(join(parent, 'sopka-backup-nightly.tar.gz'));
    const cut = join(parent, 'sopka-backup-cut.tar.gz');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const target = join(parent, 'from-cut-copy');
    await expect(
      restoreBackup(cut, { dataDir: target, databaseUrl: databases.urls[2] }),
    ).rejects.toThrow(/не копия Сопки или повреждён/);
    expect(existsSync(target)).toBe(false);
  });

  it('restore refuses a data dir that is not empty', async () => {
    const file = join(parent, 'sopka-backup-nightly.tar.gz');
    await expect(
      restoreBackup(file, {
        dataDir: join(parent, 'restored'),
        databaseUrl: databases.urls[1],
      }),
    ).rejects.toThrow(/не пуст/);
  });

  /** A CLI's real entry through tsx, as `npm run` runs it. */
  function cli(name: string, args: string[], env: Record<string, string | undefined>) {
    const { DATABASE_URL: _pg, ...inherited } = process.env;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', `src/server/cli/${name}.ts`, ...args],
      {
        env: { ...inherited, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return new Promise<{ code: number | null; output: string }>((resolve) =>
      child.on('close', (code) => resolve({ code, output })),
    );
  }

  it('npm run backup with the server stopped, then npm run restore: one dated file, a new store id', async () => {
    const live = join(parent, 'live');
    const backups = join(parent, 'cli-backups');
    // a copy the administrator named by hand is never counted by --keep
    await mkdir(backups, { recursive: true });
    await writeFile(join(backups, 'sopka-backup-before-upgrade.tar.gz'), 'kept by hand');
    // `--out cli-backups` typed in `parent`: relative to where npm run was, not to the repo
    const env = { SOPKA_DATA_DIR: live, DATABASE_URL: databases.urls[0], INIT_CWD: parent };
    const backup = await cli('backup', ['--out', 'cli-backups', '--keep', '1'], env);
    expect(backup.output).toContain('Копия записана и проверена');
    expect(backup.output).toContain('сервер не работал');
    expect(backup.code).toBe(0);
    const again = await cli('backup', ['--out', 'cli-backups', '--keep', '1'], env);
    expect(again.code).toBe(0);
    const names = (await readdir(backups)).sort();
    expect(names).toHaveLength(2);
    expect(names).toContain('sopka-backup-before-upgrade.tar.gz');
    const file = names.find((name) => name !== 'sopka-backup-before-upgrade.tar.gz');
    expect(again.output).toContain(file);
    // it holds personal data: the server's user alone may read it
    expect((await stat(join(backups, file as string))).mode & 0o777).toBe(0o600);
    expect(file).toMatch(/^sopka-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.tar\.gz$/);

    // an ordinary tar lists it: the administrator can look inside without Сопка
    const listing = spawnSync('tar', ['tzf', join(backups, file as string)], { encoding: 'utf8' });
    expect(listing.stdout.split('\n').slice(0, 2)).toEqual([
      'sopka-backup.json',
      DATABASE_URL ? 'postgres.sql' : 'pglite-data.tar.gz',
    ]);

    const restore = await cli('restore', [join(backups, file as string)], {
      SOPKA_DATA_DIR: join(parent, 'cli-restored'),
      DATABASE_URL: databases.urls[2],
    });
    expect(restore.output).toMatch(/новый идентификатор базы: [0-9a-f-]{36}/);
    expect(restore.code).toBe(0);
  }, 120_000);
});
