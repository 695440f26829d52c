// npm start: build what is missing or stale, then run the server (Ctrl+C stops it cleanly).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureServerBuild, ensureWebBuild, root } from './ensure-build.mjs';

ensureWebBuild();
ensureServerBuild();

const server = spawn(process.execPath, [join(root, 'build/server/main.js')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
