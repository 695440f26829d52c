import { migrate } from './migrate.ts';
import type { SqlRunner, Store } from './store.ts';

const BATCH = 1000;

export class CopyRefusedError extends Error {}

/** What was copied, table by table: the same count was read and written. */
export type CopySummary = Record<string, number>;

async function tablesOf(db: SqlRunner): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  return rows.map((row) => row.name);
}

/** Parents before children, so every foreign key finds its row. */
async function inForeignKeyOrder(db: SqlRunner, tables: string[]): Promise<string[]> {
  const edges = await db.query<{ child: string; parent: string }>(
    `select c.relname as child, p.relname as parent
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid
       join pg_class p on p.oid = k.confrelid
       join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = current_schema()`,
  );
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const edge of edges) if (edge.child === table) visit(edge.parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

async function primaryKeyOf(db: SqlRunner, table: string): Promise<string[]> {
  const rows = await db.query<{ column: string }>(
    `select a.attname as column
       from pg_index i
       join pg_class c on c.oid = i.indrelid
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey)
      where i.indisprimary and c.relname = $1 and n.nspname = current_schema()
      order by array_position(i.indkey, a.attnum)`,
    [table],
  );
  return rows.map((row) => row.column);
}

async function copyTable(from: SqlRunner, to: SqlRunner, table: string): Promise<number> {
  const key = await primaryKeyOf(from, table);
  const order = key.length ? key.map((column) => `"${column}"`).join(', ') : '1';
  let copied = 0;
  for (;;) {
    // rows travel as JSON text, so bigints, timestamps and jsonb are never JavaScript numbers
    const [batch] = await from.query<{ rows: string | null; n: number }>(
      `select json_agg(t)::text as rows, count(*)::int as n
         from (select * from "${table}" order by ${order} limit ${BATCH} offset ${copied}) t`,
    );
    if (!batch?.rows || batch.n === 0) return copied;
    await to.query(
      `insert into "${table}" select * from json_populate_recordset(null::"${table}", $1::json)`,
      [batch.rows],
    );
    copied += batch.n;
  }
}

async function copySequences(from: SqlRunner, to: SqlRunner): Promise<void> {
  const sequences = await from.query<{ name: string; value: string | null }>(
    `select sequencename as name, last_value::text as value from pg_sequences
      where schemaname = current_schema()`,
  );
  for (const { name, value } of sequences)
    if (value !== null) await to.query('select setval($1, $2::bigint, true)', [name, value]);
}

async function countRows(db: SqlRunner, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from "${table}"`);
  return row?.n ?? 0;
}

/**
 * Copies every table and sequence of `source` into `target`, which must be empty: the same
 * records, seqs, applied mids, users, tokens and store id, so PCs go on from their cursors as
 * if nothing happened. Both stores are brought to the latest schema first. One transaction on
 * the target: a copy that fails half-way leaves it empty again.
 */
export async function copyStore(source: Store, target: Store): Promise<CopySummary> {
  if ((await tablesOf(target)).length > 0)
    throw new CopyRefusedError(
      'База, в которую переносить, не пуста. Создайте новую пустую базу (createdb) и укажите её.',
    );
  await migrate(source);
  await migrate(target);
  const tables = (await inForeignKeyOrder(source, await tablesOf(source))).filter(
    (table) => table !== 'migrations',
  );
  return source.transaction(async (from) => {
    await from.query('set transaction isolation level repeatable read');
    return target.transaction(async (to) => {
      const summary: CopySummary = {};
      // children first, so the rows the target's migrations wrote (store id) can go
      for (const table of [...tables].reverse()) await to.query(`delete from "${table}"`);
      for (const table of tables) {
        summary[table] = await copyTable(from, to, table);
        const written = await countRows(to, table);
        if (written !== summary[table])
          throw new Error(`${table}: ${summary[table]} rows read, ${written} written`);
      }
      await copySequences(from, to);
      return summary;
    });
  });
}
