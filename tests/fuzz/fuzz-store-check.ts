import { isDeepStrictEqual } from 'node:util';
import { conflictKey, dataOf, recordKey, WRITER_FIELDS, type SyncOracle } from './fuzz-oracle.ts';
import { publicFingerprint, type PublicRegistrations } from './fuzz-public.ts';
import { placementProblems } from './placement-check.ts';
import { shown } from './fuzz-wire.ts';

export interface StoreRow {
  collection: string;
  id: string;
  centre: string | null;
  data: Record<string, unknown>;
  clocks: Record<string, string>;
}

/** Fields the server writes on its own clock: checked by the placement rules instead. */
const SERVER_WRITTEN: Record<string, readonly string[]> = {
  trainings: ['confirmedCount', 'waitlistCount', 'updatedAt'],
  registrations: ['placement', 'queueHlc', 'duplicateOf', 'updatedAt'],
};

const isPublic = (row: StoreRow) =>
  row.collection === 'registrations' && row.data.source === 'public';

/** Every stored row against what the oracle predicts; one line per difference. */
export function compareStore(
  oracle: SyncOracle,
  rows: StoreRow[],
  publicRegistrations: PublicRegistrations,
): string[] {
  const problems: string[] = [];
  const stored = new Map(
    rows
      .filter((row) => row.collection !== 'conflicts' && !isPublic(row))
      .map((row) => [recordKey(row.collection, row.id), row]),
  );
  for (const [key, record] of oracle.records) {
    const row = stored.get(key);
    stored.delete(key);
    if (!row) {
      problems.push(`${key}: accepted, yet not stored`);
      continue;
    }
    const writer = WRITER_FIELDS[record.collection];
    const exempt = [
      ...(SERVER_WRITTEN[record.collection] ?? []),
      ...(writer ? [writer.id, writer.name] : []),
    ];
    const expected = dataOf(record.fields);
    if (writer) {
      const named = { id: row.data[writer.id], name: row.data[writer.name] };
      if (!isDeepStrictEqual(named, { id: record.namedWriter?.id, name: record.namedWriter?.name }))
        problems.push(
          `${key}: names ${shown(named)} as its writer, expected ${shown(record.namedWriter)}`,
        );
    }
    for (const field of new Set([...Object.keys(expected), ...Object.keys(row.data)])) {
      if (exempt.includes(field)) continue;
      if (!isDeepStrictEqual(row.data[field], expected[field]))
        problems.push(
          `${key}.${field}: stored ${shown(row.data[field])}, expected ${shown(expected[field])}`,
        );
    }
    for (const [field, state] of record.fields)
      if (!exempt.includes(field) && row.clocks[field] !== state.hlc)
        problems.push(`${key}.${field}: clock ${row.clocks[field]}, expected ${state.hlc}`);
    if (row.centre !== record.centreId)
      problems.push(`${key}: centre ${row.centre}, expected ${record.centreId}`);
    if (
      record.collection === 'registrations' &&
      record.createdHlc &&
      row.data.queueHlc !== record.createdHlc
    )
      problems.push(
        `${key}: queued at ${String(row.data.queueHlc)}, created at ${record.createdHlc}`,
      );
  }
  for (const key of stored.keys()) problems.push(`${key}: stored, yet never accepted`);

  const conflicts = rows.filter((row) => row.collection === 'conflicts');
  for (const row of conflicts)
    if (row.data.collection === 'conflicts')
      problems.push(
        `a conflict about a conflict: ${row.id} keeps ${shown(row.data.lostValue)} of ${String(row.data.recordId)}.${String(row.data.field)}`,
      );
  const actual = new Map(
    conflicts.map((row) => [
      conflictKey({
        collection: String(row.data.collection),
        recordId: String(row.data.recordId),
        field: String(row.data.field),
        lostHlc: String(row.data.lostHlc),
      }),
      row,
    ]),
  );
  for (const [key, predicted] of oracle.conflicts) {
    const row = actual.get(key);
    actual.delete(key);
    if (!row) {
      problems.push(
        `conflict ${key}: ${shown(predicted.lostValue)} lost to ${predicted.winningHlc}, not kept`,
      );
      continue;
    }
    const { data } = row;
    if (!isDeepStrictEqual(data.lostValue, predicted.lostValue))
      problems.push(
        `conflict ${key}: keeps ${shown(data.lostValue)}, expected ${shown(predicted.lostValue)}`,
      );
    if (data.winningHlc !== predicted.winningHlc)
      problems.push(
        `conflict ${key}: won by ${String(data.winningHlc)}, expected ${predicted.winningHlc}`,
      );
    if (row.centre !== predicted.centreId)
      problems.push(`conflict ${key}: centre ${row.centre}, expected ${predicted.centreId}`);
    if (data.status !== predicted.status.value)
      problems.push(
        `conflict ${key}: status ${String(data.status)}, expected ${String(predicted.status.value)}`,
      );
  }
  for (const [key, row] of actual) {
    // a delete may keep the edits it had not seen: allowed, not required, here
    if (row.data.collection !== 'conflicts' && oracle.deleteHlcs.has(String(row.data.winningHlc)))
      continue;
    if (row.data.collection !== 'conflicts')
      problems.push(`conflict ${key}: kept ${shown(row.data.lostValue)}, yet nothing was lost`);
  }

  const publicRows = rows
    .filter(isPublic)
    .map((row) => publicFingerprint(row.data))
    .sort();
  const expectedPublic = [...publicRegistrations.expected].sort();
  if (!isDeepStrictEqual(publicRows, expectedPublic)) {
    const missing = expectedPublic.filter((f) => !publicRows.includes(f));
    const extra = publicRows.filter((f) => !expectedPublic.includes(f));
    problems.push(
      `public registrations: ${publicRows.length} stored, ${expectedPublic.length} accepted; missing ${shown(missing.slice(0, 2), 300)}, extra ${shown(extra.slice(0, 2), 300)}`,
    );
  }

  const live = (collection: string) => rows.filter((row) => row.collection === collection);
  problems.push(...placementProblems(live('trainings'), live('registrations')));
  return problems;
}
