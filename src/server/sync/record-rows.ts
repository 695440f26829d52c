import type { Clocks, RecordData, RecordState } from '../../shared/sync/merge.ts';
import { blobRefRows, savingBlobRefs } from '../blobs/blob-refs.ts';
import type { SqlRunner } from '../store/store.ts';

export interface StoredRecord extends RecordState {
  collection: string;
  id: string;
  centreId: string | null;
}

export async function loadRecord(
  db: SqlRunner,
  collection: string,
  id: string,
): Promise<StoredRecord | undefined> {
  const rows = await db.query<StoredRecord>(
    `select collection, id::text as id, centre_id::text as "centreId", data, clocks
     from records where collection = $1 and id = $2`,
    [collection, id],
  );
  return rows[0];
}

/**
 * Writes a record's new state with the next seq, and the files it names. `echoClient` names
 * the one client that already holds exactly this state, so its pull may skip it.
 */
export async function saveRecord(
  db: SqlRunner,
  record: StoredRecord,
  echoClient: string | null = null,
): Promise<void> {
  await db.query(
    savingBlobRefs(
      `insert into records (collection, id, centre_id, data, clocks, seq, echo_client)
       values ($1, $2, $3, $4::jsonb, $5::jsonb, nextval('change_seq'), $6)
       on conflict (collection, id) do update set
         data = excluded.data, clocks = excluded.clocks, seq = excluded.seq,
         echo_client = excluded.echo_client`,
      7,
    ),
    [
      record.collection,
      record.id,
      record.centreId,
      JSON.stringify(record.data),
      JSON.stringify(record.clocks),
      echoClient,
      blobRefRows([record]),
    ],
  );
}

/** Inserts unless a record with that id exists; true when inserted. */
export async function insertRecordIfAbsent(db: SqlRunner, record: StoredRecord): Promise<boolean> {
  const rows = await db.query<{ saved: number }>(
    savingBlobRefs(
      `insert into records (collection, id, centre_id, data, clocks, seq)
       values ($1, $2, $3, $4::jsonb, $5::jsonb, nextval('change_seq'))
       on conflict (collection, id) do nothing`,
      6,
    ),
    [
      record.collection,
      record.id,
      record.centreId,
      JSON.stringify(record.data),
      JSON.stringify(record.clocks),
      blobRefRows([record]),
    ],
  );
  return (rows[0]?.saved ?? 0) > 0;
}

/** Every field of `data` stamped with one clock: how the server writes a whole record. */
export function stampAll(data: RecordData, hlc: string): Clocks {
  return Object.fromEntries(Object.keys(data).map((field) => [field, hlc]));
}
