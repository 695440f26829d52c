import { parseArgs } from 'node:util';
import { z } from 'zod';
import { unsafeTextProblem } from '../../shared/model/unsafe-text.ts';
import { renameUser } from '../auth/user-admin.ts';
import { out, PGLITE_NOTE, withCliStore } from './cli-io.ts';

const USAGE = `Изменить имя, под которым человека видят другие (автор комментария, кто изменил статус):
  npm run user:rename -- <имя пользователя> --name "<Имя Фамилия>"
Имя входа и пароль не меняются.
${PGLITE_NOTE}
`;

const { values, positionals } = parseArgs({
  options: { name: { type: 'string' }, help: { type: 'boolean' } },
  allowPositionals: true,
});
const login = positionals[0]?.trim();
const name = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((text) => unsafeTextProblem(text) === undefined)
  .safeParse(values.name);
if (values.help || !login || positionals.length > 1 || !name.success) {
  out(USAGE);
  process.exit(values.help ? 0 : 2);
}
await withCliStore(async (store) => {
  const found = await renameUser(store, login, name.data);
  out(found ? `${login} теперь — ${name.data}` : `Пользователя ${login} нет`);
  return found ? 0 : 1;
});
