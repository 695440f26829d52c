import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { adminSocketPath, backupFromServer } from '../backup/admin-socket.ts';
import { backupFileName, DATED_BACKUP } from '../backup/backup-format.ts';
import { verifyBackup } from '../backup/read-backup.ts';
import { writeBackup } from '../backup/write-backup.ts';
import { loadConfig } from '../config.ts';
import { openPgliteStore } from '../store/pglite-store.ts';
import { openPostgresStore } from '../store/postgres-store.ts';
import { callerPath, out } from './cli-io.ts';

const USAGE = `Резервная копия базы и файлов в один файл sopka-backup-<дата>.tar.gz:
  npm run backup [-- --out КАТАЛОГ] [--keep N]
  --out   куда писать (по умолчанию SOPKA_BACKUP_DIR или backups/ рядом с каталогом данных)
  --keep  оставить N последних копий в этом каталоге, старые удалить
Работающий сервер делает копию сам (через ${adminSocketPath('<каталог данных>')}), не останавливаясь.`;

const { values } = parseArgs({
  options: { out: { type: 'string' }, keep: { type: 'string' }, help: { type: 'boolean' } },
});
const keep = values.keep === undefined ? undefined : Number(values.keep);
if (values.help || (keep !== undefined && !(Number.isInteger(keep) && keep >= 1))) {
  out(USAGE);
  process.exit(values.help ? 0 : 2);
}

const config = loadConfig();
const dir = values.out
  ? callerPath(values.out)
  : resolve(process.env.SOPKA_BACKUP_DIR ?? join(dirname(config.dataDir), 'backups'));
const file = join(dir, backupFileName(new Date()));
const partial = `${file}.part`;

/** No server running: open the store here (PGlite takes the data-dir lock meanwhile). */
async function backupDirectly(): Promise<void> {
  const store = config.databaseUrl
    ? await openPostgresStore({ url: config.databaseUrl, maxConnections: 1 })
    : await openPgliteStore(join(config.dataDir, 'pglite'));
  try {
    await writeBackup(
      createWriteStream(partial, { mode: 0o600 }),
      store,
      join(config.dataDir, 'blobs'),
    );
  } finally {
    await store.close();
  }
}

/** Removes the oldest dated copies beyond `count`; names sort by date; hand-named ones stay. */
async function keepNewest(count: number): Promise<string[]> {
  const copies = (await readdir(dir)).filter((name) => DATED_BACKUP.test(name)).sort();
  const old = copies.slice(0, Math.max(0, copies.length - count));
  for (const name of old) await rm(join(dir, name));
  return old;
}

try {
  // copies hold personal data: readable by the server's user only
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const through = await backupFromServer(
    config.dataDir,
    createWriteStream(partial, { mode: 0o600, flags: 'wx' }),
  );
  if (through === 'no-server') await backupDirectly();
  const { manifest, blobs } = await verifyBackup(partial);
  await rename(partial, file);
  const megabytes = ((await stat(file)).size / 1024 / 1024).toFixed(1).replace('.', ',');
  out(`Копия записана и проверена: ${file} (${megabytes} МБ)`);
  out(
    `  база: ${manifest.store === 'pglite' ? 'встроенная (PGlite)' : 'PostgreSQL'}, последнее изменение №${manifest.highestSeq}; файлов: ${blobs}; ${through === 'written' ? 'сделана работающим сервером' : 'сервер не работал'}`,
  );
  if (keep !== undefined)
    for (const name of await keepNewest(keep)) out(`  удалена старая копия ${name}`);
  out('Храните копии и вне этого компьютера (см. docs/deploy.md, «Резервные копии»).');
} catch (error) {
  await rm(partial, { force: true });
  out(`Копия не записана: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
