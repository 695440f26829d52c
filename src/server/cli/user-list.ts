import { listUsers } from '../auth/user-admin.ts';
import { out, PGLITE_NOTE, withCliStore } from './cli-io.ts';

if (process.argv.includes('--help')) {
  out(`Все пользователи: имя входа, имя, роль, центр, вошедшие устройства, последняя связь:
  npm run user:list
${PGLITE_NOTE}`);
  process.exit(0);
}
await withCliStore(async (store) => {
  const users = await listUsers(store);
  out(`Пользователей: ${users.length}`);
  for (const user of users) {
    const role = user.role === 'regional' ? 'региональный центр' : (user.centre ?? 'центр ?');
    const seen = user.lastSeenAt ? user.lastSeenAt.slice(0, 10) : 'не входил';
    const state = user.disabled ? '  [отключён]' : '';
    out(
      `  ${user.login} — ${user.name}; ${role}; устройств: ${user.devices}; связь: ${seen}${state}`,
    );
  }
  return 0;
});
