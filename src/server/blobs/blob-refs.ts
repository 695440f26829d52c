import type { StoredRecord } from '../sync/record-rows.ts';

const SHA256 = /^[0-9a-f]{64}$/;

export interface BlobRef {
  sha256: string;
  /** The file name an `{ sha256, name }` object gives it (a material's attachment). */
  name: string | null;
}

/**
 * The files a record names: every string in its data that is a sha256 (checklist scans,
 * material attachments, a conflict's lost value, whatever a collection adds next). Migration 3
 * backfills blob_refs by the same rule in SQL.
 */
export function blobRefsOf(data: unknown): BlobRef[] {
  const names = new Map<string, string | null>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (SHA256.test(value) && !names.has(value)) names.set(value, null);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (value !== null && typeof value === 'object') {
      const { sha256, name } = value as { sha256?: unknown; name?: unknown };
      if (typeof sha256 === 'string' && SHA256.test(sha256) && typeof name === 'string') {
        const known = names.get(sha256);
        // the smallest name, so the SQL backfill (min … collate "C") names it alike
        if (known === undefined || known === null || name < known) names.set(sha256, name);
      }
      for (const item of Object.values(value)) visit(item);
    }
  };
  visit(data);
  return [...names].map(([sha256, name]) => ({ sha256, name }));
}

/** The `refs` parameter of savingBlobRefs: what each record about to be written names. */
export function blobRefRows(records: readonly StoredRecord[]): string {
  return JSON.stringify(
    records.flatMap((record) =>
      blobRefsOf(record.data).map((ref) => ({
        collection: record.collection,
        id: record.id,
        ...ref,
      })),
    ),
  );
}

/**
 * Turns an `insert into records …` into one statement that also keeps blob_refs equal to what
 * the rows it wrote name (rows it did not write keep theirs). `refsParam` is the placeholder
 * of blobRefRows(); the statement answers the number of records written as `saved`.
 */
export function savingBlobRefs(insertRecords: string, refsParam: number): string {
  return `with saved as (${insertRecords} returning collection, id, centre_id),
    named as (
      select s.collection, s.id, s.centre_id, r.sha256, r.name
      from saved s
      join jsonb_to_recordset($${refsParam}::jsonb)
        as r(collection text, id text, sha256 text, name text)
        on r.collection = s.collection and r.id::uuid = s.id
    ),
    dropped as (
      delete from blob_refs b using saved s
      where b.collection = s.collection and b.record_id = s.id
        and not exists (select 1 from named n
          where n.collection = b.collection and n.id = b.record_id and n.sha256 = b.sha256)
    ),
    added as (
      insert into blob_refs (sha256, collection, record_id, centre_id, name)
      select sha256, collection, id, centre_id, name from named
      on conflict (sha256, collection, record_id) do update
        set centre_id = excluded.centre_id, name = excluded.name
        where (blob_refs.centre_id, blob_refs.name)
          is distinct from (excluded.centre_id, excluded.name)
    )
    select count(*)::int as saved from saved`;
}
