import { signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { logError } from '../log.ts';
import { db, type SessionRow } from '../store/db.ts';

/** The signed-in person on this computer: undefined while loading, null when nobody is. */
export const session = signal<SessionRow | null | undefined>(undefined);

/** Follows the session table, so signing in or out in one tab shows in every tab. */
export function watchSession(): () => void {
  const subscription = liveQuery(() => db.session.get('current')).subscribe({
    next: (row) => (session.value = row ?? null),
    error: (error: unknown) => {
      logError('session', error);
      session.value = null;
    },
  });
  return () => subscription.unsubscribe();
}

/** The centre new centre-scoped records belong to (null for the regional centre). */
export async function currentCentreId(): Promise<string | null> {
  const row = await db.session.get('current');
  if (!row) throw new Error('nobody is signed in');
  return row.centreId;
}
