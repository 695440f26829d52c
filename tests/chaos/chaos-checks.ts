import { isDeepStrictEqual } from 'node:util';
import { PERSONAL_FIELDS } from '../../src/shared/model/registrations.ts';
import { COLLECTION_NAMES } from '../../src/shared/model/registry.ts';
import { placementProblems } from '../fuzz/placement-check.ts';
import type { PersonalValues } from './chaos-actions.ts';
import type { AppliedMutation, ChaosPc } from './chaos-pc.ts';
import type { ServerRow } from './chaos-server.ts';

/** Fields the app stamps itself on every save, and the record's identity. */
const BOOKKEEPING = new Set(['id', 'centreId', 'createdAt', 'updatedAt']);
/** What anonymization clears: none of it may survive anywhere. */
const FORGOTTEN = new Set<string>([...PERSONAL_FIELDS, 'consent']);

/** One field a person wrote, as the server applied it (after any re-stamping). */
export interface Operation {
  pc: string;
  collection: string;
  id: string;
  field: string;
  value: unknown;
  hlc: string;
  /** The clock of the value the writer saw in that field ('' for none). */
  base: string;
  /** Everything the writer had seen of the record when it wrote. */
  seen: Record<string, string>;
}

export function operationsOf(pcs: readonly ChaosPc[]): Operation[] {
  const operations: Operation[] = [];
  for (const pc of pcs)
    for (const mutation of pc.applied.values())
      for (const field of Object.keys(mutation.patch)) {
        if (BOOKKEEPING.has(field)) continue;
        operations.push(operationOf(mutation, field));
      }
  return operations;
}

function operationOf(mutation: AppliedMutation, field: string): Operation {
  return {
    pc: mutation.pc,
    collection: mutation.collection,
    id: mutation.id,
    field,
    value: mutation.patch[field],
    hlc: mutation.hlc,
    base: mutation.base[field] ?? '',
    seen: mutation.base,
  };
}

const same = (a: unknown, b: unknown) => isDeepStrictEqual(a ?? null, b ?? null);
const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
};
const keyOf = (collection: string, id: string) => `${collection}/${id}`;

/** What a PC of `centre` must hold: its centre's rows and the global ones (not their conflicts). */
function expectedFor(rows: readonly ServerRow[], centre: string, collection: string) {
  return rows.filter(
    (row) =>
      row.collection === collection &&
      (row.centre === centre || (row.centre === null && collection !== 'conflicts')),
  );
}

/** Every PC holds exactly the server's rows of its scope, collection by collection. */
export async function pcDifferences(pcs: readonly ChaosPc[], rows: readonly ServerRow[]) {
  const problems: string[] = [];
  for (const pc of pcs)
    for (const collection of COLLECTION_NAMES) {
      const local = new Map((await pc.rows(collection)).map((row) => [String(row.id), row]));
      const server = new Map(
        expectedFor(rows, pc.centreId, collection).map((row) => [row.id, row.data]),
      );
      for (const [id, data] of server) {
        const held = local.get(id);
        local.delete(id);
        if (!held) {
          problems.push(`${pc.name} lacks ${keyOf(collection, id)}`);
          continue;
        }
        // null and absent mean the same (null clears a field); the client keeps no nulls
        for (const field of new Set([...Object.keys(data), ...Object.keys(held)]))
          if (!same(held[field], data[field]))
            problems.push(
              `${pc.name} ${keyOf(collection, id)}.${field}: PC shows ${show(held[field])}, the server holds ${show(data[field])}`,
            );
      }
      for (const id of local.keys())
        problems.push(`${pc.name} holds ${keyOf(collection, id)} the server has not`);
    }
  return problems;
}

/**
 * Every write is in the final state, knowingly overwritten (a later write had seen it), or kept
 * as a conflict a person can resolve. A write to a record that ends deleted counts as kept only
 * when the delete had seen it: an edit the delete did not know of must be a conflict.
 */
