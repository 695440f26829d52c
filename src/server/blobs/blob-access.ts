import type { User } from '../auth/users.ts';
import type { SqlRunner } from '../store/store.ts';
import { readerScopeSql } from '../sync/reader-scope-sql.ts';

export interface BlobAccess {
  allowed: boolean;
  /** The file's name as a record in the reader's scope gives it, if one does. */
  name: string | null;
}

/**
 * Whether `user` may read a file: a record in their scope names it, or they uploaded it and no
 * record names it yet (an attachment on its way); the region reads every file. Index lookups
 * on blob_refs and blob_uploads, never a scan of records.
 */
export async function blobAccess(db: SqlRunner, user: User, sha256: string): Promise<BlobAccess> {
  const scope = readerScopeSql(user, 3);
  const rows = await db.query<{
    inScope: boolean;
    named: boolean;
    uploaded: boolean;
    name: string | null;
  }>(
    `select exists (select 1 from blob_refs where sha256 = $1 and ${scope.sql}) as "inScope",
       exists (select 1 from blob_refs where sha256 = $1) as named,
       exists (select 1 from blob_uploads where sha256 = $1 and user_id = $2::uuid) as uploaded,
       (select min(name collate "C") from blob_refs where sha256 = $1 and ${scope.sql}) as name`,
    [sha256, user.id, ...scope.params],
  );
  const row = rows[0];
  if (!row) return { allowed: false, name: null };
  const allowed = user.role === 'regional' || row.inScope || (row.uploaded && !row.named);
  return { allowed, name: row.name };
}

/** Notes that `user` sent this file; true the first time they do. */
export async function recordUpload(db: SqlRunner, user: User, sha256: string): Promise<boolean> {
  const rows = await db.query(
    `insert into blob_uploads (sha256, user_id) values ($1, $2::uuid)
     on conflict do nothing returning 1 as first`,
    [sha256, user.id],
  );
  return rows.length > 0;
}
