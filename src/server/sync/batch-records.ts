import { isCollectionName } from '../../shared/model/registry.ts';
import { blobRefRows, savingBlobRefs } from '../blobs/blob-refs.ts';
import type { SqlRunner } from '../store/store.ts';
import { loadRecord, saveRecord, type StoredRecord } from './record-rows.ts';

/**
 * Collections whose writes have side effects on other records (seats, conflicts, forgotten
 * personal data): they are read and written straight through, never held back.
 */
const DIRECT = new Set(['registrations', 'trainings', 'conflicts']);

const keyOf = (collection: string, id: string) => `${collection}/${id.toLowerCase()}`;

/**
 * The records one sync batch touches: loaded in one query, written in one upsert at the end.
 * PGlite costs ~1 ms a query; two per mutation made a 500-mutation push take seconds.
 * Only valid inside the batch's transaction, and only `applyMutation` may write through it.
 */
export class BatchRecords {
  private readonly known = new Map<string, StoredRecord | null>();
  private readonly pending = new Map<string, { record: StoredRecord; echo: string | null }>();

  /** `direct`: every read and write goes straight to the database (one savepoint per mutation). */
  constructor(
    private readonly db: SqlRunner,
    private readonly direct = false,
  ) {}

  private straight(collection: string): boolean {
    return this.direct || DIRECT.has(collection);
  }

  async preload(keys: readonly { collection: string; id: string }[]): Promise<void> {
    // a name that is no collection (it may hold anything) is refused before any read
    const wanted = keys.filter(
      (k) => isCollectionName(k.collection) && !this.straight(k.collection),
    );
    if (wanted.length === 0) return;
    const rows = await this.db.query<StoredRecord>(
      `select r.collection, r.id::text as id, r.centre_id::text as "centreId", r.data, r.clocks
       from records r
       join jsonb_to_recordset($1::jsonb) as k(collection text, id text)
         on r.collection = k.collection and r.id = k.id::uuid`,
      [JSON.stringify(wanted.map(({ collection, id }) => ({ collection, id })))],
    );
    for (const key of wanted) this.known.set(keyOf(key.collection, key.id), null);
    for (const row of rows) this.known.set(keyOf(row.collection, row.id), row);
  }

  async load(collection: string, id: string): Promise<StoredRecord | undefined> {
    const key = keyOf(collection, id);
    if (!this.straight(collection) && this.known.has(key)) return this.known.get(key) ?? undefined;
    return loadRecord(this.db, collection, id);
  }

  async save(record: StoredRecord, echo: string | null): Promise<void> {
    if (this.straight(record.collection)) {
      await this.flush();
      await saveRecord(this.db, record, echo);
      return;
    }
    const key = keyOf(record.collection, record.id);
    this.known.set(key, record);
    this.pending.delete(key);
    this.pending.set(key, { record, echo });
  }

  /** Writes what is held back, in the order it was last changed, each with the next seq. */
  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const held = [...this.pending.values()];
    const rows = held.map(({ record, echo }) => ({
      collection: record.collection,
      id: record.id,
      centre_id: record.centreId,
      data: record.data,
      clocks: record.clocks,
      echo_client: echo,
    }));
    this.pending.clear();
    await this.db.query(
      savingBlobRefs(
        `insert into records (collection, id, centre_id, data, clocks, seq, echo_client)
         select r.collection, r.id::uuid, r.centre_id::uuid, r.data, r.clocks,
                nextval('change_seq'), r.echo_client
         from jsonb_to_recordset($1::jsonb) as r(collection text, id text, centre_id text,
              data jsonb, clocks jsonb, echo_client text)
         on conflict (collection, id) do update set
           data = excluded.data, clocks = excluded.clocks, seq = excluded.seq,
           echo_client = excluded.echo_client`,
        2,
      ),
      [JSON.stringify(rows), blobRefRows(held.map(({ record }) => record))],
    );
  }
}
