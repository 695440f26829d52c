import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataDirBusyError } from '../../src/server/store/data-dir-lock.ts';
import { ownerPath, thisProcess } from '../../src/server/store/lock-owner.ts';
import { openPgliteStore } from '../../src/server/store/pglite-store.ts';

// long enough that a holder slowed by a loaded machine keeps its lock; a dead one is known at once
const STALE_MS = 60_000;
const AT_ONCE_MS = 15_000;
const HOLDER = fileURLToPath(new URL('./helpers/hold-data-dir.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));

interface Holder {
  child: ChildProcess;
  stderr: () => string;
}

const holders: ChildProcess[] = [];

/** Another Сопка server process on the same data dir, resolved once it holds the store. */
function startHolder(dataDir: string): Promise<Holder> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dataDir, String(STALE_MS)], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  holders.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve({ child, stderr: () => stderr });
    });
    child.once('exit', (code) => reject(new Error(`the holder exited (${code}): ${stderr}`)));
  });
}

async function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}

describe('one data dir, one server process', () => {
  let parent: string;
  let dataDir: string;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'sopka-lock-proc-'));
    dataDir = join(parent, 'pglite');
    // initdb once here, so each child only reopens
    const store = await openPgliteStore(dataDir, { staleMs: STALE_MS });
    await store.close();
  });
  afterEach(async () => {
    // a plain stop: the holder removes its lock on the way out
    for (const child of holders.splice(0)) {
      child.kill('SIGTERM');
      await exited(child);
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });
  afterAll(() => rm(parent, { recursive: true, force: true }));

  it('a server killed with SIGKILL (power cut, OOM killer) starts again on its data dir', async () => {
    const crashed = await startHolder(dataDir);
    crashed.child.kill('SIGKILL');
    await exited(crashed.child);
    expect(existsSync(`${dataDir}.lock`)).toBe(true);

    const started = Date.now();
    const store = await openPgliteStore(dataDir, { staleMs: STALE_MS });

    expect(await store.query<{ ok: number }>('select 1 as ok')).toEqual([{ ok: 1 }]);
    await store.close();
    // its owner record proves it gone: no waiting for the lock to go stale
    expect(Date.now() - started).toBeLessThan(AT_ONCE_MS);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('a lock whose PID now names another live process (PID reuse, PID 1 in a container) is taken', async () => {
    await mkdir(`${dataDir}.lock`);
    // the dead server had this process's PID, but started at another moment
    await writeFile(
      ownerPath(`${dataDir}.lock`),
      JSON.stringify({ ...thisProcess(), started: '1' }),
    );

    const started = Date.now();
    const store = await openPgliteStore(dataDir, { staleMs: STALE_MS });

    await store.close();
    expect(Date.now() - started).toBeLessThan(AT_ONCE_MS);
  });

  it('a second server on a data dir a live one holds is refused in Russian', async () => {
    const running = await startHolder(dataDir);

    const second = openPgliteStore(dataDir, { staleMs: STALE_MS });

    await expect(second).rejects.toBeInstanceOf(DataDirBusyError);
    await expect(second).rejects.toThrow(/Каталог данных занят другим процессом/);
    expect(running.child.exitCode).toBe(null);
  });

  it('a PID lock file left by the old scheme, naming this very process, does not block', async () => {
    await writeFile(`${dataDir}.lock`, String(process.pid));

    const store = await openPgliteStore(dataDir, { staleMs: STALE_MS });

    await store.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('a server whose lock is taken away stops instead of writing on', async () => {
    const running = await startHolder(dataDir);

    await rm(`${dataDir}.lock`, { recursive: true, force: true });

    expect(await exited(running.child)).toBe(1);
    expect(running.stderr()).toMatch(/блокировк/i);
  });

  it('this process cannot open a data dir it already holds', async () => {
    const first = await openPgliteStore(dataDir, { staleMs: STALE_MS });
    try {
      await expect(openPgliteStore(dataDir, { staleMs: STALE_MS })).rejects.toBeInstanceOf(
        DataDirBusyError,
      );
    } finally {
      await first.close();
    }
  });
});
