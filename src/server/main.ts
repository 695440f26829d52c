import { join } from 'node:path';
import { buildApp } from './app.ts';
import { fsBlobStore } from './blobs/fs-blob-store.ts';
import { describeConfig, loadConfig } from './config.ts';
import { DEMO_PASSWORD, seed } from './seed/seed.ts';
import { openStore } from './store/open-store.ts';
import { ServerClock } from './sync/server-clock.ts';

const config = loadConfig();
const store = await openStore(config).catch((error: unknown) => {
  // no logger yet: the app needs the store first
  process.stderr.write(
    `Сопка не запустилась: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
const clock = new ServerClock();
const app = await buildApp(config, store, fsBlobStore(join(config.dataDir, 'blobs')), clock);
app.log.info({ config: describeConfig(config) }, 'Сопка: настройки');

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'Сопка: остановка');
  try {
    await app.close();
  } finally {
    await store.close();
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    shutdown(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });

try {
  const seeded = await seed(store, clock, config.demo);
  if (seeded.inserted)
    app.log.info({ records: seeded.inserted }, 'Сопка: начальные данные записаны');
  await app.listen({ port: config.port, host: config.host });
  const shownHost =
    config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const banner = [
    `Сопка работает: http://${shownHost}:${port}`,
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
  await shutdown('error');
  process.exitCode = 1;
}
