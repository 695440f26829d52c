import { liveQuery, type Observable } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { logError } from '../log.ts';

/** The latest value of an observable (e.g. a Dexie liveQuery), `initial` until the first one. */
export function useObservable<T>(make: () => Observable<T>, initial: T, deps: unknown[] = []): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = make().subscribe({
      next: setValue,
      error: (error: unknown) => logError('live query', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}

/** Re-runs `query` whenever the tables it read change (local writes or synced data). */
export function useLiveQuery<T>(query: () => Promise<T>, initial: T, deps: unknown[] = []): T {
  return useObservable(() => liveQuery(query), initial, deps);
}
