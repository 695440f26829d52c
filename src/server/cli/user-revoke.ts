import { parseArgs } from 'node:util';
import { revokeAllDevices } from '../auth/devices.ts';
import { findUserByLogin } from '../auth/users.ts';
import { out, PGLITE_NOTE, withCliStore } from './cli-io.ts';

const USAGE = `Завершить входы пользователя на всех устройствах (например, ноутбук украден):
  npm run user:revoke -- <имя пользователя>
${PGLITE_NOTE}
`;

const { values, positionals } = parseArgs({
  options: { help: { type: 'boolean' } },
  allowPositionals: true,
});
const login = positionals[0]?.trim();
if (values.help || !login || positionals.length > 1) {
  out(USAGE);
  process.exit(values.help ? 0 : 2);
}
await withCliStore(async (store) => {
  const user = await findUserByLogin(store, login);
  if (!user) {
    out(`Пользователя ${login} нет`);
    return 1;
  }
  const revoked = await store.transaction((tx) => revokeAllDevices(tx, user.id));
  out(
    `Входы пользователя ${user.login} завершены: ${revoked}. Каждое устройство попросит войти заново.`,
  );
  return 0;
});
