import { createHash } from 'node:crypto';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import { anonymizationPatch } from '../../src/shared/domain/anonymize.ts';
import type { CollectionName } from '../../src/shared/model/registry.ts';
import type { Registration } from '../../src/shared/model/registrations.ts';
import { validatePatch, validateRecord } from '../../src/shared/model/validate.ts';
import {
  formatHlc,
  initialHlc,
  parseHlc,
  receiveHlc,
  tickHlc,
  type HlcState,
} from '../../src/shared/sync/hlc.ts';
import type { Change, Mutation } from '../../src/shared/sync/protocol.ts';
import {
  conflictKey,
  dataOf,
  FORGOTTEN,
  outcomeOf,
  recordKey,
  type FieldState,
  type SyncOracle,
} from './fuzz-oracle.ts';
import type { BrokenHow, MutationPlan, OddPlan } from './fuzz-plan.ts';
import {
  FUZZ_COLLECTIONS,
  type CollectionPlan,
  type FieldSpec,
  type FuzzWriter,
  type OddValues,
} from './fuzz-records.ts';
import {
  farOut,
  ODD_DATES,
  ODD_NUMBERS,
  oddStamps,
  textOf,
  valueVerdict,
  worst,
  type Verdict,
} from './weird-values.ts';

const HOUR = 60 * 60 * 1000;
export const TIGIL = centreId('tigil');

/** A built mutation, what a correct server must do with it, and what it means when accepted. */
export interface BuiltMutation {
  mutation: Mutation;
  verdict: Verdict;
  /** A record write, or a person closing a kept conflict (found by what was lost). */
  target: { kind: 'record'; centreId: string | null } | { kind: 'conflict'; key: string };
  what: string;
}

/** One fuzz client: its role, clock, cursor and what it has pulled (its view of the server). */
export class FuzzClient {
  hlc: HlcState;
  cursor: string | null = null;
  readonly view = new Map<
    string,
    {
      collection: string;
      id: string;
      data: Record<string, unknown>;
      clocks: Record<string, string>;
    }
  >();

  constructor(
    readonly writer: FuzzWriter,
    readonly clientId: string,
    public token: string,
  ) {
    this.hlc = initialHlc(clientId);
  }

  get centreId(): string | null {
    return this.writer === 'staff' ? TIGIL : null;
  }

  tick(): string {
    this.hlc = tickHlc(this.hlc, Date.now());
    return formatHlc(this.hlc);
  }

  /** A field held only when its clock is newer: what a client's own merge keeps. */
  hold(
    collection: string,
    id: string,
    data: Record<string, unknown>,
    clocks: Record<string, string>,
  ) {
    const key = recordKey(collection, id);
    const held = this.view.get(key) ?? { collection, id, data: {}, clocks: {} };
    for (const [field, clock] of Object.entries(clocks)) {
      if ((held.clocks[field] ?? '') >= clock) continue;
      held.clocks[field] = clock;
      if (data[field] === undefined || data[field] === null) delete held.data[field];
      else held.data[field] = data[field];
    }
    if ('centreId' in data) held.data.centreId = data.centreId;
    this.view.set(key, held);
  }

  received(changes: readonly Change[]): void {
    for (const change of changes) {
      this.hold(change.collection, change.id, change.data, change.clocks);
      for (const clock of Object.values(change.clocks))
        this.hlc = receiveHlc(this.hlc, clock, Date.now());
    }
  }

  acknowledged(mutation: Mutation): void {
    const clocks = Object.fromEntries(Object.keys(mutation.patch).map((f) => [f, mutation.hlc]));
    this.hold(mutation.collection, mutation.id, mutation.patch, clocks);
  }
}

