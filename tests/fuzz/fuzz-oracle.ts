import { PERSONAL_FIELDS } from '../../src/shared/model/registrations.ts';

/**
 * What the server must hold, written from DESIGN.md's rules rather than from the merge code
 * (src/shared/sync/merge.ts is what is under test): per record and field, the value of the
 * accepted mutation with the highest HLC; null clears a field (a global record's centreId stays
 * null); a value that loses — an older write, or a newer one whose writer had not seen the
 * value it replaced — is kept once as a conflict, except for updatedAt, for conflicts
 * themselves, and for the personal data of an anonymized registration.
 */

export interface FieldState {
  value: unknown;
  hlc: string;
}

export interface OracleRecord {
  collection: string;
  id: string;
  centreId: string | null;
  fields: Map<string, FieldState>;
  /** The HLC of the mutation that created it: a registration's place in the queue. */
  createdHlc: string;
  /** Whom the server names in its writer fields (WRITER_FIELDS), stamped on its own clock. */
  namedWriter?: Writer;
}

export interface PredictedConflict {
  collection: string;
  recordId: string;
  centreId: string | null;
  field: string;
  lostValue: unknown;
  lostHlc: string;
  winningHlc: string;
  status: FieldState;
}

export interface OracleMutation {
  collection: string;
  id: string;
  patch: Record<string, unknown>;
  hlc: string;
  base: Record<string, string>;
}

export const recordKey = (collection: string, id: string) => `${collection}/${id.toLowerCase()}`;
export const conflictKey = (
  c: Pick<PredictedConflict, 'collection' | 'recordId' | 'field' | 'lostHlc'>,
) => `${c.collection}/${c.recordId.toLowerCase()}/${c.field}/${c.lostHlc}`;

export const FORGOTTEN: ReadonlySet<string> = new Set([...PERSONAL_FIELDS, 'consent']);

/** Who made a change is the server's to say (DESIGN.md): these fields a client cannot write. */
export const WRITER_FIELDS: Record<string, { id: string; name: string; on: 'create' | string }> = {
  comments: { id: 'authorId', name: 'authorName', on: 'create' },
  initiativeVersions: { id: 'authorId', name: 'authorName', on: 'create' },
  initiatives: { id: 'statusChangedById', name: 'statusChangedByName', on: 'status' },
};

/** The signed-in person the server names as a writer. */
export interface Writer {
  id: string;
  name: string;
}

/** The record's fields as the server would store them: cleared ones absent. */
export function dataOf(fields: ReadonlyMap<string, FieldState>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [field, { value }] of fields)
    if (value !== null || field === 'centreId') data[field] = value;
  return data;
}

export interface Outcome {
  fields: Map<string, FieldState>;
  changed: boolean;
  lost: Omit<PredictedConflict, 'centreId' | 'status' | 'collection' | 'recordId'>[];
}

/** One mutation against a record's fields, per the rules above; nothing is changed in place. */
export function outcomeOf(
  current: ReadonlyMap<string, FieldState> | undefined,
  mutation: OracleMutation,
): Outcome {
  const fields = new Map(current ?? []);
  const lost: Outcome['lost'] = [];
  let changed = false;
  for (const [field, value] of Object.entries(mutation.patch)) {
    // JSON leaves an undefined out: the server never sees that field
    if (value === undefined) continue;
    const held = fields.get(field);
    if (held && held.hlc === mutation.hlc) continue;
    if (!held || mutation.hlc > held.hlc) {
      if (held && mutation.base[field] !== held.hlc)
        lost.push({
          field,
          lostValue: held.value ?? null,
          lostHlc: held.hlc,
          winningHlc: mutation.hlc,
        });
      fields.set(field, { value, hlc: mutation.hlc });
      changed = true;
    } else lost.push({ field, lostValue: value, lostHlc: mutation.hlc, winningHlc: held.hlc });
  }
  return { fields, changed, lost };
}

