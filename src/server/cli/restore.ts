import { parseArgs } from 'node:util';
import { loadConfig, maskDatabaseUrl } from '../config.ts';
import { restoreBackup } from '../backup/restore-backup.ts';
import { callerPath, out } from './cli-io.ts';

const USAGE = `Восстановить резервную копию в ПУСТОЙ каталог данных (и пустую базу, если задан DATABASE_URL):
  npm run restore -- sopka-backup-<дата>.tar.gz
Сервер должен быть остановлен. Восстановленная база получает новый идентификатор: компьютеры
центров при следующей синхронизации отправят то, чего нет в копии, и получат всё заново.`;

const { values, positionals } = parseArgs({
  options: { help: { type: 'boolean' } },
  allowPositionals: true,
});
const [file] = positionals;
if (values.help || !file || positionals.length > 1) {
  out(USAGE);
  process.exit(values.help ? 0 : 2);
}

const config = loadConfig();
try {
  const restored = await restoreBackup(callerPath(file), config);
  out(
    `Восстановлено из ${file} (копия от ${restored.manifest.createdAt}, версия ${restored.manifest.appVersion})`,
  );
  out(
    `  в ${config.databaseUrl ? maskDatabaseUrl(config.databaseUrl) : `${config.dataDir} (PGlite)`}: записей ${restored.records}, файлов ${restored.blobs}`,
  );
  out(`  новый идентификатор базы: ${restored.storeId}`);
  out(
    'Запустите сервер (npm start или systemctl start sopka): компьютеры центров дошлют свои изменения сами.',
  );
} catch (error) {
  out(`Не восстановлено: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
