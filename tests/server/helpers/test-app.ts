import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppConfig } from '../../../src/server/app.ts';
import { ensureUser, type User } from '../../../src/server/auth/users.ts';
import { fsBlobStore } from '../../../src/server/blobs/fs-blob-store.ts';
import { DEFAULT_LIMITS } from '../../../src/server/config.ts';
import { centreId, type CentreKey } from '../../../src/server/seed/seed-centres.ts';
import type { Store } from '../../../src/server/store/store.ts';

export interface TestApp {
  app: FastifyInstance;
  blobDir: string;
  close(): Promise<void>;
}

export async function startTestApp(
  store: Store,
  overrides: Partial<AppConfig> = {},
): Promise<TestApp> {
  const blobDir = await mkdtemp(join(tmpdir(), 'sopka-blobs-'));
  const config: AppConfig = {
    ...DEFAULT_LIMITS,
    staticRoot: join(blobDir, 'no-dist'),
    dataDir: blobDir,
    logLevel: 'silent',
    ...overrides,
  };
  const app = await buildApp(config, store, fsBlobStore(blobDir));
  await app.ready();
  return {
    app,
    blobDir,
    async close() {
      await app.close();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}

export const PASSWORD = 'кедровый-стланик-2026';

/** A staff user of a centre (e.g. `tigil`), or regional when no centre is given. */
export async function addUser(store: Store, login: string, centre?: CentreKey): Promise<User> {
  const { user } = await ensureUser(store, {
    login,
    password: PASSWORD,
    role: centre ? 'staff' : 'regional',
    centreId: centre ? centreId(centre) : null,
  });
  return user;
}

export async function signIn(
  app: FastifyInstance,
  login: string,
  password = PASSWORD,
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login, password },
  });
  if (response.statusCode !== 200) throw new Error(`login ${login}: ${response.body}`);
  return response.json<{ token: string }>().token;
}

export async function recordCount(store: Store): Promise<number> {
  const rows = await store.query<{ n: number }>('select count(*)::int as n from records');
  return rows[0]?.n ?? 0;
}

/** Every record's collection, id, seq and data: equal snapshots mean nothing was written. */
export async function snapshot(store: Store): Promise<string> {
  const rows = await store.query(
    `select collection, id::text, seq::text, data, clocks from records order by seq`,
  );
  const mids = await store.query('select mid::text from applied_mutations order by mid');
  return JSON.stringify({ rows, mids });
}
