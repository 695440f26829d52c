/**
 * The grant draft of ТОС «Ковран» is edited on the Tigil library PC, in Palana, by the regional
 * consultant and on the kiosk, often offline for weeks. These properties guard what sync
 * promises them: every replica ends with the same draft, and no value disappears silently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatHlc,
  initialHlc,
  receiveHlc,
  tickHlc,
  type HlcState,
} from '../../../src/shared/sync/hlc.ts';
import {
  EMPTY_STATE,
  applyPatch,
  mergeState,
  type LostValue,
  type PatchMutation,
  type RecordState,
} from '../../../src/shared/sync/merge.ts';

const RUNS = { numRuns: 200 };
const MORNING = Date.parse('2026-06-01T09:00:00+12:00');
const WRITERS = [
  'tigil-pc',
  'palana-pc',
  'regional',
  'kiosk-tigil',
  'ust-hairyuzovo-pc',
  'kovran-phone',
];
const FIELDS = ['title', 'summary', 'goal', 'geography'] as const;
const VALUES = [
  'Ковран — наш дом',
  'Школа активных жителей',
  'Зарегистрировать ТОС «Ковран»',
  'с. Ковран, Тигильский район',
  '',
  null, // a person cleared the field
];

interface Draft {
  writer: number;
  /** The library PC's wall clock at the edit: may stand still or jump back. */
  wall: number;
  fields: (typeof FIELDS)[number][];
  values: number[];
  /** Which earlier clock the writer had seen per field; beyond the list means "none". */
  bases: number[];
}

const draftArb = fc.record({
  writer: fc.nat({ max: WRITERS.length - 1 }),
  wall: fc.integer({ min: MORNING - 5, max: MORNING + 5 }),
  fields: fc.subarray([...FIELDS], { minLength: 1 }),
  values: fc.array(fc.nat({ max: VALUES.length - 1 }), {
    minLength: FIELDS.length,
    maxLength: FIELDS.length,
  }),
  bases: fc.array(fc.nat({ max: 40 }), { minLength: FIELDS.length, maxLength: FIELDS.length }),
});

/** Turns drafts into mutations, ticking each writer's own clock, bases from earlier clocks. */
function toMutations(drafts: Draft[]): PatchMutation[] {
  const clocks = new Map<string, HlcState>();
  const seen: string[] = [];
  return drafts.map((d) => {
    const node = WRITERS[d.writer]!;
    const clock = tickHlc(clocks.get(node) ?? initialHlc(node), d.wall);
    clocks.set(node, clock);
    const hlc = formatHlc(clock);
    const patch: Record<string, unknown> = {};
    const base: Record<string, string> = {};
    d.fields.forEach((field, i) => {
      patch[field] = VALUES[d.values[i]!]!;
      const earlier = seen[d.bases[i]!];
      if (earlier !== undefined) base[field] = earlier;
    });
    seen.push(hlc);
    return { patch, hlc, base };
  });
}

const mutationsArb = fc.array(draftArb, { minLength: 1, maxLength: 25 }).map(toMutations);

/** One replica's delivery: every mutation in some order, some of them again (retries). */
const deliveryArb = (count: number) =>
  fc
    .tuple(
      fc.shuffledSubarray(
        Array.from({ length: count }, (_, i) => i),
        { minLength: count, maxLength: count },
      ),
      fc.array(fc.tuple(fc.nat({ max: count - 1 }), fc.nat()), { maxLength: 10 }),
    )
    .map(([order, retries]) => {
      const delivered = [...order];
      for (const [which, at] of retries) delivered.splice(at % (delivered.length + 1), 0, which);
      return delivered;
    });

function applyAll(start: RecordState, mutations: PatchMutation[]): RecordState {
  return mutations.reduce((state, mutation) => applyPatch(state, mutation).state, start);
}

/** What the draft must say: per field, the value of the latest write; a cleared field is absent. */
function latestWrites(mutations: PatchMutation[]): RecordState {
  const data: Record<string, unknown> = {};
  const clocks: Record<string, string> = {};
  for (const field of FIELDS) {
    const writes = mutations
      .filter((m) => field in m.patch)
      .sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
    const last = writes.at(-1);
    if (!last) continue;
    clocks[field] = last.hlc;
    if (last.patch[field] !== null) data[field] = last.patch[field];
  }
  return { data, clocks };
}

