import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ensureUser } from '../auth/users.ts';
import { out, PGLITE_NOTE, withCliStore } from './cli-io.ts';
import { passwordSchema } from './password-rules.ts';

const USAGE = `Создать пользователя:
  npm run user:add -- --login <имя> --name "<Имя Фамилия>" --password <пароль> --role staff --centre <uuid центра>
  npm run user:add -- --login <имя> --name "<Имя Фамилия>" --password <пароль> --role regional
--name — как человека видят другие (автор комментария, кто изменил статус); без него — имя входа.
--position — должность, например "библиотекарь Тигильской библиотеки" (необязательно).
${PGLITE_NOTE}
`;

const argsSchema = z
  .object({
    login: z.string().trim().min(1, 'Укажите --login').max(100),
    name: z.string().trim().min(1, 'Имя в --name пустое').max(200).optional(),
    position: z.string().trim().min(1, 'Должность в --position пустая').max(200).optional(),
    password: passwordSchema,
    role: z.enum(['staff', 'regional'], { error: 'Роль: staff или regional' }),
    centre: z.uuid({ error: 'Центр: uuid записи центра' }).optional(),
  })
  .refine((a) => a.role === 'regional' || a.centre, {
    message: 'Сотруднику центра нужен --centre',
  });

const { values } = parseArgs({
  options: {
    login: { type: 'string' },
    name: { type: 'string' },
    position: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string' },
    centre: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  out(USAGE);
  process.exit(0);
}
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  out(`${parsed.error.issues[0]?.message ?? 'Неверные параметры'}\n\n${USAGE}`);
  process.exit(2);
}
const args = parsed.data;
await withCliStore(async (store) => {
  const { user, created } = await ensureUser(store, {
    login: args.login,
    ...(args.name ? { displayName: args.name } : {}),
    ...(args.position ? { position: args.position } : {}),
    password: args.password,
    role: args.role,
    centreId: args.centre ?? null,
  });
  out(
    created
      ? `Создан пользователь ${user.login}${args.name ? ` — ${args.name}` : ''} (${user.role})`
      : `Имя ${user.login} уже занято`,
  );
  return created ? 0 : 1;
});
