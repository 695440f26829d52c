import { MAX_CHANGES_PER_PAGE, type Change } from '../../shared/sync/protocol.ts';
import type { User } from '../auth/users.ts';
import type { SqlRunner } from '../store/store.ts';
import { readerScopeSql } from './reader-scope-sql.ts';

export interface PulledPage {
  changes: Change[];
  cursor: string | null;
  more: boolean;
  /** The cursor is past every change this store has written (a restored or new store). */
  cursorAhead: boolean;
}

interface ChangeRow extends Change {
  echoClient: string | null;
}

/**
 * The next page of changes after `cursor` that the user may see (shared/sync/scope.ts). Rows
 * this client itself produced (echo) are skipped, but the cursor still moves past them.
 */
export async function pullChanges(
  db: SqlRunner,
  user: User,
  clientId: string,
  cursor: string | null,
): Promise<PulledPage> {
  const scope = readerScopeSql(user, 3);
  // order by records.seq, the bigint: a bare `seq` would sort the text alias ('10' < '9')
  const rows = await db.query<ChangeRow>(
    `select collection, id::text as id, seq::text as seq, data, clocks, echo_client as "echoClient"
     from records
     where seq > $1::bigint and ${scope.sql}
     order by records.seq limit $2`,
    [cursor ?? '0', MAX_CHANGES_PER_PAGE, ...scope.params],
  );
  const changes = rows
    .filter((row) => row.echoClient !== clientId)
    .map(({ echoClient: _echo, ...change }) => change);
  return {
    changes,
    cursor: rows.at(-1)?.seq ?? cursor,
    more: rows.length === MAX_CHANGES_PER_PAGE,
    cursorAhead: rows.length === 0 && cursor !== null && (await cursorPastStore(db, cursor)),
  };
}

async function cursorPastStore(db: SqlRunner, cursor: string): Promise<boolean> {
  const rows = await db.query<{ ahead: boolean }>(
    `select $1::bigint > coalesce(max(seq), 0) as ahead from records`,
    [cursor],
  );
  return rows[0]?.ahead === true;
}
