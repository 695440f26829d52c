import { signal } from '@preact/signals';

/** navigator.onLine, kept current by the browser's online/offline events. */
export const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

export function watchOnlineStatus(target: Window = window): () => void {
  const update = () => {
    online.value = navigator.onLine;
  };
  target.addEventListener('online', update);
  target.addEventListener('offline', update);
  update();
  return () => {
    target.removeEventListener('online', update);
    target.removeEventListener('offline', update);
  };
}
