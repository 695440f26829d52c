import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

/**
 * Who holds a data-dir lock: enough to tell, without waiting for the lock to go stale, that
 * its holder is gone (not running, or its PID now names another process, or the machine has
 * rebooted since) — and that a holder whose refreshes lag under load is still alive.
 */
export interface LockOwner {
  pid: number;
  /** The process's start time in clock ticks since boot (Linux /proc), or null elsewhere. */
  started: string | null;
  boot: string | null;
}

function procStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name may hold spaces and parentheses: count fields after its closing one
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function thisProcess(): LockOwner {
  return { pid: process.pid, started: procStart(process.pid), boot: bootId() };
}

/** Beside the lock directory, not in it: the lock library watches the directory's mtime. */
export const ownerPath = (lockPath: string) => `${lockPath}.owner.json`;

export async function writeOwner(lockPath: string): Promise<void> {
  await writeFile(ownerPath(lockPath), JSON.stringify(thisProcess()));
}

export async function readOwner(lockPath: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await readFile(ownerPath(lockPath), 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

/** 'gone': the holder is certainly not running; 'alive': it is; 'unknown': cannot tell here. */
export function ownerState(owner: LockOwner): 'gone' | 'alive' | 'unknown' {
  const boot = bootId();
  if (owner.boot && boot && owner.boot !== boot) return 'gone';
  if (!running(owner.pid)) return 'gone';
  const started = procStart(owner.pid);
  if (owner.started && started) return owner.started === started ? 'alive' : 'gone';
  return 'unknown';
}
