import { signal } from '@preact/signals';

/**
 * The server's clock minus this PC's, as the last sync measured it (META.clockOffsetMs).
 * Kept in memory so a time can be stamped synchronously; set at start and after each sync.
 */
export const clockOffsetMs = signal(0);

/** Now, by the server's clock: what every time the app stamps on a record uses. */
export const correctedNow = (): number => Date.now() + clockOffsetMs.value;

export const correctedIso = (): string => new Date(correctedNow()).toISOString();
