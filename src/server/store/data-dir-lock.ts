import { lstat, mkdir, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { lock } from 'proper-lockfile';
import { ownerPath, ownerState, readOwner, writeOwner } from './lock-owner.ts';

export class DataDirBusyError extends Error {
  constructor(readonly lockPath: string) {
    super(
      `Каталог данных занят другим процессом: ${lockPath}. Остановите другой сервер Сопки на этом каталоге или укажите другой SOPKA_DATA_DIR`,
    );
  }
}

export interface DataDirLockOptions {
  /** A lock not refreshed for this long belongs to a dead process; refreshed every half of it. */
  staleMs?: number;
  /** The lock was lost while running (deleted, or taken over after a long freeze). */
  onCompromised?: (error: Error) => void;
}

/**
 * PGlite runs on the event loop: opening or a heavy query can block the refresh for many
 * seconds, so staleness is a last resort, long; a dead holder is known by its owner record.
 */
export const DEFAULT_STALE_MS = 120_000;
/** How often the holder refreshes the lock, and so how soon it notices the lock was taken. */
const REFRESH_MS = 2_000;
// proper-lockfile's own floor
const MIN_STALE_MS = 2_000;

/** Data dirs this process holds: a second open here fails at once instead of waiting. */
const heldHere = new Set<string>();

function stopProcess(lockPath: string) {
  return (error: Error): void => {
    process.stderr.write(
      `Сопка остановлена: потеряна блокировка каталога данных ${lockPath} (${error.message}). Запись прекращена, чтобы два процесса не испортили данные; запустите сервер снова.\n`,
    );
    process.exit(1);
  };
}

/** The PID scheme before proper-lockfile wrote a plain file where the lock directory goes. */
async function removePidLockFile(lockPath: string): Promise<void> {
  const found = await lstat(lockPath).catch(() => undefined);
  if (found?.isFile()) await rm(lockPath, { force: true });
}

/** A lock whose owner record shows a holder that is certainly gone is removed at once. */
async function clearDeadHolder(lockPath: string): Promise<'alive' | 'clear'> {
  const owner = await readOwner(lockPath);
  if (!owner) return 'clear';
  const state = ownerState(owner);
  if (state === 'alive') return 'alive';
  if (state === 'gone') {
    await rm(lockPath, { recursive: true, force: true });
    await rm(ownerPath(lockPath), { force: true });
  }
  return 'clear';
}

/**
 * PGlite does not lock its data dir, and two processes writing one would corrupt it.
 * `<dataDir>.lock` is a directory whose mtime the holder refreshes (proper-lockfile), with an
 * owner record inside: a crashed holder's lock is taken over at once when the record proves it
 * gone (a PID alone can name a new process), else once it goes stale.
 */
export async function lockDataDir(
  dataDir: string,
  options: DataDirLockOptions = {},
): Promise<() => Promise<void>> {
  const dir = resolve(dataDir);
  const lockPath = `${dir}.lock`;
  if (heldHere.has(dir)) throw new DataDirBusyError(lockPath);
  const staleMs = Math.max(options.staleMs ?? DEFAULT_STALE_MS, MIN_STALE_MS);
  await mkdir(dirname(lockPath), { recursive: true });
  await removePidLockFile(lockPath);
  if ((await clearDeadHolder(lockPath)) === 'alive') throw new DataDirBusyError(lockPath);
  const interval = Math.max(250, Math.round(staleMs / 8));
  const onCompromised = options.onCompromised ?? stopProcess(lockPath);
  let release: () => Promise<void>;
  try {
    release = await lock(dir, {
      lockfilePath: lockPath,
      realpath: false,
      stale: staleMs,
      update: Math.min(REFRESH_MS, staleMs / 2),
      // a dead holder refreshed at most staleMs/2 before dying: wait past the stale time
      retries: {
        retries: Math.ceil((staleMs * 1.5) / interval),
        factor: 1,
        minTimeout: interval,
        maxTimeout: interval,
      },
      onCompromised: (error) => {
        heldHere.delete(dir);
        onCompromised(error);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirBusyError(lockPath);
    throw error;
  }
  heldHere.add(dir);
  await writeOwner(lockPath);
  return async () => {
    if (!heldHere.delete(dir)) return;
    await release();
    await rm(ownerPath(lockPath), { force: true });
  };
}
