import { MAX_CHANGES_PER_PAGE, type Change } from '../../shared/sync/protocol.ts';
import type { User } from '../auth/users.ts';
import type { SqlRunner } from '../store/store.ts';

export interface PulledPage {
  changes: Change[];
  cursor: string | null;
  more: boolean;
}

interface ChangeRow extends Change {
  echoClient: string | null;
}

/**
 * The next page of changes after `cursor` that the user may see: staff see global records and
 * their own centre's, regional everything. Rows this client itself produced (echo) are skipped,
 * but the cursor still moves past them.
 */
export async function pullChanges(
  db: SqlRunner,
  user: User,
  clientId: string,
  cursor: string | null,
): Promise<PulledPage> {
  const scoped = user.role === 'staff';
  // order by records.seq, the bigint: a bare `seq` would sort the text alias ('10' < '9')
  const rows = await db.query<ChangeRow>(
    `select collection, id::text as id, seq::text as seq, data, clocks, echo_client as "echoClient"
     from records
     where seq > $1::bigint ${scoped ? 'and (centre_id is null or centre_id = $3::uuid)' : ''}
     order by records.seq limit $2`,
    scoped
      ? [cursor ?? '0', MAX_CHANGES_PER_PAGE, user.centreId]
      : [cursor ?? '0', MAX_CHANGES_PER_PAGE],
  );
  const changes = rows
    .filter((row) => row.echoClient !== clientId)
    .map(({ echoClient: _echo, ...change }) => change);
  return {
    changes,
    cursor: rows.at(-1)?.seq ?? cursor,
    more: rows.length === MAX_CHANGES_PER_PAGE,
  };
}
