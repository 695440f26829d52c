import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOwner } from '../../../src/server/store/lock-owner.ts';

export const REPO = fileURLToPath(new URL('../../..', import.meta.url));

export interface ServerProcess {
  /** `scripts/supervise.mjs`, the process `npm start` runs, or npm itself. */
  parent: ChildProcess;
  /** Everything both processes printed so far. */
  output(): string;
  /** Resolves with the banner's first address once the server listens. */
  listening: Promise<string>;
  /** Resolves once the output holds `text`. */
  printed(text: string): Promise<void>;
}

/**
 * The server as `npm start` runs it — the supervisor and its child — but from the sources
 * (tsx) on a PGlite data dir, on a free port.
 */
export function startServerProcess(
  dataDir: string,
  options: { env?: Record<string, string>; throughNpm?: boolean } = {},
): ServerProcess {
  const { DATABASE_URL: _pg, ...inherited } = process.env;
  const supervised = [
    'scripts/supervise.mjs',
    process.execPath,
    '--import',
    'tsx',
    'src/server/main.ts',
  ];
  // npm → sh -c → supervise.mjs, as `npm start` runs it
  const [command, args] = options.throughNpm
    ? ['npm', ['exec', '--', 'node', ...supervised]]
    : [process.execPath, supervised];
  const parent = spawn(command, args, {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inherited,
      SOPKA_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      SOPKA_DEMO: '1',
      SOPKA_STATIC_ROOT: join(dataDir, 'no-dist'),
      LOG_LEVEL: 'info',
      ...options.env,
    },
  });
  let text = '';
  const waiting: { needle: string; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    for (const wait of waiting.filter((w) => text.includes(w.needle))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve();
    }
  };
  parent.stdout?.on('data', onData);
  parent.stderr?.on('data', onData);
  const printed = (needle: string) =>
    new Promise<void>((resolve, reject) => {
      if (text.includes(needle)) return resolve();
      waiting.push({ needle, resolve });
      parent.once('exit', (code) =>
        reject(new Error(`the server exited (${code}) before printing ${needle}:\n${text}`)),
      );
    });
  const listening = printed('Сопка работает: ').then(() => {
    const url = /Сопка работает: (\S+)/.exec(text)?.[1];
    if (!url) throw new Error(`no address in the banner:\n${text}`);
    return url;
  });
  return { parent, output: () => text, listening, printed };
}

/** The server child's pid, from the owner record of the data-dir lock it holds. */
export async function serverPid(dataDir: string): Promise<number> {
  const owner = await readOwner(`${join(dataDir, 'pglite')}.lock`);
  if (!owner) throw new Error('no process holds the data dir');
  return owner.pid;
}

export async function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntil(check: () => boolean, timeoutMs = 15_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

/** True when nothing listens on the port: binding it succeeds. */
export async function portIsFree(port: number): Promise<boolean> {
  const probe = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', resolve);
    });
    return true;
  } catch {
    return false;
  } finally {
    probe.close();
  }
}
