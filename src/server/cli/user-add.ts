import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ensureUser } from '../auth/users.ts';
import { loadConfig } from '../config.ts';
import { openStore } from '../store/open-store.ts';

const USAGE = `Создать пользователя:
  npm run user:add -- --login <имя> --password <пароль> --role staff --centre <uuid центра>
  npm run user:add -- --login <имя> --password <пароль> --role regional
Пока сервер работает на встроенной базе (PGlite), остановите его: база открывается одним процессом.
`;

const argsSchema = z
  .object({
    login: z.string().trim().min(1, 'Укажите --login').max(100),
    password: z.string().min(8, 'Пароль — не короче 8 символов').max(200),
    role: z.enum(['staff', 'regional'], { error: 'Роль: staff или regional' }),
    centre: z.uuid({ error: 'Центр: uuid записи центра' }).optional(),
  })
  .refine((a) => a.role === 'regional' || a.centre, {
    message: 'Сотруднику центра нужен --centre',
  });

const out = (text: string) => process.stdout.write(`${text}\n`);

const { values } = parseArgs({
  options: {
    login: { type: 'string' },
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
const store = await openStore(loadConfig()).catch((error: unknown) => {
  out(`Не удалось открыть базу: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
try {
  const { user, created } = await ensureUser(store, {
    login: args.login,
    password: args.password,
    role: args.role,
    centreId: args.centre ?? null,
  });
  out(
    created ? `Создан пользователь ${user.login} (${user.role})` : `Имя ${user.login} уже занято`,
  );
  process.exitCode = created ? 0 : 1;
} finally {
  await store.close();
}