describe('convergence: every replica ends with the same draft', () => {
  it('2–5 replicas applying the same edits in any order, with retries, agree on data and clocks', () => {
    const world = mutationsArb.chain((mutations) =>
      fc.tuple(
        fc.constant(mutations),
        fc.array(deliveryArb(mutations.length), { minLength: 2, maxLength: 5 }),
      ),
    );
    fc.assert(
      fc.property(world, ([mutations, deliveries]) => {
        const replicas = deliveries.map((order) =>
          applyAll(
            EMPTY_STATE,
            order.map((i) => mutations[i]!),
          ),
        );
        const expected = latestWrites(mutations);
        for (const replica of replicas) expect(replica).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('an edit delivered twice changes nothing the second time', () => {
    fc.assert(
      fc.property(mutationsArb, (mutations) => {
        const once = applyAll(EMPTY_STATE, mutations);
        for (const mutation of mutations) {
          const again = applyPatch(once, mutation);
          expect(again.state).toEqual(once);
          expect(again.changed).toBe(false);
        }
      }),
      RUNS,
    );
  });
});

describe('client merge of whole states', () => {
  /** A replica that has seen some of the edits, in some order. */
  const statesArb = mutationsArb.chain((mutations) => {
    const replica = fc
      .subarray(mutations)
      .chain((subset) =>
        fc.shuffledSubarray(subset, { minLength: subset.length, maxLength: subset.length }),
      )
      .map((seen) => applyAll(EMPTY_STATE, seen));
    return fc.tuple(fc.constant(mutations), replica, replica, replica);
  });

  it('is commutative: Tigil merging Palana equals Palana merging Tigil', () => {
    fc.assert(
      fc.property(statesArb, ([, a, b]) => {
        expect(mergeState(a, b)).toEqual(mergeState(b, a));
      }),
      RUNS,
    );
  });

  it('is associative: the order of pulling from three replicas does not matter', () => {
    fc.assert(
      fc.property(statesArb, ([, a, b, c]) => {
        expect(mergeState(mergeState(a, b), c)).toEqual(mergeState(a, mergeState(b, c)));
      }),
      RUNS,
    );
  });

  it('is idempotent: pulling the same state twice changes nothing', () => {
    fc.assert(
      fc.property(statesArb, ([, a, b]) => {
        expect(mergeState(a, a)).toEqual(a);
        const once = mergeState(a, b);
        expect(mergeState(once, b)).toEqual(once);
        expect(mergeState(EMPTY_STATE, a)).toEqual(a);
      }),
      RUNS,
    );
  });

  it('edits split between replicas and merged equal all edits applied in one place', () => {
    const split = mutationsArb.chain((mutations) =>
      fc.tuple(
        fc.constant(mutations),
        fc.array(fc.nat({ max: 3 }), { minLength: mutations.length, maxLength: mutations.length }),
      ),
    );
    fc.assert(
      fc.property(split, ([mutations, owner]) => {
        const replicas = [0, 1, 2, 3].map((r) =>
          applyAll(
            EMPTY_STATE,
            mutations.filter((_, i) => owner[i] === r),
          ),
        );
        const merged = replicas.reduce(mergeState, EMPTY_STATE);
        expect(merged).toEqual(applyAll(EMPTY_STATE, mutations));
      }),
      RUNS,
    );
  });

  it('a cleared field stays cleared after merging an older state that still has the text', () => {
    const older = applyAll(EMPTY_STATE, toMutations([draft(0, MORNING, 'goal', 2)]));
    const clearing = toMutations([
      draft(0, MORNING, 'goal', 2),
      draft(1, MORNING + 1, 'goal', 5),
    ])[1]!;
    const cleared = applyPatch(older, clearing).state;
    expect(cleared.data).not.toHaveProperty('goal');
    expect(mergeState(cleared, older)).toEqual(cleared);
    expect(mergeState(older, cleared)).toEqual(cleared);
  });
});

function draft(writer: number, wall: number, field: (typeof FIELDS)[number], value: number): Draft {
  return { writer, wall, fields: [field], values: [value, 0, 0, 0], bases: [99, 99, 99, 99] };
}

/** The server keeps one conflict record per lost write: its id is derived from (field, lostHlc). */
function collectConflicts(records: Map<string, LostValue>, lost: LostValue[]): void {
  for (const value of lost) {
    const id = `${value.field}|${value.lostHlc}`;
    if (!records.has(id)) records.set(id, value);
  }
}

describe('concurrent edits of the same field on the server', () => {
  const INITIAL = formatHlc({ wallMs: MORNING, counter: 0, nodeId: 'regional' });
  const created: PatchMutation = {
    patch: { summary: 'Обучаем жителей села Ковран создавать ТОС.' },
    hlc: INITIAL,
    base: {},
  };

  /** N writers who all saw the created draft and then rewrote the summary, each offline. */
  const rivalsArb = fc
    .tuple(
      fc.shuffledSubarray(WRITERS, { minLength: 2, maxLength: 6 }),
      fc.array(fc.integer({ min: MORNING - 2, max: MORNING + 3 }), { minLength: 6, maxLength: 6 }),
    )
    .map(([writers, walls]) =>
      writers.map((node, i): PatchMutation => {
        const seen = receiveHlc(initialHlc(node), INITIAL, walls[i]! - 1);
        return {
          patch: { summary: `Описание от ${node}` },
          hlc: formatHlc(tickHlc(seen, walls[i]!)),
          base: { summary: INITIAL },
        };
      }),
    )
    .chain((rivals) => fc.tuple(fc.constant(rivals), deliveryArb(rivals.length)));

  it('every losing summary is kept in exactly one conflict; the latest one wins', () => {
    fc.assert(
      fc.property(rivalsArb, ([rivals, order]) => {
        let state = applyPatch(EMPTY_STATE, created).state;
        const conflicts = new Map<string, LostValue>();
        for (const i of order) {
          const result = applyPatch(state, rivals[i]!);
          state = result.state;
          collectConflicts(conflicts, result.lost);
        }
        const byClock = [...rivals].sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
        const winner = byClock.at(-1)!;
        const losers = byClock.slice(0, -1);

        expect(state.data).toEqual({ summary: winner.patch.summary });
        expect(state.clocks).toEqual({ summary: winner.hlc });
        const records = [...conflicts.values()];
        for (const loser of losers) {
          const kept = records.filter((r) => r.lostValue === loser.patch.summary);
          expect(kept).toHaveLength(1);
          expect(kept[0]).toMatchObject({ field: 'summary', lostHlc: loser.hlc });
          expect(kept[0]!.winningHlc > loser.hlc).toBe(true);
        }
        expect(records.some((r) => r.lostValue === winner.patch.summary)).toBe(false);
        expect(records.some((r) => r.lostHlc === winner.hlc)).toBe(false);
        // The value they all started from was replaced knowingly: it is not a conflict.
        expect(records.some((r) => r.lostHlc === INITIAL)).toBe(false);
        expect(records).toHaveLength(losers.length);
      }),
      RUNS,
    );
  });

  it('concurrent edits of different fields keep both values and raise no conflict', () => {
    const goalSet = formatHlc({ wallMs: MORNING, counter: 1, nodeId: 'regional' });
    const twoWriters = fc
      .tuple(
        fc.integer({ min: MORNING - 2, max: MORNING + 2 }),
        fc.integer({ min: MORNING - 2, max: MORNING + 2 }),
        fc.boolean(),
      )
      .map(([tigilWall, palanaWall, tigilFirst]) => {
        const tigil: PatchMutation = {
          patch: { summary: 'Школа активных жителей Коврана' },
          hlc: formatHlc(
            tickHlc(receiveHlc(initialHlc('tigil-pc'), goalSet, tigilWall), tigilWall),
          ),
          base: { summary: INITIAL },
        };
        const palana: PatchMutation = {
          patch: { goal: 'Зарегистрировать ТОС до конца года' },
          hlc: formatHlc(
            tickHlc(receiveHlc(initialHlc('palana-pc'), goalSet, palanaWall), palanaWall),
          ),
          base: { goal: goalSet },
        };
        return tigilFirst ? [tigil, palana] : [palana, tigil];
      });
    fc.assert(
      fc.property(twoWriters, (edits) => {
        let state = applyPatch(EMPTY_STATE, created).state;
        state = applyPatch(state, {
          patch: { goal: 'Черновик цели' },
          hlc: goalSet,
          base: {},
        }).state;
        const lost: LostValue[] = [];
        for (const edit of edits) {
          const result = applyPatch(state, edit);
          state = result.state;
          lost.push(...result.lost);
        }
        expect(lost).toEqual([]);
        expect(state.data).toEqual({
          summary: 'Школа активных жителей Коврана',
          goal: 'Зарегистрировать ТОС до конца года',
        });
      }),
      RUNS,
    );
  });

  it('the consultant’s later edit wins over the library’s, and the library text is kept', () => {
    let state = applyPatch(EMPTY_STATE, created).state;
    const library: PatchMutation = {
      patch: { summary: 'Текст библиотекаря' },
      hlc: formatHlc({ wallMs: MORNING + 10, counter: 0, nodeId: 'tigil-pc' }),
      base: { summary: INITIAL },
    };
    const consultant: PatchMutation = {
      patch: { summary: 'Текст консультанта' },
      hlc: formatHlc({ wallMs: MORNING + 20, counter: 0, nodeId: 'regional' }),
      base: { summary: INITIAL },
    };
    // The consultant syncs first; the library's older edit arrives days later over the satellite.
    state = applyPatch(state, consultant).state;
    const late = applyPatch(state, library);
    expect(late.state.data).toEqual({ summary: 'Текст консультанта' });
    expect(late.lost).toEqual([
      {
        field: 'summary',
        lostValue: 'Текст библиотекаря',
        lostHlc: library.hlc,
        winningHlc: consultant.hlc,
      },
    ]);
  });

  it('a concurrent clearing that wins keeps the text it erased', () => {
    let state = applyPatch(EMPTY_STATE, created).state;
    const edit: PatchMutation = {
      patch: { summary: 'Уточнённое описание' },
      hlc: formatHlc({ wallMs: MORNING + 10, counter: 0, nodeId: 'tigil-pc' }),
      base: { summary: INITIAL },
    };
    const clearing: PatchMutation = {
      patch: { summary: null },
      hlc: formatHlc({ wallMs: MORNING + 20, counter: 0, nodeId: 'palana-pc' }),
      base: { summary: INITIAL },
    };
    state = applyPatch(state, edit).state;
    const result = applyPatch(state, clearing);
    expect(result.state.data).toEqual({});
    expect(result.lost).toEqual([
      {
        field: 'summary',
        lostValue: 'Уточнённое описание',
        lostHlc: edit.hlc,
        winningHlc: clearing.hlc,
      },
    ]);
  });
});

describe('sequential edits', () => {
  it('an edit made on top of the current value never raises a conflict', () => {
    const edits = fc.array(draftArb, { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(edits, fc.boolean(), (drafts, retry) => {
        let server: RecordState = EMPTY_STATE;
        const clocks = new Map<string, HlcState>();
        for (const d of drafts) {
          // The writer pulls the current draft (receiving its clocks), then edits it.
          const node = WRITERS[d.writer]!;
          let clock = clocks.get(node) ?? initialHlc(node);
          for (const seen of Object.values(server.clocks)) clock = receiveHlc(clock, seen, d.wall);
          clock = tickHlc(clock, d.wall);
          clocks.set(node, clock);
          const patch: Record<string, unknown> = {};
          const base: Record<string, string> = {};
          d.fields.forEach((field, i) => {
            patch[field] = VALUES[d.values[i]!]!;
            const held = server.clocks[field];
            if (held !== undefined) base[field] = held;
          });
          const mutation = { patch, hlc: formatHlc(clock), base };
          const result = applyPatch(server, mutation);
          expect(result.lost).toEqual([]);
          expect(result.changed).toBe(true);
          server = result.state;
          for (const field of d.fields) expect(server.clocks[field]).toBe(mutation.hlc);
          if (retry)
            expect(applyPatch(server, mutation)).toMatchObject({ lost: [], changed: false });
        }
      }),
      RUNS,
    );
  });

  it('an edit stamped behind the current value loses but is kept, not dropped silently', () => {
    const current = applyPatch(EMPTY_STATE, {
      patch: { title: 'Ковран — наш дом' },
      hlc: formatHlc({ wallMs: MORNING + 60_000, counter: 0, nodeId: 'regional' }),
      base: {},
    }).state;
    // A PC whose clock lags saw the current title yet stamps its edit earlier.
    const lagging: PatchMutation = {
      patch: { title: 'Школа активных жителей' },
      hlc: formatHlc({ wallMs: MORNING, counter: 0, nodeId: 'kovran-phone' }),
      base: { title: current.clocks.title! },
    };
    const result = applyPatch(current, lagging);
    expect(result.state.data).toEqual({ title: 'Ковран — наш дом' });
    expect(result.lost).toEqual([
      {
        field: 'title',
        lostValue: 'Школа активных жителей',
        lostHlc: lagging.hlc,
        winningHlc: current.clocks.title,
      },
    ]);
  });

  it('a global record keeps centreId null through patch and state merge', () => {
    const created = applyPatch(EMPTY_STATE, {
      patch: { centreId: null, title: 'Как выбрать форму НКО' },
      hlc: formatHlc({ wallMs: MORNING, counter: 0, nodeId: 'regional' }),
      base: {},
    }).state;
    expect(created.data).toEqual({ centreId: null, title: 'Как выбрать форму НКО' });
    expect(mergeState(EMPTY_STATE, created).data).toEqual(created.data);
  });

  it('the first write of a field that nobody has written yet is not a conflict', () => {
    const result = applyPatch(EMPTY_STATE, {
      patch: { title: 'Ковран — наш дом' },
      hlc: formatHlc({ wallMs: MORNING, counter: 0, nodeId: 'tigil-pc' }),
      base: {},
    });
    expect(result.lost).toEqual([]);
    expect(result.state.data).toEqual({ title: 'Ковран — наш дом' });
  });
});
