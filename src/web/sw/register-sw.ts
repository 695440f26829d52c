import { Workbox } from 'workbox-window';
import { logError } from '../log.ts';
import { offlineReady, pendingUpdate } from './sw-state.ts';

/**
 * Registers /sw.js (production builds only). A new version waits until the person accepts it:
 * never an automatic reload over unsaved input.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => {
    pendingUpdate.value = () => activateWaiting(workbox);
  });
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) offlineReady.value = true;
  });
  workbox.register().catch((error: unknown) => logError('service worker registration', error));
}

function activateWaiting(workbox: Workbox): void {
  // reload only once the new worker controls the page, so the page and cache match
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
