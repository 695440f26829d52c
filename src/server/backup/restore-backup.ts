import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fsBlobStore } from '../blobs/fs-blob-store.ts';
import type { ServerConfig } from '../config.ts';
import { openStore } from '../store/open-store.ts';
import { psqlRestore } from '../store/pg-tools.ts';
import { loadPgliteDataDir } from '../store/pglite-store.ts';
import { openPostgresStore } from '../store/postgres-store.ts';
import { renewStoreId } from '../store/store-identity.ts';
import { noteWatermark } from '../store/store-watermark.ts';
import type { BackupManifest } from './backup-format.ts';
import { readBackup, verifyBackup } from './read-backup.ts';

export type RestoreTarget = Pick<ServerConfig, 'dataDir' | 'databaseUrl'>;

export interface RestoreSummary {
  manifest: BackupManifest;
  /** The restored store's new id: PCs that knew the old one pull again and re-send. */
  storeId: string;
  records: number;
  blobs: number;
}

export class RestoreRefusedError extends Error {}

async function isEmptyDir(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.length === 0;
}

async function isEmptyDatabase(url: string): Promise<boolean> {
  const db = await openPostgresStore({ url, maxConnections: 1 });
  try {
    const rows = await db.query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables
        where table_schema not in ('pg_catalog', 'information_schema')`,
    );
    return rows[0]?.n === 0;
  } finally {
    await db.close();
  }
}

async function refuseUnlessEmpty(target: RestoreTarget, manifest: BackupManifest): Promise<void> {
  const into = target.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.store !== into)
    throw new RestoreRefusedError(
      manifest.store === 'pglite'
        ? 'Копия сделана со встроенной базы (PGlite), а DATABASE_URL указывает на PostgreSQL: уберите DATABASE_URL, чтобы восстановить во встроенную базу.'
        : 'Копия сделана с PostgreSQL: задайте DATABASE_URL пустой базы, в которую восстановить.',
    );
  const blobDir = join(target.dataDir, 'blobs');
  if (!(await isEmptyDir(blobDir)) || !(await isEmptyDir(join(target.dataDir, 'pglite'))))
    throw new RestoreRefusedError(
      `Каталог данных ${target.dataDir} не пуст. Восстановление пишет только в пустой каталог: остановите сервер, переименуйте каталог (например, в data.old) и повторите.`,
    );
  if (target.databaseUrl && !(await isEmptyDatabase(target.databaseUrl)))
    throw new RestoreRefusedError(
      'База по DATABASE_URL не пуста. Создайте новую пустую базу (createdb) и укажите её.',
    );
}

/**
 * Restores a backup into an empty data dir (PGlite) or an empty database (PostgreSQL) plus
 * the data dir's blobs. The store gets a NEW id: PCs whose cursor is past the copy would
 * otherwise never send or pull what it lacks.
 */
export async function restoreBackup(file: string, target: RestoreTarget): Promise<RestoreSummary> {
  // read it all once first: a copy cut short in transfer must not leave a half-restored dir
  await verifyBackup(file);
  const backup = await readBackup(file);
  await refuseUnlessEmpty(target, backup.manifest);
  if (target.databaseUrl) await psqlRestore(target.databaseUrl, backup.dump);
  else await loadPgliteDataDir(join(target.dataDir, 'pglite'), backup.dump);

  const blobs = fsBlobStore(join(target.dataDir, 'blobs'));
  let blobCount = 0;
  for await (const blob of backup.blobs) {
    await blobs.put(blob.sha256, blob.bytes);
    blobCount++;
  }

  const store = await openStore(target);
  try {
    const storeId = await renewStoreId(store);
    await noteWatermark(store, join(target.dataDir, 'store-watermark.json'));
    const rows = await store.query<{ n: number }>('select count(*)::int as n from records');
    return { manifest: backup.manifest, storeId, records: rows[0]?.n ?? 0, blobs: blobCount };
  } finally {
    await store.close();
  }
}
