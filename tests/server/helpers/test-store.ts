import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../src/server/store/migrate.ts';
import { MIGRATIONS } from '../../../src/server/store/migrations.ts';
import { openPgliteStore } from '../../../src/server/store/pglite-store.ts';
import { openPostgresStore } from '../../../src/server/store/postgres-store.ts';
import type { Store } from '../../../src/server/store/store.ts';

export const DATABASE_URL = process.env.DATABASE_URL;

export interface TestStore extends Store {
  /** Closes the store and removes its data (PGlite dir or PostgreSQL schema). */
  dispose(): Promise<void>;
}

const templateDir = join(
  tmpdir(),
  `sopka-pglite-template-${createHash('sha256').update(JSON.stringify(MIGRATIONS)).digest('hex').slice(0, 12)}`,
);

/** initdb costs ~4.5 s: do it once per machine and migrations, then copy the dir (~0.5 s). */
async function pgliteTemplate(): Promise<string> {
  if (existsSync(join(templateDir, 'PG_VERSION'))) return templateDir;
  const building = `${templateDir}.${randomBytes(4).toString('hex')}`;
  const store = await openPgliteStore(building);
  await migrate(store);
  await store.close();
  await rename(building, templateDir).catch(() => rm(building, { recursive: true, force: true }));
  return templateDir;
}

/** A migrated PGlite data dir at `dir`, for a process of its own (a CLI) to open. */
export async function copyPgliteTemplate(dir: string): Promise<void> {
  await cp(await pgliteTemplate(), dir, { recursive: true });
}

export async function openTestPglite(): Promise<TestStore> {
  const parent = await mkdtemp(join(tmpdir(), 'sopka-test-'));
  const dir = join(parent, 'pglite');
  await cp(await pgliteTemplate(), dir, { recursive: true });
  const store = await openPgliteStore(dir);
  await migrate(store);
  return {
    ...store,
    async dispose() {
      await store.close();
      await rm(parent, { recursive: true, force: true });
    },
  };
}

/** A schema of its own on the PostgreSQL at DATABASE_URL; `schema` lets two stores share one. */
export async function openTestPostgres(
  schema?: string,
  maxConnections?: number,
): Promise<TestStore> {
  if (!DATABASE_URL) throw new Error('DATABASE_URL is not set');
  const name = schema ?? `sopka_t_${randomBytes(5).toString('hex')}`;
  const store = await openPostgresStore({
    url: DATABASE_URL,
    schema: name,
    ...(maxConnections ? { maxConnections } : {}),
  });
  await migrate(store);
  return {
    ...store,
    async dispose() {
      await store.query(`drop schema if exists ${name} cascade`);
      await store.close();
    },
  };
}

/** PostgreSQL when DATABASE_URL is set (npm run test:pg), else PGlite. */
export function openTestStore(): Promise<TestStore> {
  return DATABASE_URL ? openTestPostgres() : openTestPglite();
}
