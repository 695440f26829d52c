// npm start: build what is missing or stale, then run the server (Ctrl+C stops it cleanly).
import { join } from 'node:path';
import { ensureServerBuild, ensureWebBuild, root } from './ensure-build.mjs';
import { supervise } from './supervise.mjs';

ensureWebBuild();
ensureServerBuild();
supervise(process.execPath, [join(root, 'build/server/main.js')], { cwd: root });
