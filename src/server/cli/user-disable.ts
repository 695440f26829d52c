import { parseArgs } from 'node:util';
import { disableUser, enableUser } from '../auth/user-admin.ts';
import { out, PGLITE_NOTE, withCliStore } from './cli-io.ts';

const USAGE = `Отключить пользователя (человек ушёл из библиотеки): войти он больше не сможет,
все его устройства выйдут; записанное им остаётся под его именем.
  npm run user:disable -- <имя пользователя>
  npm run user:disable -- --enable <имя пользователя>   снова разрешить вход
${PGLITE_NOTE}
`;

const { values, positionals } = parseArgs({
  options: { enable: { type: 'boolean' }, help: { type: 'boolean' } },
  allowPositionals: true,
});
const login = positionals[0]?.trim();
if (values.help || !login || positionals.length > 1) {
  out(USAGE);
  process.exit(values.help ? 0 : 2);
}
await withCliStore(async (store) => {
  if (values.enable) {
    const found = await enableUser(store, login);
    out(found ? `Пользователь ${login} снова может войти` : `Пользователя ${login} нет`);
    return found ? 0 : 1;
  }
  const signedOut = await store.transaction((tx) => disableUser(tx, login));
  if (signedOut === undefined) {
    out(`Пользователя ${login} нет`);
    return 1;
  }
  out(`Пользователь ${login} отключён; устройств вышло: ${signedOut}`);
  return 0;
});
