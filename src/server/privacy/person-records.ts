import type { SqlRunner } from '../store/store.ts';
import { mentions, type PersonQuery } from './person-query.ts';

/** The regional centre's own content: it names no volunteer or applicant. */
const CONTENT = ['centres', 'checklistTemplates', 'materials', 'contests'];

export interface HeldRecord {
  id: string;
  /** The centre's name, or null for the regional centre's own records. */
  centre: string | null;
  /** For a registration: the training's title. */
  training?: string;
  data: Record<string, unknown>;
}

interface Row {
  collection: string;
  id: string;
  centreId: string | null;
  data: Record<string, unknown>;
}

/**
 * Every record the server holds that names or reaches the person, by collection, deleted ones
 * included (the server still holds them); plus the conflicts that keep a value of one of them.
 */
export async function personRecords(
  db: SqlRunner,
  query: PersonQuery,
): Promise<Record<string, HeldRecord[]>> {
  const rows = await db.query<Row>(
    `select collection, id::text as id, centre_id::text as "centreId", data from records
     where collection <> all($1::text[]) order by collection, seq`,
    [CONTENT],
  );
  const names = await db.query<{ id: string; name: string; collection: string }>(
    `select id::text as id, data->>'name' as name, collection from records
     where collection = 'centres' or collection = 'trainings'`,
  );
  const centreName = new Map(
    names.filter((n) => n.collection === 'centres').map((n) => [n.id, n.name]),
  );
  const trainingTitle = new Map(
    rows.filter((r) => r.collection === 'trainings').map((r) => [r.id, String(r.data.title)]),
  );
  const found = rows.filter((row) => row.collection !== 'conflicts' && mentions(row.data, query));
  const foundIds = new Set(found.map((row) => row.id));
  const conflicts = rows.filter(
    (row) =>
      row.collection === 'conflicts' &&
      (foundIds.has(String(row.data.recordId)) || mentions(row.data.lostValue, query)),
  );
  const held: Record<string, HeldRecord[]> = {};
  for (const row of [...found, ...conflicts]) {
    const training =
      row.collection === 'registrations'
        ? trainingTitle.get(String(row.data.trainingId))
        : undefined;
    (held[row.collection] ??= []).push({
      id: row.id,
      centre: row.centreId ? (centreName.get(row.centreId) ?? row.centreId) : null,
      ...(training ? { training } : {}),
      data: row.data,
    });
  }
  return held;
}
