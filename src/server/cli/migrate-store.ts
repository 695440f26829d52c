import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, maskDatabaseUrl } from '../config.ts';
import { CopyRefusedError, copyStore } from '../store/copy-store.ts';
import { openPgliteStore } from '../store/pglite-store.ts';
import { openPostgresStore } from '../store/postgres-store.ts';
import type { Store } from '../store/store.ts';
import { out } from './cli-io.ts';

const USAGE = `Перенести базу сервера, не заставляя компьютеры центров начинать заново:
  npm run migrate-store -- --to postgres://sopka@localhost/sopka   встроенная (PGlite) → PostgreSQL
  DATABASE_URL=postgres://… npm run migrate-store -- --to pglite   PostgreSQL → встроенная
Сервер должен быть остановлен; база, в которую переносить, — пустая. Переносятся записи, номера
изменений, принятые изменения, пользователи, входы устройств и идентификатор базы. Файлы (сканы)
остаются в SOPKA_DATA_DIR/blobs: с PostgreSQL сервер берёт их оттуда же.`;

const { values } = parseArgs({ options: { to: { type: 'string' }, help: { type: 'boolean' } } });
const to = values.to?.trim();
if (values.help || !to || !/^(pglite|postgres(ql)?:\/\/.+)$/.test(to)) {
  out(USAGE);
  process.exit(values.help ? 0 : 2);
}
const config = loadConfig();
const pgliteDir = join(config.dataDir, 'pglite');
const intoPglite = to === 'pglite';

function refuse(message: string): never {
  out(`Не перенесено: ${message}`);
  process.exit(1);
}

if (intoPglite && !config.databaseUrl)
  refuse('база уже встроенная. Задайте DATABASE_URL той базы PostgreSQL, из которой переносить.');
if (!intoPglite && !config.databaseUrl && !existsSync(join(pgliteDir, 'PG_VERSION')))
  refuse(`в ${pgliteDir} нет встроенной базы. Проверьте SOPKA_DATA_DIR.`);
if (intoPglite && existsSync(pgliteDir) && (await readdir(pgliteDir)).length > 0)
  refuse(`${pgliteDir} не пуст. Переименуйте его (например, в pglite.old) и повторите.`);

const source: Store = config.databaseUrl
  ? await openPostgresStore({ url: config.databaseUrl, maxConnections: 2 })
  : await openPgliteStore(pgliteDir).catch((error: unknown) =>
      refuse(`встроенная база занята (${String(error)}). Остановите сервер и повторите.`),
    );
const target: Store = intoPglite
  ? await openPgliteStore(pgliteDir)
  : await openPostgresStore({ url: to, maxConnections: 2 });
const where = intoPglite ? `${pgliteDir} (PGlite)` : maskDatabaseUrl(to);
let failed: unknown;
try {
  const copied = await copyStore(source, target);
  out(`Перенесено в ${where}:`);
  for (const [table, rows] of Object.entries(copied)) out(`  ${table}: ${rows}`);
  out(
    intoPglite
      ? 'Уберите DATABASE_URL из настроек сервера (/etc/sopka.env) и запустите его.'
      : `Задайте DATABASE_URL=${maskDatabaseUrl(to)} в настройках сервера (/etc/sopka.env) и запустите его. Встроенную базу пока не удаляйте.`,
  );
} catch (error) {
  failed = error;
  out(`Не перенесено: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await Promise.allSettled([source.close(), target.close()]);
}
if (failed) {
  process.exitCode = 1;
  // the target was empty: leave it so, for the next try
  if (intoPglite) await rm(pgliteDir, { recursive: true, force: true });
  else if (!(failed instanceof CopyRefusedError))
    out('Удалите и создайте базу заново (dropdb, createdb), прежде чем повторить.');
}
