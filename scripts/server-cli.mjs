// npm run user:revoke -- tigil  →  node scripts/server-cli.mjs user-revoke tigil
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureServerBuild, root } from './ensure-build.mjs';

const [command, ...args] = process.argv.slice(2);
const entry = join(root, `build/server/cli/${command}.js`);
ensureServerBuild();
if (!command || !/^[a-z-]+$/.test(command) || !existsSync(entry)) {
  console.error(`Нет такой команды: ${command ?? '(пусто)'}`);
  process.exit(2);
}
const result = spawnSync(process.execPath, [entry, ...args], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
