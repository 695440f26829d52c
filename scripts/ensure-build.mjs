// Builds what is missing or older than its sources: the PWA (dist/) and the server (build/).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Newest modification time among files under the given paths (0 when none exist). */
function newest(paths) {
  let latest = 0;
  for (const path of paths.map((p) => join(root, p))) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory())
      for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
        if (entry.isFile())
          latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
      }
    else latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

function stale(output, sources) {
  const target = join(root, output);
  return !existsSync(target) || statSync(target).mtimeMs < newest(sources);
}

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export function ensureServerBuild() {
  if (
    stale('build/server/main.js', [
      'src/server',
      'src/shared',
      'tsconfig.server.json',
      'tsconfig.base.json',
    ])
  )
    run('npx', ['tsc', '-p', 'tsconfig.server.json']);
}

export function ensureWebBuild() {
  if (!existsSync(join(root, 'vite.config.ts'))) {
    console.log('vite.config.ts is missing: serving the API only');
    return;
  }
  const sources = [
    'src/web',
    'src/shared',
    'public',
    'index.html',
    'vite.config.ts',
    'tsconfig.web.json',
  ];
  if (stale('dist/index.html', sources)) run('npx', ['vite', 'build']);
}