const STAFF_COLLECTIONS: readonly CollectionName[] = [
  'organizations',
  'trainings',
  'registrations',
  'checklists',
  'initiatives',
  'comments',
  'initiativeVersions',
  'consultations',
];
const REGIONAL_CREATES: readonly CollectionName[] = [
  'centres',
  'checklistTemplates',
  'materials',
  'contests',
  'trainings',
];
/** The regional consultant also edits the centres' records: its view lags, so edits collide. */
const REGIONAL_EDITS: readonly CollectionName[] = [
  ...REGIONAL_CREATES,
  'organizations',
  'initiatives',
  'consultations',
  'checklists',
  'comments',
];

const at = <T>(list: readonly T[], n: number): T => {
  const item = list[n % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
};

/** Builds mutations from plans against the oracle's state, and says what must happen to each. */
export class FuzzModel {
  private made = 0;
  private scratch = new Map<string, Map<string, FieldState>>();
  private pendingClocks = new Map<string, Record<string, string>>();
  private untouchable = new Set<string>();

  constructor(
    private readonly oracle: SyncOracle,
    private readonly seed: number,
    private readonly palanaOrganizationId: string,
  ) {}

  /** A uuid drawn from the seed, so a replay writes the same ids. */
  uuid(): string {
    const h = createHash('sha256').update(`${this.seed}:${this.made++}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  /** A new request: what its earlier mutations did is known only once the server answers. */
  beginRequest(): void {
    this.scratch.clear();
    this.pendingClocks.clear();
    this.untouchable.clear();
  }

  private fieldsOf(collection: string, id: string): Map<string, FieldState> | undefined {
    const key = recordKey(collection, id);
    return this.scratch.get(key) ?? this.oracle.get(collection, id)?.fields;
  }

  /** Live records the client knows and may write, in the order they were created. */
  private candidates(client: FuzzClient, collection: CollectionName): string[] {
    const ids: string[] = [];
    for (const record of this.oracle.records.values()) {
      if (record.collection !== collection) continue;
      const key = recordKey(collection, record.id);
      if (this.untouchable.has(key) || !client.view.has(key)) continue;
      if (client.writer === 'staff' && record.centreId !== TIGIL) continue;
      const data = dataOf(this.fieldsOf(collection, record.id) ?? new Map());
      if (data.deleted === true || data.anonymized === true) continue;
      ids.push(record.id);
    }
    return ids;
  }

  private mutation(
    client: FuzzClient,
    collection: string,
    id: string,
    patch: Record<string, unknown>,
    hlc = client.tick(),
  ): Mutation {
    const key = recordKey(collection, id);
    const base = { ...client.view.get(key)?.clocks, ...this.pendingClocks.get(key) };
    return { mid: this.uuid(), collection, id, patch, hlc, base };
  }

  /** The verdict a correct server reaches, and the record's fields once it is applied. */
  private judge(mutation: Mutation, extra: Verdict[]): Verdict {
    const collection = mutation.collection as CollectionName;
    const patch = validatePatch(collection, mutation.patch);
    if (!patch.ok) return 'invalid';
    const current = this.fieldsOf(collection, mutation.id);
    const outcome = outcomeOf(current, { ...mutation, patch: patch.value });
    if (outcome.changed && !validateRecord(collection, dataOf(outcome.fields)).ok) return 'invalid';
    return worst([valueVerdict(mutation.patch), ...extra]);
  }

  private remember(built: BuiltMutation): BuiltMutation {
    const { mutation, verdict } = built;
    const key = recordKey(mutation.collection, mutation.id);
    if (verdict === 'either') this.untouchable.add(key);
    if (verdict !== 'valid' || built.target.kind !== 'record') return built;
    const patch = validatePatch(mutation.collection as CollectionName, mutation.patch);
    if (!patch.ok) return built;
    const outcome = outcomeOf(this.fieldsOf(mutation.collection, mutation.id), {
      ...mutation,
      patch: patch.value,
    });
    this.scratch.set(key, outcome.fields);
    const own = this.pendingClocks.get(key) ?? {};
    for (const field of Object.keys(mutation.patch)) own[field] = mutation.hlc;
    this.pendingClocks.set(key, own);
    return built;
  }

  build(client: FuzzClient, plan: MutationPlan): BuiltMutation | null {
    const built = this.planned(client, plan);
    return built && this.remember(built);
  }

  private oddValues(odd: OddPlan, max: number): OddValues {
    return {
      text: textOf(odd.text, max),
      number: at(ODD_NUMBERS, odd.number),
      date: at(ODD_DATES, odd.date),
      stamps: oddStamps(odd.stamps, Date.now()),
    };
  }

  /** The patch an odd value makes of a field, and whether its date is far out. */
  private oddPatch(spec: FieldSpec, odd: OddPlan, n: number): [Record<string, unknown>, Verdict] {
    const values = this.oddValues(odd, spec.kind === 'text' ? spec.max : 5000);
    switch (spec.kind) {
      case 'text':
        return [{ [spec.field]: values.text }, 'valid'];
      case 'number':
        return [{ [spec.field]: values.number }, 'valid'];
      case 'bool':
        return [{ [spec.field]: odd.number % 2 === 0 }, 'valid'];
      case 'date':
        return [{ [spec.field]: values.date }, farOut(values.date) ? 'either' : 'valid'];
      case 'stamps':
        return [
          { startsAt: values.stamps[0], endsAt: values.stamps[1] },
          values.stamps.some(farOut) ? 'either' : 'valid',
        ];
      case 'nested': {
        const value = spec.value(values, n);
        const dated = JSON.stringify(value).includes(values.date) && farOut(values.date);
        return [{ [spec.field]: value }, dated ? 'either' : 'valid'];
      }
    }
  }

  private stamp(hlc: string): string {
    return new Date(parseHlc(hlc).wallMs).toISOString();
  }

  private refs(client: FuzzClient) {
    return {
      centreId: client.centreId,
      now: Date.now(),
      pick: (collection: CollectionName, n: number) => {
        const ids = [...this.oracle.records.values()]
          .filter((r) => r.collection === collection && (r.centreId ?? TIGIL) === TIGIL)
          .map((r) => r.id);
        return ids.length ? at(ids, n) : undefined;
      },
    };
  }

  private planned(client: FuzzClient, plan: MutationPlan): BuiltMutation | null {
    const record = { kind: 'record' as const, centreId: client.centreId };
    switch (plan.kind) {
      case 'create': {
        const collection = at(
          client.writer === 'staff' ? STAFF_COLLECTIONS : REGIONAL_CREATES,
          plan.collection,
        );
        const spec = FUZZ_COLLECTIONS[collection] as CollectionPlan;
        const id = this.uuid();
        const hlc = client.tick();
        const fields: Record<string, unknown> = {
          ...spec.create(plan.n, this.refs(client)),
          id,
          createdAt: this.stamp(hlc),
          updatedAt: this.stamp(hlc),
        };
        let extra: Verdict = 'valid';
        if (plan.odd) {
          const [patch, verdict] = this.oddPatch(at(spec.fields, plan.field), plan.odd, plan.n);
          Object.assign(fields, patch);
          extra = verdict;
        }
        const mutation = this.mutation(client, collection, id, fields, hlc);
        return {
          mutation,
          verdict: this.judge(mutation, [extra]),
          target: record,
          what: `create ${collection}`,
        };
      }
      case 'edit':
      case 'stale-edit':
      case 'slow-edit': {
        const collection = at(
          client.writer === 'staff' ? STAFF_COLLECTIONS : REGIONAL_EDITS,
          plan.collection,
        );
        const ids = this.candidates(client, collection);
        if (ids.length === 0) return null;
        const id = at(ids, plan.pick);
        const spec = at((FUZZ_COLLECTIONS[collection] as CollectionPlan).fields, plan.field);
        const [patch, extra] = this.oddPatch(spec, plan.odd, plan.pick);
        let hlc = client.tick();
        const field = Object.keys(patch)[0] ?? '';
        const held = this.fieldsOf(collection, id)?.get(field);
        if (plan.kind === 'slow-edit') {
          if (!held) return null;
          // a PC whose clock runs behind: stamped a moment before the value it replaces
          const behind = parseHlc(held.hlc);
          hlc = formatHlc({ wallMs: behind.wallMs - 1, counter: 0, nodeId: 'fuzz-slow-pc' });
        }
        const mutation = this.mutation(
          client,
          collection,
          id,
          { ...patch, updatedAt: this.stamp(hlc) },
          hlc,
        );
        if (plan.kind === 'stale-edit') for (const f of Object.keys(patch)) delete mutation.base[f];
        return {
          mutation,
          verdict: this.judge(mutation, [extra]),
          target: record,
          what: `${plan.kind} ${collection}.${Object.keys(patch).join('+')}`,
        };
      }
      case 'delete': {
        const collection = at(
          client.writer === 'staff' ? STAFF_COLLECTIONS : REGIONAL_CREATES,
          plan.collection,
        );
        // a delete that saw everything: concurrent deletes are the chaos suite's business
        const ids = this.candidates(client, collection).filter((id) =>
          this.seenAll(client, collection, id),
        );
        if (ids.length === 0) return null;
        const id = at(ids, plan.pick);
        const hlc = client.tick();
        const mutation = this.mutation(
          client,
          collection,
          id,
          {
            deleted: true,
            updatedAt: this.stamp(hlc),
          },
          hlc,
        );
        return {
          mutation,
          verdict: this.judge(mutation, []),
          target: record,
          what: `delete ${collection}`,
        };
      }
      case 'anonymize': {
        if (client.writer !== 'staff') return null;
        const ids = this.candidates(client, 'registrations');
        if (ids.length === 0) return null;
        const id = at(ids, plan.pick);
        const current = dataOf(this.fieldsOf('registrations', id) ?? new Map()) as Registration;
        const hlc = client.tick();
        const mutation = this.mutation(
          client,
          'registrations',
          id,
          {
            ...anonymizationPatch(current),
            updatedAt: this.stamp(hlc),
          },
          hlc,
        );
        return {
          mutation,
          verdict: this.judge(mutation, []),
          target: record,
          what: 'anonymize registration',
        };
      }
      case 'close-conflict': {
        const known = [...client.view.values()].filter((held) => {
          if (held.collection !== 'conflicts') return false;
          if (client.writer === 'staff' && held.data.centreId !== TIGIL) return false;
          // the server closes what it forgot of an anonymized person itself
          if (held.data.collection === 'registrations' && FORGOTTEN.has(String(held.data.field)))
            return false;
          return this.oracle.conflicts.has(this.keyOfConflict(held.data));
        });
        if (known.length === 0) return null;
        const held = at(known, plan.pick);
        const hlc = client.tick();
        const mutation = this.mutation(
          client,
          'conflicts',
          held.id,
          {
            status: plan.status,
            updatedAt: this.stamp(hlc),
          },
          hlc,
        );
        // two people closing the same conflict on two PCs: neither saw the other's choice
        if (plan.stale) delete mutation.base.status;
        return {
          mutation,
          verdict: 'valid',
          target: { kind: 'conflict', key: this.keyOfConflict(held.data) },
          what: `close conflict ${plan.status}${plan.stale ? ' (stale)' : ''}`,
        };
      }
      case 'broken':
        return {
          mutation: this.broken(client, plan.how, plan.value),
          verdict: 'invalid',
          target: record,
          what: `broken ${plan.how}`,
        };
    }
  }

  private keyOfConflict(data: Record<string, unknown>): string {
    return conflictKey({
      collection: String(data.collection),
      recordId: String(data.recordId),
      field: String(data.field),
      lostHlc: String(data.lostHlc),
    });
  }

  /** The client holds every value the oracle knows of this record. */
  private seenAll(client: FuzzClient, collection: string, id: string): boolean {
    const key = recordKey(collection, id);
    const clocks = { ...client.view.get(key)?.clocks, ...this.pendingClocks.get(key) };
    const fields = this.fieldsOf(collection, id) ?? new Map<string, FieldState>();
    return [...fields].every(([field, state]) => clocks[field] === state.hlc);
  }

  private someId(client: FuzzClient): string {
    const ids = this.candidates(client, client.writer === 'staff' ? 'organizations' : 'centres');
    return ids.length ? at(ids, this.made) : this.uuid();
  }

  private broken(client: FuzzClient, how: BrokenHow, value: unknown): Mutation {
    const existing = this.someId(client);
    const own = client.writer === 'staff' ? 'organizations' : 'centres';
    const staffOnly = client.writer === 'staff';
    switch (how) {
      case 'unknown_collection':
        return this.mutation(client, 'vodka', this.uuid(), { name: 'Чужой раздел' });
      case 'forbidden':
        if (!staffOnly) return this.mutation(client, 'vodka\u0000', this.uuid(), { name: 'x' });
        return this.mutation(client, 'centres', this.uuid(), { name: 'Самозваный центр' });
      case 'other_centre_create':
      case 'other_centre_edit':
        if (!staffOnly)
          return this.mutation(client, 'trainings', this.uuid(), { title: 'Без центра' });
        if (how === 'other_centre_create') {
          const fields = (FUZZ_COLLECTIONS.organizations as CollectionPlan).create(1, {
            ...this.refs(client),
            centreId: centreId('palana'),
          });
          const id = this.uuid();
          const now = new Date().toISOString();
          return this.mutation(client, 'organizations', id, {
            ...fields,
            id,
            createdAt: now,
            updatedAt: now,
          });
        }
        return this.mutation(client, 'organizations', this.palanaOrganizationId, {
          notes: 'Правка из Тигиля',
        });
      case 'move_centre':
        return this.mutation(client, own, existing, { centreId: centreId('palana') });
      case 'bad_value': {
        // null clears an optional field: a valid edit, not a bad value
        const fine =
          value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
        return staffOnly
          ? this.mutation(client, own, existing, { foundersCount: fine ? 'пять' : value })
          : this.mutation(client, own, existing, {
              active: typeof value === 'boolean' ? 'да' : value,
            });
      }
      case 'too_long':
        return this.mutation(client, own, existing, {
          [staffOnly ? 'notes' : 'address']: 'я'.repeat(10_001),
        });
      case 'informal_registered': {
        const fields = (FUZZ_COLLECTIONS.organizations as CollectionPlan).create(
          4,
          this.refs(client),
        );
        const id = this.uuid();
        const now = new Date().toISOString();
        return this.mutation(client, 'organizations', id, {
          ...fields,
          centreId: TIGIL,
          legalForm: 'informal',
          status: 'registered',
          id,
          createdAt: now,
          updatedAt: now,
        });
      }
      case 'clock_ahead': {
        const ahead = formatHlc({
          wallMs: Date.now() + 2 * HOUR,
          counter: 0,
          nodeId: client.clientId,
        });
        return this.mutation(client, own, existing, { notes: 'Из будущего' }, ahead);
      }
      case 'partial_create':
        return this.mutation(client, own, this.uuid(), { notes: 'Без названия' });
      case 'server_owned': {
        const registrations = this.candidates(client, 'registrations');
        if (registrations.length)
          return this.mutation(client, 'registrations', at(registrations, this.made), {
            placement: 'confirmed',
          });
        return this.mutation(client, 'trainings', this.uuid(), { confirmedCount: 1 });
      }
      case 'conflict_value': {
        const conflict = [...client.view.values()].find((held) => held.collection === 'conflicts');
        return this.mutation(client, 'conflicts', conflict?.id ?? this.uuid(), {
          lostValue: 'подменённое значение',
        });
      }
    }
  }
}
