import { parseArgs } from 'node:util';
import { revokeAllDevices } from '../auth/devices.ts';
import { findUserByLogin, setPassword } from '../auth/users.ts';
import { NEW_PASSWORD_ENV, passwordSchema } from './password-rules.ts';
import { out, PGLITE_NOTE, withCliStore } from './cli-io.ts';
import { readSecret } from './read-secret.ts';

const USAGE = `Задать пользователю новый пароль (входы на всех его устройствах завершатся):
  npm run user:reset-password -- <имя пользователя>
Пароль вводится после запуска (не виден на экране), или передаётся через stdin, или в
переменной окружения ${NEW_PASSWORD_ENV}. В командной строке пароль не указывают: его видно в истории.
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
const given = process.env[NEW_PASSWORD_ENV] || (await readSecret('Новый пароль: '));
const password = passwordSchema.safeParse(given);
if (!password.success) {
  out(password.error.issues[0]?.message ?? 'Неверный пароль');
  process.exit(2);
}
await withCliStore(async (store) => {
  const user = await findUserByLogin(store, login);
  if (!user) {
    out(`Пользователя ${login} нет`);
    return 1;
  }
  const revoked = await store.transaction(async (tx) => {
    await setPassword(tx, user.id, password.data);
    return revokeAllDevices(tx, user.id);
  });
  out(
    `Пароль пользователя ${user.login} изменён. Завершено входов: ${revoked}; войдите заново с новым паролем.`,
  );
  return 0;
});
