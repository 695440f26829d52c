import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { fsBlobStore } from '../../src/server/blobs/fs-blob-store.ts';
import { DEFAULT_LIMITS } from '../../src/server/config.ts';
import { seed } from '../../src/server/seed/seed.ts';
import { MIGRATIONS } from '../../src/server/store/migrations.ts';
import { openStore } from '../../src/server/store/open-store.ts';
import type { Store } from '../../src/server/store/store.ts';
import { ServerClock } from '../../src/server/sync/server-clock.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/upgrade');

interface FixturePc {
  token: string;
  clientId: string;
  cursor: string;
}
interface Fixture {
  tigil: FixturePc;
  regional: FixturePc;
  tigilMutations: { mid: string; id: string; patch: Record<string, unknown> }[];
  material: { id: string; title: string; attachments: { sha256: string }[] };
  scan: string;
}

let dataDir: string;
let store: Store;
let app: FastifyInstance;
let fixture: Fixture;
const startedAt = new Date();

async function sync(pc: FixturePc, mutations: unknown[] = [], cursor: string | null = pc.cursor) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/sync',
    headers: { authorization: `Bearer ${pc.token}` },
    // as the previous release's PWA sends it: no schemaVersion, no store id
    payload: { protocol: 1, clientId: pc.clientId, cursor, mutations },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{
    acks: string[];
    rejected: unknown[];
    changes: { collection: string; id: string; data: Record<string, unknown> }[];
    cursor: string | null;
    more: boolean;
  }>();
}

async function pullEverything(pc: FixturePc) {
  const records = new Map<string, Record<string, unknown>>();
  let cursor: string | null = null;
  for (;;) {
    const page = await sync(pc, [], cursor);
    for (const change of page.changes)
      records.set(`${change.collection}/${change.id}`, change.data);
    cursor = page.cursor;
    if (!page.more) return records;
  }
}

beforeAll(async () => {
  fixture = JSON.parse(await readFile(join(FIXTURE, 'release-70a3050-pcs.json'), 'utf8'));
  dataDir = await mkdtemp(join(tmpdir(), 'sopka-upgrade-'));
  execFileSync('tar', ['-xJf', join(FIXTURE, 'release-70a3050-data.tar.xz'), '-C', dataDir]);
  // what `npm start` does: open (migrating), seed, serve
  store = await openStore({ dataDir, databaseUrl: undefined });
  const clock = new ServerClock();
  await seed(store, clock, true);
  const config = {
    ...DEFAULT_LIMITS,
    dataDir,
    staticRoot: join(dataDir, 'no-dist'),
    logLevel: 'silent' as const,
  };
  app = await buildApp(config, store, fsBlobStore(join(dataDir, 'blobs')), clock);
  await app.ready();
}, 120_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('a data dir written by the previous release (70a3050)', () => {
  it('is migrated at start to the latest schema', async () => {
    const health = await app.inject({ url: '/api/health' });
    expect(health.json()).toMatchObject({ migrations: { pending: [] } });
    const applied = await store.query<{ id: number; before: boolean }>(
      'select id, applied_at < $1 as before from migrations order by id',
      [startedAt.toISOString()],
    );
    // the fixture had only the first; every later one ran at this start
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ id: m.id, before: m.id === 1 })));
  });

  it('keeps serving the PCs that synced with it: their tokens, cursors and mutations hold', async () => {
    const { tigil } = fixture;
    const org = fixture.tigilMutations[0]!;
    const id = randomUUID();
    const newOrganization = {
      mid: randomUUID(),
      collection: 'organizations',
      id,
      patch: { ...org.patch, id, name: 'Инициативная группа «Седанка»', settlement: 'с. Седанка' },
      hlc: `${String(Date.now()).padStart(15, '0')}:00000:${tigil.clientId}`,
      base: {},
    };
    // an answer lost just before the upgrade: the PC sends that mutation again
    const resent = { ...fixture.tigilMutations[1]! };

    const answer = await sync(tigil, [newOrganization, resent]);
    expect(answer.rejected).toEqual([]);
    expect(answer.acks.sort()).toEqual([newOrganization.mid, resent.mid].sort());

    const everything = await pullEverything(fixture.regional);
    const organizationsOfTigil = [...everything.entries()].filter(
      ([key, data]) => key.startsWith('organizations/') && data.centreId === org.patch.centreId,
    );
    expect(organizationsOfTigil.map(([, data]) => data.name).sort()).toEqual(
      ['АНО «Берег Тигиля»', 'ТОС «Хайрюзово»', 'Инициативная группа «Седанка»'].sort(),
    );
    expect(everything.get(`organizations/${resent.id}`)).toMatchObject({
      notes: 'Собрание 12 ноября',
    });
  });

  it('still signs in its people and gives the centre the scan the region attached before', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'tigil', password: 'sopka-demo' },
    });
    expect(login.statusCode).toBe(200);
    const token = login.json<{ token: string }>().token;
    const [attachment] = fixture.material.attachments;
    const scan = await app.inject({
      url: `/api/blobs/${attachment!.sha256}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(scan.statusCode).toBe(200);
    expect(scan.rawPayload.equals(Buffer.from(fixture.scan, 'base64'))).toBe(true);
  });
});
