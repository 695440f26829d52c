/**
 * Per-field last-writer-wins with HLCs; the same functions run on the client and the server.
 * A patch value of null clears the field.
 * Ties cannot happen between different writes: an HLC names its node and is ticked per write,
 * so an equal clock means the same write seen again, which changes nothing.
 */
export type Clocks = Record<string, string>;
export type RecordData = Record<string, unknown>;

export interface RecordState {
  data: RecordData;
  clocks: Clocks;
}

export interface PatchMutation {
  patch: RecordData;
  hlc: string;
  /** The clocks the writer held for the record when it wrote (at least the patched fields). */
  base: Clocks;
}

/** A value that lost to a concurrent write of the same field. */
export interface LostValue {
  field: string;
  lostValue: unknown;
  lostHlc: string;
  winningHlc: string;
}

export interface PatchResult {
  state: RecordState;
  lost: LostValue[];
  changed: boolean;
}

/** Fields where null is a value: a global record's centreId. */
const NULL_IS_VALUE: ReadonlySet<string> = new Set(['centreId']);

/** null in a patch clears an optional field; the clock stays so the clearing can win or lose. */
function setField(data: RecordData, field: string, value: unknown): void {
  if (value === undefined || (value === null && !NULL_IS_VALUE.has(field))) delete data[field];
  else data[field] = value;
}

export const EMPTY_STATE: RecordState = Object.freeze({ data: {}, clocks: {} }) as RecordState;

export function applyPatch(current: RecordState, mutation: PatchMutation): PatchResult {
  const data = { ...current.data };
  const clocks = { ...current.clocks };
  const lost: LostValue[] = [];
  let changed = false;
  for (const [field, value] of Object.entries(mutation.patch)) {
    const held = clocks[field];
    if (held === mutation.hlc) continue; // the same write again
    const concurrent = held !== undefined && mutation.base[field] !== held;
    const incomingWins = held === undefined || mutation.hlc > held;
    if (incomingWins) {
      if (concurrent)
        lost.push({
          field,
          lostValue: data[field] ?? null,
          lostHlc: held,
          winningHlc: mutation.hlc,
        });
      setField(data, field, value);
      clocks[field] = mutation.hlc;
      changed = true;
    } else {
      // an older write loses; kept even when not concurrent, so nothing is dropped silently
      lost.push({ field, lostValue: value, lostHlc: mutation.hlc, winningHlc: held });
    }
  }
  return { state: changed ? { data, clocks } : current, lost, changed };
}

/** Merges another replica's state field by field, higher clock wins; never records conflicts. */
export function mergeState(local: RecordState, remote: RecordState): RecordState {
  const data = { ...local.data };
  const clocks = { ...local.clocks };
  for (const [field, clock] of Object.entries(remote.clocks)) {
    const held = clocks[field];
    if (held === undefined || clock > held) {
      setField(data, field, remote.data[field] ?? null);
      clocks[field] = clock;
    }
  }
  return { data, clocks };
}

export function sameClocks(a: Clocks, b: Clocks): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
