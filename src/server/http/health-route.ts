import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol.ts';
import { APP_VERSION } from '../app-version.ts';
import { MIGRATIONS } from '../store/migrations.ts';
import type { Store } from '../store/store.ts';

/** Below this the administrator should act before blobs or the database stop being written. */
export const LOW_DISK_BYTES = 1024 ** 3;

export interface DiskSpace {
  path: string;
  freeBytes: number;
  totalBytes: number;
  low: boolean;
}

/** Space on the file system holding `path`, or its nearest existing parent (a PostgreSQL centre may not have made its data dir yet). */
export async function diskSpace(path: string): Promise<DiskSpace> {
  let at = path;
  for (;;) {
    try {
      const stats = await statfs(at);
      // bavail: what an unprivileged process (the sopka user) may still write
      const freeBytes = stats.bavail * stats.bsize;
      return {
        path: at,
        freeBytes,
        totalBytes: stats.blocks * stats.bsize,
        low: freeBytes < LOW_DISK_BYTES,
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(at) === at) throw error;
      at = dirname(at);
    }
  }
}

async function migrationState(store: Store) {
  const rows = await store.query<{ id: number }>('select id from migrations order by id');
  const applied = new Set(rows.map((row) => row.id));
  return {
    applied: applied.size,
    latest: Math.max(0, ...applied),
    pending: MIGRATIONS.filter((migration) => !applied.has(migration.id)).map((m) => m.id),
  };
}

/**
 * What a monitor or the administrator's curl needs: the store answers, which one, the release,
 * the schema's migrations, and disk space under the data dir. 503 when the store does not answer.
 */
export function registerHealthRoute(app: FastifyInstance, store: Store, dataDir: string): void {
  app.get('/api/health', async (_request, reply) => {
    const base = { store: store.kind, protocol: PROTOCOL_VERSION, version: APP_VERSION };
    // public: how much space is left, never where the data lives
    const disk = await diskSpace(dataDir).then(
      ({ path: _path, ...space }) => space,
      () => undefined,
    );
    try {
      const migrations = await migrationState(store);
      return { ok: true, ...base, migrations, ...(disk ? { disk } : {}) };
    } catch (error) {
      app.log.error({ err: error }, 'health: the store does not answer');
      return reply.code(503).send({ ok: false, ...base, ...(disk ? { disk } : {}) });
    }
  });
}
