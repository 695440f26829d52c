import type { RecordData } from '../../shared/sync/merge.ts';
import type { User } from '../auth/users.ts';
import type { SqlRunner } from '../store/store.ts';
import { blobRefsOf } from './blob-refs.ts';

/**
 * A file a staff writer newly names in a record, though their centre may not read it: the
 * server knows it (uploaded or named elsewhere) and neither a record of the centre's scope
 * names it nor anyone of the centre sent it. Naming a hash must not be a way to read it; a
 * file the server has not seen yet (a scan whose upload waits) may be named.
 */
export async function unreadableClaim(
  db: SqlRunner,
  user: User,
  before: RecordData | undefined,
  after: RecordData,
): Promise<string | undefined> {
  if (user.role === 'regional') return undefined;
  const held = new Set(before ? blobRefsOf(before).map((ref) => ref.sha256) : []);
  const claimed = blobRefsOf(after)
    .map((ref) => ref.sha256)
    .filter((sha256) => !held.has(sha256));
  if (claimed.length === 0) return undefined;
  const rows = await db.query<{ sha256: string }>(
    `select h.sha256 from jsonb_array_elements_text($1::jsonb) as h(sha256)
     where (exists (select 1 from blob_refs b where b.sha256 = h.sha256)
         or exists (select 1 from blob_uploads u where u.sha256 = h.sha256))
       and not exists (select 1 from blob_refs b where b.sha256 = h.sha256
         and (b.centre_id = $2::uuid or (b.centre_id is null and b.collection <> 'conflicts')))
       and not exists (select 1 from blob_uploads u join users w on w.id = u.user_id
         where u.sha256 = h.sha256 and w.centre_id = $2::uuid)
     limit 1`,
    [JSON.stringify(claimed), user.centreId],
  );
  return rows[0]?.sha256;
}
