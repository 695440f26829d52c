import { liveQuery, type Observable } from 'dexie';
import { db } from './db.ts';

/** How many changes wait to be sent; updates whenever the outbox changes. */
export function outboxCount(): Observable<number> {
  return liveQuery(() => db.outbox.count());
}
