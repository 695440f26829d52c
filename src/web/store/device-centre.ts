import { db } from './db.ts';
import { META, readMeta, writeMeta } from './meta.ts';

/**
 * The centre new centre-scoped records belong to: the signed-in session's centre.
 * TEMPORARY until sign-in exists: without a session, a centre id generated once for this
 * computer (meta.deviceCentreId). Sign-in will replace it with the real centre.
 */
export async function currentCentreId(): Promise<string> {
  const session = await db.session.get('current');
  if (session?.centreId) return session.centreId;
  return db.transaction('rw', db.meta, async () => {
    const kept = await readMeta<string>(db, META.deviceCentreId);
    if (kept) return kept;
    const created = crypto.randomUUID();
    await writeMeta(db, META.deviceCentreId, created);
    return created;
  });
}