export function lostWrites(operations: readonly Operation[], rows: readonly ServerRow[]): string[] {
  const final = new Map(rows.map((row) => [keyOf(row.collection, row.id), row]));
  const byField = new Map<string, Operation[]>();
  for (const op of operations) {
    const key = `${keyOf(op.collection, op.id)}.${op.field}`;
    byField.set(key, [...(byField.get(key) ?? []), op]);
  }
  const kept = new Map<string, unknown[]>();
  for (const row of rows) {
    if (row.collection !== 'conflicts') continue;
    const key = `${String(row.data.recordId)}/${String(row.data.field)}/${String(row.data.lostHlc)}`;
    kept.set(key, [...(kept.get(key) ?? []), row.data.lostValue]);
  }
  const problems: string[] = [];
  for (const op of operations) {
    // closing a conflict twice keeps one choice: resolving never makes a conflict of its own
    if (op.collection === 'conflicts') continue;
    const row = final.get(keyOf(op.collection, op.id));
    if (!row) {
      problems.push(
        `${op.pc} ${keyOf(op.collection, op.id)}.${op.field} = ${show(op.value)}: the record is gone`,
      );
      continue;
    }
    if (
      op.collection === 'registrations' &&
      row.data.anonymized === true &&
      FORGOTTEN.has(op.field)
    )
      continue;
    const inConflict = kept
      .get(`${op.id}/${op.field}/${op.hlc}`)
      ?.some((value) => same(value, op.value));
    if (inConflict) continue;
    const overwritten = (byField.get(`${keyOf(op.collection, op.id)}.${op.field}`) ?? []).some(
      (later) => later !== op && later.base >= op.hlc,
    );
    if (overwritten) continue;
    if (row.data.deleted === true && op.field !== 'deleted') {
      const deleteHlc = row.clocks.deleted ?? '';
      const deletion = (byField.get(`${keyOf(op.collection, op.id)}.deleted`) ?? []).find(
        (d) => d.hlc === deleteHlc,
      );
      if ((deletion?.seen[op.field] ?? '') >= op.hlc) continue;
      // a writer that had seen the delete (a value restored into a deleted record) is judged below
      if (op.seen.deleted !== deleteHlc) {
        problems.push(
          `${op.pc} ${keyOf(op.collection, op.id)}.${op.field} = ${show(op.value)} (${op.hlc}): the record was deleted by a write that had not seen this edit (${deletion?.pc ?? '?'} at ${deleteHlc}), and no conflict keeps it`,
        );
        continue;
      }
    }
    if (same(row.data[op.field], op.value)) continue;
    problems.push(
      `${op.pc} ${keyOf(op.collection, op.id)}.${op.field} = ${show(op.value)} (${op.hlc}, saw ${op.base || 'nothing'}): lost — the server holds ${show(row.data[op.field])} and no conflict keeps it`,
    );
  }
  return problems;
}

