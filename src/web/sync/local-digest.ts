import { COLLECTION_NAMES } from '../../shared/model/registry.ts';
import type { DigestRequest } from '../../shared/sync/protocol.ts';
import { inReaderScope, type Reader } from '../../shared/sync/scope.ts';
import { ScopeDigest } from '../../shared/sync/scope-digest.ts';
import type { SopkaDb } from '../store/db.ts';

/** A day between self-checks: cheap for the server, soon enough to notice drift. */
export const VERIFY_EVERY_MS = 24 * 60 * 60_000;

/**
 * What this PC holds, per collection, in the signed-in person's scope: ids and field clocks.
 * Records with a refused local edit are left out (they differ on purpose until decided).
 */
export async function localDigest(db: SopkaDb, reader: Reader): Promise<DigestRequest> {
  const exclude = [...new Set((await db.rejected.toArray()).map((row) => row.recordId))];
  const skipped = new Set(exclude);
  const collections: Record<string, string> = {};
  for (const name of COLLECTION_NAMES) {
    const digest = new ScopeDigest();
    const centres = new Map<string, string | null>();
    await db.records(name).each((record) => {
      const { id, centreId } = record as { id: string; centreId?: string | null };
      centres.set(id, centreId ?? null);
    });
    await db.clocks
      .where('[collection+id]')
      .between([name, ''], [name, '\uffff'])
      .each((row) => {
        const centreId = centres.get(row.id);
        if (centreId === undefined || skipped.has(row.id)) return;
        if (inReaderScope(reader, name, centreId)) digest.add(row.id, row.clocks);
      });
    collections[name] = digest.value();
  }
  return { collections, exclude };
}
