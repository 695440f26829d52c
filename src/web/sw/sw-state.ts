import { signal } from '@preact/signals';

/** Set when a new service worker waits; calling it activates that version and reloads. */
export const pendingUpdate = signal<(() => void) | null>(null);

/** True once, after the first service worker has cached the app. */
export const offlineReady = signal(false);
