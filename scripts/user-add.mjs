// npm run user:add -- --login tigil2 --password '…' --role staff --centre <uuid>
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureServerBuild, root } from './ensure-build.mjs';

ensureServerBuild();
const result = spawnSync(
  process.execPath,
  [join(root, 'build/server/cli/user-add.js'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
