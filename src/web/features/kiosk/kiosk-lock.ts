import { signal } from '@preact/signals';

/**
 * Kiosk mode on the library PC: while locked, every address shows only the registration
 * screen. Kept in localStorage (read synchronously before the first render, shared by tabs),
 * with a salted PBKDF2 hash of the staff password that unlocks it; never the password itself.
 * Tiny on purpose: the shell imports it to decide what to render.
 */
export interface KioskLock {
  /** The one training to register for, or null for the upcoming list. */
  trainingId: string | null;
  salt: string;
  hash: string;
  iterations: number;
}

const STORAGE_KEY = 'sopka.kiosk';

function readLock(): KioskLock | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const lock = JSON.parse(raw) as Partial<KioskLock>;
    const valid =
      (lock.trainingId === null || typeof lock.trainingId === 'string') &&
      typeof lock.salt === 'string' &&
      typeof lock.hash === 'string' &&
      typeof lock.iterations === 'number';
    return valid ? (lock as KioskLock) : null;
  } catch {
    return null;
  }
}

export const kioskLock = signal<KioskLock | null>(readLock());

// another tab of the app on the same PC locks too, so a volunteer cannot switch tabs out of it
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key === STORAGE_KEY) kioskLock.value = readLock();
});

export function lockKiosk(lock: KioskLock): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(lock));
  kioskLock.value = lock;
}

export function unlockKiosk(): void {
  localStorage.removeItem(STORAGE_KEY);
  kioskLock.value = null;
}
