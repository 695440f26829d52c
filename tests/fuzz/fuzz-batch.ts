import { randomUUID } from 'node:crypto';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import { formatHlc, initialHlc, tickHlc, type HlcState } from '../../src/shared/sync/hlc.ts';
import type { RecordState } from '../../src/shared/sync/merge.ts';
import type { Mutation } from '../../src/shared/sync/protocol.ts';
import { organizationNo } from '../server/helpers/fixtures.ts';
import type { MutationPlan } from './fuzz-plan.ts';

const HOUR = 60 * 60 * 1000;

/** A built mutation and whether a correct server must apply it. */
export interface BuiltMutation {
  mutation: Mutation;
  valid: boolean;
}

/** What the Tigil library PC believes the server holds: the valid mutations applied in order. */
export class FuzzModel {
  readonly states = new Map<string, RecordState>();
  private clock: HlcState = initialHlc('fuzz-pc');
  private made = 0;

  constructor(private readonly palanaId: string) {}

  private tick(): string {
    this.clock = tickHlc(this.clock, Date.now());
    return formatHlc(this.clock);
  }

  private someId(): string | undefined {
    const ids = [...this.states.keys()];
    return ids[this.made % Math.max(ids.length, 1)];
  }

  /** A whole new record: its data carries its own id. */
  private create(
    centre: 'tigil' | 'palana' = 'tigil',
    extra: Record<string, unknown> = {},
  ): Mutation {
    const fields = { ...organizationNo(centre, this.made), ...extra };
    return this.mutation('organizations', fields.id, fields);
  }

  /** Clocks of edits built into the request being assembled: a later edit there has seen them. */
  private readonly unsent = new Map<string, Record<string, string>>();

  /** A new request: edits of an earlier one are known only once the server acked them. */
  beginRequest(): void {
    this.unsent.clear();
  }

  private mutation(collection: string, id: string, patch: Record<string, unknown>): Mutation {
    const base: Record<string, string> = {};
    const clocks = { ...this.states.get(id)?.clocks, ...this.unsent.get(id) };
    for (const field of Object.keys(patch)) {
      const seen = clocks[field];
      if (seen) base[field] = seen;
    }
    return { mid: randomUUID(), collection, id, patch, hlc: this.tick(), base };
  }

  /** Only a valid edit reaches the server's clocks; a refused one leaves them as they were. */
  private remember(built: BuiltMutation): BuiltMutation {
    if (!built.valid) return built;
    const { id, patch, hlc } = built.mutation;
    const own = this.unsent.get(id) ?? {};
    for (const field of Object.keys(patch)) own[field] = hlc;
    this.unsent.set(id, own);
    return built;
  }

  private edit(patch: Record<string, unknown>): BuiltMutation {
    const id = this.someId();
    if (!id) return this.planned({ kind: 'create' });
    return { mutation: this.mutation('organizations', id, patch), valid: true };
  }

  build(plan: MutationPlan): BuiltMutation {
    return this.remember(this.planned(plan));
  }

  private planned(plan: MutationPlan): BuiltMutation {
    this.made++;
    switch (plan.kind) {
      case 'create':
        return { mutation: this.create(), valid: true };
      case 'edit':
        return this.edit({ [plan.field]: plan.text });
      case 'edit-count':
        return this.edit({ foundersCount: plan.count });
      case 'edit-archived':
        return this.edit({ archived: plan.archived });
      case 'broken':
        return { mutation: this.broken(plan.how, plan.value), valid: false };
    }
  }

  private broken(how: Extract<MutationPlan, { kind: 'broken' }>['how'], value: unknown): Mutation {
    const existing = this.someId() ?? randomUUID();
    switch (how) {
      case 'unknown_collection':
        return this.mutation('vodka', randomUUID(), { name: 'Чужой раздел' });
      case 'forbidden':
        return this.mutation('centres', randomUUID(), { name: 'Самозваный центр' });
      case 'other_centre_create':
        return this.create('palana');
      case 'other_centre_edit':
        return this.mutation('organizations', this.palanaId, { notes: 'Правка из Тигиля' });
      case 'move_centre':
        return this.mutation('organizations', existing, { centreId: centreId('palana') });
      case 'bad_value': {
        // null clears an optional field: a valid edit, not a bad value
        const fine =
          value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
        return this.mutation('organizations', existing, { foundersCount: fine ? 'пять' : value });
      }
      case 'too_long':
        return this.mutation('organizations', existing, { notes: 'я'.repeat(10_001) });
      case 'informal_registered':
        return this.create('tigil', { legalForm: 'informal', status: 'registered' });
      case 'clock_ahead': {
        const ahead = formatHlc({ wallMs: Date.now() + 2 * HOUR, counter: 0, nodeId: 'fuzz-pc' });
        return {
          ...this.mutation('organizations', existing, { notes: 'Из будущего' }),
          hlc: ahead,
        };
      }
      case 'partial_create':
        return this.mutation('organizations', randomUUID(), { notes: 'Без названия' });
    }
  }
}
