import { join } from 'node:path';
import type { ServerConfig } from '../config.ts';
import { migrate } from './migrate.ts';
import { openPgliteStore } from './pglite-store.ts';
import { openPostgresStore } from './postgres-store.ts';
import type { Store } from './store.ts';

/** PostgreSQL when DATABASE_URL is set, else PGlite under the data dir; migrated. */
export async function openStore(
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>,
): Promise<Store> {
  const store = config.databaseUrl
    ? await openPostgresStore({ url: config.databaseUrl })
    : await openPgliteStore(join(config.dataDir, 'pglite'));
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