/** A registration whose person asked to be forgotten leaves no personal value anywhere. */
export async function personalDataLeft(
  pcs: readonly ChaosPc[],
  rows: readonly ServerRow[],
  personal: PersonalValues,
): Promise<{ anonymized: number; problems: string[] }> {
  const anonymized = rows.filter(
    (row) => row.collection === 'registrations' && row.data.anonymized === true,
  );
  // what other registrations hold is theirs too (a volunteer who signed up twice): not a leak
  for (const row of rows)
    if (row.collection === 'registrations')
      personal.note(
        row.id,
        PERSONAL_FIELDS.filter((field) => field !== 'settlement').map((field) => row.data[field]),
      );
  const problems: string[] = [];
  for (const row of anonymized) {
    for (const field of PERSONAL_FIELDS)
      if (row.data[field] !== undefined)
        problems.push(
          `server registrations/${row.id}.${field} still holds ${show(row.data[field])}`,
        );
    const consent = row.data.consent as Record<string, unknown> | undefined;
    for (const field of ['parentName', 'parentContact'])
      if (consent?.[field] !== undefined)
        problems.push(
          `server registrations/${row.id}.consent.${field} still holds ${show(consent[field])}`,
        );
  }
  const places: [string, string][] = rows.map((row) => [
    `server ${keyOf(row.collection, row.id)}`,
    JSON.stringify(row.data),
  ]);
  for (const pc of pcs) {
    for (const collection of COLLECTION_NAMES)
      for (const row of await pc.rows(collection))
        places.push([`${pc.name} ${keyOf(collection, String(row.id))}`, JSON.stringify(row)]);
    for (const row of await pc.db.outbox.toArray())
      places.push([`${pc.name} outbox ${row.mid}`, JSON.stringify(row.patch)]);
    for (const row of await pc.db.rejected.toArray())
      places.push([`${pc.name} refused change ${row.mid}`, JSON.stringify(row)]);
  }
  for (const row of anonymized)
    for (const value of personal.ownValues(row.id)) {
      // the whole JSON string, quotes and all: «№2-9» must not match inside «№2-93»
      const needle = JSON.stringify(value);
      for (const [where, text] of places)
        if (text.includes(needle))
          problems.push(
            `${show(value)} of anonymized registrations/${row.id} survives in ${where}`,
          );
    }
  return { anonymized: anonymized.length, problems };
}

/** Each record a PC created is on the server once, and nothing else of the centres is. */
export function createdOnce(pcs: readonly ChaosPc[], rows: readonly ServerRow[]): string[] {
  const written = new Set<string>();
  const created = new Set<string>();
  for (const pc of pcs)
    for (const mutation of pc.applied.values()) {
      if (mutation.collection === 'conflicts') continue;
      written.add(keyOf(mutation.collection, mutation.id));
      // the write path stamps createdAt on the mutation that creates the record, only then
      if ('createdAt' in mutation.patch) created.add(keyOf(mutation.collection, mutation.id));
    }
  const centres = new Set(pcs.map((pc) => pc.centreId));
  const stored = new Set<string>();
  const problems: string[] = [];
  for (const row of rows) {
    if (row.collection === 'conflicts' || row.centre === null || !centres.has(row.centre)) continue;
    const key = keyOf(row.collection, row.id);
    stored.add(key);
    // a volunteer's registration on the public page is the server's own write
    if (!created.has(key) && row.data.source !== 'public')
      problems.push(`${key} stored, never created by a PC`);
  }
  for (const key of written) if (!stored.has(key)) problems.push(`${key} written, not stored`);
  return problems;
}

export function conflictsAboutConflicts(rows: readonly ServerRow[]): string[] {
  return rows
    .filter((row) => row.collection === 'conflicts' && row.data.collection === 'conflicts')
    .map(
      (row) =>
        `conflict ${row.id} keeps ${show(row.data.lostValue)} of conflict ${String(row.data.recordId)}.${String(row.data.field)}`,
    );
}

export function seatProblems(rows: readonly ServerRow[]): string[] {
  const of = (collection: string) =>
    rows
      .filter((row) => row.collection === collection)
      .map((row) => ({ id: row.id, centre: row.centre, data: row.data }));
  return placementProblems(of('trainings'), of('registrations'));
}

/** Trainings whose registrations changed in two lives of the server: placed, killed, placed again. */
export function trainingsPlacedAcrossRestarts(
  pcs: readonly ChaosPc[],
  rows: readonly ServerRow[],
): number {
  const trainingOf = new Map(
    rows
      .filter((row) => row.collection === 'registrations')
      .map((row) => [row.id, String(row.data.trainingId)]),
  );
  const epochs = new Map<string, Set<number>>();
  for (const pc of pcs)
    for (const mutation of pc.applied.values()) {
      const training =
        mutation.collection === 'registrations'
          ? trainingOf.get(mutation.id)
          : mutation.collection === 'trainings'
            ? mutation.id
            : undefined;
      if (!training) continue;
      epochs.set(training, (epochs.get(training) ?? new Set()).add(mutation.epoch));
    }
  return [...epochs.values()].filter((set) => set.size > 1).length;
}
