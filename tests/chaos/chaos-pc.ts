import type { CentreKey } from '../../src/server/seed/seed-centres.ts';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import type { CollectionName } from '../../src/shared/model/registry.ts';
import type { Mutation } from '../../src/shared/sync/protocol.ts';
import { SopkaDb } from '../../src/web/store/db.ts';
import { mutate, type MutateResult } from '../../src/web/store/mutate.ts';
import { discardRejected } from '../../src/web/sync/discard-rejected.ts';
import { runSync } from '../../src/web/sync/sync-run.ts';
import { SyncFailure } from '../../src/web/sync/sync-problem.ts';
import { httpTransport, type SyncTransport } from '../../src/web/sync/sync-transport.ts';
import { onPcClock } from './pc-clock.ts';

/** A mutation as the server acknowledged it: after any re-stamping, the version it applied. */
export interface AppliedMutation extends Mutation {
  pc: string;
  /** How many times the server had been killed when this was acknowledged. */
  epoch: number;
}

export interface Refusal {
  pc: string;
  code: string;
  message: string;
  mutation: Mutation;
}

const sent0 = (request: { mutations: Mutation[] }, mid: string) =>
  request.mutations.find((m) => m.mid === mid)?.id.slice(0, 8) ?? '?';

/** A library PC running the app's own client (mutate, runSync, httpTransport) over fake-indexeddb. */
export class ChaosPc {
  readonly db: SopkaDb;
  readonly failures: Record<string, number> = {};
  syncs = 0;
  /** The server's lives so far: bumped by the test at every kill. */
  epoch = 0;
  /** Its clock's error now; Date.now() runs this far off while the PC acts or syncs. */
  skew = 0;
  /** Every mutation a person's action queued, by mid, with what the person did. */
  readonly writes = new Map<string, { collection: string; id: string; action: string }>();
  readonly applied = new Map<string, AppliedMutation>();
  readonly refusals = new Map<string, Refusal>();
  clockAheadRefusals = 0;
  discarded = 0;
  /** Edits the app itself refused to save: a person saw an error for an ordinary action. */
  readonly localRefusals: string[] = [];

  constructor(
    readonly name: string,
    readonly centre: CentreKey,
    private readonly token: string,
    private readonly baseUrl: () => string,
  ) {
    this.db = new SopkaDb(`chaos-${name}-${Math.random().toString(36).slice(2)}`);
  }

  get centreId(): string {
    return centreId(this.centre);
  }

  /** The app's transport, watched: what the server acked or refused is noted on the way back. */
  private transport(): SyncTransport {
    const send = httpTransport({ token: this.token, baseUrl: this.baseUrl(), timeoutMs: 15_000 });
    return async (request) => {
      const response = await send(request);
      if (process.env.CHAOS_DEBUG)
        process.stdout.write(
          `[${Math.round(performance.now())}] ${this.name} sent ${request.mutations.length} (${request.mutations.map((m) => m.id.slice(0, 8)).join(',')}) acks ${response.acks.length} refused ${response.rejected.map((r) => `${r.code}:${sent0(request, r.mid)}`).join(',')} changes ${response.changes.length}\n`,
        );
      const sent = new Map(request.mutations.map((m) => [m.mid, m]));
      for (const mid of response.acks) {
        const mutation = sent.get(mid);
        if (mutation && !this.applied.has(mid))
          this.applied.set(mid, { ...mutation, pc: this.name, epoch: this.epoch });
      }
      for (const refusal of response.rejected) {
        const mutation = sent.get(refusal.mid);
        if (!mutation) continue;
        if (refusal.code === 'clock_ahead') this.clockAheadRefusals++;
        else this.refusals.set(refusal.mid, { pc: this.name, ...refusal, mutation });
      }
      return response;
    };
  }

  /** A person's action at this PC's clock; the mutations it queued are noted by mid. */
  async act<T>(action: string, work: () => Promise<T>): Promise<T> {
    return onPcClock(this.skew, async () => {
      const last = (await this.db.outbox.orderBy('seq').last())?.seq ?? 0;
      const result = await work();
      const queued = await this.db.outbox.where('seq').above(last).toArray();
      for (const row of queued)
        this.writes.set(row.mid, { collection: row.collection, id: row.recordId, action });
      return result;
    });
  }

  /** One write through the app's one write path, as a person's click makes it. */
  async write<C extends CollectionName>(
    action: string,
    collection: C,
    id: string,
    patch: Record<string, unknown>,
  ): Promise<MutateResult<C>> {
    const result = await this.act(action, () => mutate(collection, id, patch, this.db));
    if (!result.ok)
      this.localRefusals.push(
        `${collection}/${id} ${action} ${JSON.stringify(patch).slice(0, 80)}: «${result.message}» (${result.field ?? ''})`,
      );
    return result;
  }

  /** One sync as the app runs it; a broken link is counted, anything else fails the test. */
  async sync(): Promise<boolean> {
    this.syncs++;
    return onPcClock(this.skew, async () => {
      try {
        await runSync({ db: this.db, transport: this.transport() });
        return true;
      } catch (error) {
        if (!(error instanceof SyncFailure)) throw error;
        this.failures[error.kind] = (this.failures[error.kind] ?? 0) + 1;
        return false;
      }
    });
  }

  /** A person sees the refused changes and discards them, as the sync screen offers. */
  async discardRefused(): Promise<void> {
    for (const row of await this.db.rejected.toArray()) {
      await discardRejected(this.db, row.mid);
      this.discarded++;
    }
  }

  async rows(collection: CollectionName): Promise<Record<string, unknown>[]> {
    return (await this.db.records(collection).toArray()) as Record<string, unknown>[];
  }

  /** Live records of this PC's centre, oldest id first: what its lists show. */
  async live(collection: CollectionName): Promise<Record<string, unknown>[]> {
    const rows = await this.rows(collection);
    return rows
      .filter((row) => row.centreId === this.centreId && row.deleted !== true)
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }

  close(): Promise<void> {
    return this.db.delete();
  }
}
