import type { Clocks } from '../../shared/sync/merge.ts';
import { parseHlc } from '../../shared/sync/hlc.ts';
import type { Mutation, RejectionCode } from '../../shared/sync/protocol.ts';
import type { SqlRunner } from '../store/store.ts';

/** Refusals of a writer who may write the record: its later edits may be based on them. */
const CHAINED: readonly RejectionCode[] = ['invalid', 'server_owned', 'immutable_field'];

const nodeOf = (hlc: string) => parseHlc(hlc).nodeId;

export async function rememberRefusal(
  db: SqlRunner,
  mutation: Mutation,
  code: RejectionCode,
): Promise<void> {
  if (!CHAINED.includes(code)) return;
  // a refused mutation may carry anything (a NUL in a field name): noting it must not fail the batch
  await db.query('savepoint note_refusal');
  try {
    await db.query(
      `insert into refused_mutations (collection, record_id, hlc, base)
       values ($1, $2, $3, $4::jsonb) on conflict do nothing`,
      [mutation.collection, mutation.id, mutation.hlc, JSON.stringify(mutation.base)],
    );
    await db.query('release savepoint note_refusal');
  } catch {
    await db.query('rollback to savepoint note_refusal');
  }
}

/**
 * The base as the server must read it: a device's later edit names the clock of its own edit
 * that the server refused, a value the server never held; it was really based on what that
 * refused edit was based on. Without this, the device's own earlier value is kept as "lost".
 */
export async function effectiveBase(
  db: SqlRunner,
  mutation: Mutation,
  held: Clocks,
): Promise<Clocks> {
  const stale = Object.keys(mutation.patch).filter(
    (field) => mutation.base[field] !== undefined && mutation.base[field] !== held[field],
  );
  if (stale.length === 0) return mutation.base;
  const rows = await db.query<{ hlc: string; base: Clocks }>(
    `select hlc, base from refused_mutations where collection = $1 and record_id = $2`,
    [mutation.collection, mutation.id],
  );
  const node = nodeOf(mutation.hlc);
  const refused = new Map(
    rows.filter((row) => nodeOf(row.hlc) === node).map((r) => [r.hlc, r.base]),
  );
  if (refused.size === 0) return mutation.base;
  const base = { ...mutation.base };
  for (const field of stale) {
    let clock = base[field];
    for (let hop = 0; hop < 50 && clock !== undefined && clock !== held[field]; hop++) {
      const earlier = refused.get(clock);
      if (!earlier) break;
      clock = earlier[field];
    }
    if (clock === undefined) delete base[field];
    else base[field] = clock;
  }
  return base;
}
