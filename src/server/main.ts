import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from './app.ts';
import { startAdminSocket } from './backup/admin-socket.ts';
import { fsBlobStore } from './blobs/fs-blob-store.ts';
import { describeConfig, loadConfig } from './config.ts';
import { describeListenUrls, listenUrls } from './process/listen-urls.ts';
import { stopOnSignals } from './process/stop-signals.ts';
import { DEMO_PASSWORD, seed } from './seed/seed.ts';
import { openStore } from './store/open-store.ts';
import { noteWatermark, renewIfRestored } from './store/store-watermark.ts';
import { ServerClock } from './sync/server-clock.ts';

const config = loadConfig();
const store = await openStore(config).catch((error: unknown) => {
  // no logger yet: the app needs the store first
  process.stderr.write(
    `Сопка не запустилась: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
const watermark = join(config.dataDir, 'store-watermark.json');
if (await renewIfRestored(store, watermark))
  process.stderr.write(
    'Сопка: база данных восстановлена из копии — компьютеры центров получат всё заново\n',
  );
// how far the store has come, noted outside it, so a later restore from a backup is noticed
const noting = setInterval(() => {
  noteWatermark(store, watermark).catch(() => undefined);
}, 10_000);
const clock = new ServerClock();
const blobs = fsBlobStore(join(config.dataDir, 'blobs'));
const app = await buildApp(config, store, blobs, clock);
app.log.info({ config: describeConfig(config) }, 'Сопка: настройки');
// `npm run backup` asks the running server: PGlite opens its data dir in one process only
const admin = await startAdminSocket(config.dataDir, store, app.log);

/** New requests are refused, in-flight syncs finish, then the store is closed. */
async function stop(): Promise<void> {
  clearInterval(noting);
  try {
    await Promise.all([admin?.close(), app.close()]);
    await noteWatermark(store, watermark).catch(() => undefined);
  } finally {
    await store.close();
  }
}
stopOnSignals(stop, app.log);

try {
  const seeded = await seed(store, clock, config.demo);
  if (seeded.inserted)
    app.log.info({ records: seeded.inserted }, 'Сопка: начальные данные записаны');
  await app.listen({ port: config.port, host: config.host });
  const urls = listenUrls(app.server.address() as AddressInfo, networkInterfaces());
  const banner = [
    ...describeListenUrls(urls),
    `Настройки: ${Object.entries(describeConfig(config))
      .map(([key, value]) => `${key}=${String(value)}`)
      .join(', ')}`,
    ...seeded.demoUsers.map(
      (user) =>
        `Демо-вход: ${user.login} / ${DEMO_PASSWORD} (${user.role === 'regional' ? 'региональный центр' : 'сотрудник центра'})`,
    ),
  ];
  // a plain banner for the person who typed `npm start`; the JSON log keeps the same lines
  process.stdout.write(`\n${banner.join('\n')}\n\n`);
  for (const line of banner) app.log.info(line);
} catch (error) {
  app.log.error({ err: error }, 'Сопка не запустилась');
  await stop();
  process.exitCode = 1;
}
