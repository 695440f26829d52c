import { parseArgs } from 'node:util';
import { z } from 'zod';
import { idleDevices } from '../auth/idle-devices.ts';
import { out, PGLITE_NOTE, withCliStore } from './cli-io.ts';

const USAGE = `Компьютеры центров, которые давно не выходили на связь:
  npm run devices:idle              не было связи больше 30 дней
  npm run devices:idle -- --days 14
Удаление данных человека по его просьбе доходит до компьютера при его синхронизации: на этих
компьютерах данные, удалённые после их последней связи, ещё хранятся. Попросите центр
синхронизироваться или удалить данные центра с компьютера (Настройки).
${PGLITE_NOTE}
`;

const { values } = parseArgs({ options: { days: { type: 'string' }, help: { type: 'boolean' } } });
if (values.help) {
  out(USAGE);
  process.exit(0);
}
const days = z.coerce
  .number()
  .int()
  .min(1)
  .max(180)
  .safeParse(values.days ?? 30);
if (!days.success) {
  out(`--days: целое число от 1 до 180\n\n${USAGE}`);
  process.exit(2);
}
await withCliStore(async (store) => {
  const idle = await idleDevices(store, days.data);
  out(`Не было связи больше ${days.data} дн.: ${idle.length}`);
  for (const device of idle)
    out(
      `  ${device.lastUsedAt.slice(0, 10)}  ${device.centre ?? 'региональный центр'} — ${device.name} (${device.login}), ${device.label ?? 'устройство без названия'}`,
    );
  return 0;
});
