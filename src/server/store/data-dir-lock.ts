import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export class DataDirBusyError extends Error {
  constructor(
    readonly lockPath: string,
    readonly pid: number,
  ) {
    super(`Каталог данных занят другим процессом (PID ${pid}): ${lockPath}`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite does not lock its data dir, and two processes writing one would corrupt it:
 * a lock file holds the owner's PID; a lock left by a dead process is taken over.
 */
export async function lockDataDir(lockPath: string): Promise<() => Promise<void>> {
  await mkdir(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lockPath, String(process.pid), { flag: 'wx' });
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new DataDirBusyError(lockPath, pid);
    await rm(lockPath, { force: true });
  }
  throw new Error(`Не удалось захватить каталог данных: ${lockPath}`);
}