function withoutFields(mutation: OracleMutation, names: string[]): OracleMutation {
  const patch = Object.fromEntries(
    Object.entries(mutation.patch).filter(([field]) => !names.includes(field)),
  );
  return { ...mutation, patch };
}

export class SyncOracle {
  readonly records = new Map<string, OracleRecord>();
  readonly conflicts = new Map<string, PredictedConflict>();
  /** HLCs of accepted deletes: a delete may keep edits it had not seen as conflicts. */
  readonly deleteHlcs = new Set<string>();
  private readonly applied = new Set<string>();

  /** A record the server wrote itself (seed): taken as it is stored. */
  adopt(
    collection: string,
    id: string,
    centreId: string | null,
    data: Record<string, unknown>,
    clocks: Record<string, string>,
  ): void {
    const fields = new Map<string, FieldState>();
    for (const [field, hlc] of Object.entries(clocks))
      fields.set(field, { value: data[field] ?? null, hlc });
    this.records.set(recordKey(collection, id), {
      collection,
      id,
      centreId,
      fields,
      createdHlc: '',
    });
  }

  get(collection: string, id: string): OracleRecord | undefined {
    return this.records.get(recordKey(collection, id));
  }

  /** An accepted mutation; the same mid twice changes nothing (the server applies it once). */
  apply(mid: string, sent: OracleMutation, centreId: string | null, by: Writer): void {
    if (this.applied.has(mid)) return;
    this.applied.add(mid);
    const writer = WRITER_FIELDS[sent.collection];
    const mutation = writer ? withoutFields(sent, [writer.id, writer.name]) : sent;
    const key = recordKey(mutation.collection, mutation.id);
    const existing = this.records.get(key);
    const { fields, changed, lost } = outcomeOf(existing?.fields, mutation);
    const named =
      writer &&
      changed &&
      (writer.on === 'create' ? !existing : fields.get(writer.on)?.hlc === mutation.hlc);
    if (changed)
      this.records.set(key, {
        collection: mutation.collection,
        id: mutation.id,
        centreId: existing?.centreId ?? centreId,
        fields,
        createdHlc: existing?.createdHlc ?? mutation.hlc,
        ...(named
          ? { namedWriter: by }
          : existing?.namedWriter
            ? { namedWriter: existing.namedWriter }
            : {}),
      });
    if (mutation.patch.deleted === true && changed) this.deleteHlcs.add(mutation.hlc);
    const anonymized =
      mutation.collection === 'registrations' && dataOf(fields).anonymized === true;
    // a person's data deleted on request: what earlier conflicts kept of it goes too
    if (anonymized && changed && existing && dataOf(existing.fields).anonymized !== true)
      for (const conflict of this.conflicts.values())
        if (
          conflict.collection === 'registrations' &&
          conflict.recordId === mutation.id &&
          FORGOTTEN.has(conflict.field)
        ) {
          conflict.lostValue = null;
          conflict.status = { value: 'dismissed', hlc: mutation.hlc };
        }
    for (const value of lost) {
      if (value.field === 'updatedAt' || mutation.collection === 'conflicts') continue;
      if (anonymized && FORGOTTEN.has(value.field)) continue;
      const conflict: PredictedConflict = {
        ...value,
        collection: mutation.collection,
        recordId: mutation.id,
        centreId: existing?.centreId ?? centreId,
        status: { value: 'open', hlc: '' },
      };
      const ck = conflictKey(conflict);
      if (!this.conflicts.has(ck)) this.conflicts.set(ck, conflict);
    }
  }

  /** A person closed a kept conflict: its status, last writer wins, and never a new conflict. */
  closeConflict(mid: string, key: string, status: unknown, hlc: string): void {
    if (this.applied.has(mid)) return;
    this.applied.add(mid);
    const conflict = this.conflicts.get(key);
    if (conflict && hlc > conflict.status.hlc) conflict.status = { value: status, hlc };
  }
}
