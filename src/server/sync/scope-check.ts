import { isCollectionName } from '../../shared/model/registry.ts';
import {
  MAX_REPAIR_RECORDS,
  type Change,
  type DigestRequest,
  type RepairRequest,
  type RepairResponse,
} from '../../shared/sync/protocol.ts';
import { ScopeDigest } from '../../shared/sync/scope-digest.ts';
import type { Clocks } from '../../shared/sync/merge.ts';
import type { User } from '../auth/users.ts';
import type { SqlRunner } from '../store/store.ts';
import { readerScopeSql } from './reader-scope-sql.ts';

/** The collections whose digest differs from what the client holds (known collections only). */
export async function mismatchedCollections(
  db: SqlRunner,
  user: User,
  digest: DigestRequest,
): Promise<string[]> {
  const names = Object.keys(digest.collections).filter(isCollectionName);
  if (names.length === 0) return [];
  const scope = readerScopeSql(user, 2);
  const rows = await db.query<{ collection: string; id: string; clocks: Clocks }>(
    `select collection, id::text as id, clocks from records
     where collection in (select jsonb_array_elements_text($1::jsonb)) and ${scope.sql}`,
    [JSON.stringify(names), ...scope.params],
  );
  const excluded = new Set(digest.exclude.map((id) => id.toLowerCase()));
  const digests = new Map(names.map((name) => [name as string, new ScopeDigest()]));
  for (const row of rows)
    if (!excluded.has(row.id)) digests.get(row.collection)?.add(row.id, row.clocks);
  return names.filter((name) => digest.collections[name] !== digests.get(name)?.value());
}

/** One page of a collection as the server holds it, in id order, within the reader's scope. */
export async function repairPage(
  db: SqlRunner,
  user: User,
  repair: RepairRequest,
): Promise<RepairResponse> {
  const { collection } = repair;
  if (!isCollectionName(collection)) return { collection, records: [], after: null, done: true };
  const select = `select collection, id::text as id, seq::text as seq, data, clocks from records`;
  if (repair.ids) {
    const scope = readerScopeSql(user, 3);
    const records = await db.query<Change>(
      `${select} where collection = $1 and ${scope.sql}
       and id in (select jsonb_array_elements_text($2::jsonb)::uuid) order by id`,
      [collection, JSON.stringify(repair.ids), ...scope.params],
    );
    return { collection, records, after: null, done: true };
  }
  const scope = readerScopeSql(user, 4);
  const records = await db.query<Change>(
    `${select} where collection = $1 and ${scope.sql}
     and id > coalesce($2::uuid, '00000000-0000-0000-0000-000000000000')
     order by id limit $3`,
    [collection, repair.after, MAX_REPAIR_RECORDS, ...scope.params],
  );
  const done = records.length < MAX_REPAIR_RECORDS;
  return { collection, records, after: done ? null : (records.at(-1)?.id ?? null), done };
}
