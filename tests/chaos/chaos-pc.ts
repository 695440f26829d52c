import type { CentreKey } from '../../src/server/seed/seed-centres.ts';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import { SopkaDb } from '../../src/web/store/db.ts';
import { mutate } from '../../src/web/store/mutate.ts';
import { runSync } from '../../src/web/sync/sync-run.ts';
import { SyncFailure } from '../../src/web/sync/sync-problem.ts';
import { httpTransport } from '../../src/web/sync/sync-transport.ts';

/** One write a person made: it must end in the final state, be knowingly overwritten, or be a conflict. */
export interface Operation {
  pc: string;
  id: string;
  field: string;
  value: unknown;
  hlc: string;
  /** The clock of the value the writer saw in that field ('' for none). */
  base: string;
}

/** A library PC running the app's own client over fake-indexeddb. */
export class ChaosPc {
  readonly db: SopkaDb;
  readonly failures: Record<string, number> = {};
  syncs = 0;

  constructor(
    readonly name: string,
    readonly centre: CentreKey,
    private readonly token: string,
    private readonly baseUrl: () => string,
  ) {
    this.db = new SopkaDb(`chaos-${name}-${Date.now()}`);
  }

  get centreId(): string {
    return centreId(this.centre);
  }

  /** Writes through the app's one write path and reads back the mutation it queued. */
  async write(id: string, patch: Record<string, unknown>): Promise<Operation[]> {
    const result = await mutate('organizations', id, patch, this.db);
    if (!result.ok) throw new Error(`${this.name}: ${result.message} (${result.field})`);
    const row = await this.db.outbox.orderBy('seq').last();
    if (!row) throw new Error(`${this.name}: nothing queued`);
    return Object.keys(patch).map((field) => ({
      pc: this.name,
      id,
      field,
      value: patch[field],
      hlc: row.hlc,
      base: row.base[field] ?? '',
    }));
  }

  /** One sync as the app runs it; a broken link is counted, anything else fails the test. */
  async sync(): Promise<boolean> {
    this.syncs++;
    try {
      await runSync({
        db: this.db,
        transport: httpTransport({ token: this.token, baseUrl: this.baseUrl(), timeoutMs: 15_000 }),
      });
      return true;
    } catch (error) {
      if (!(error instanceof SyncFailure)) throw error;
      this.failures[error.kind] = (this.failures[error.kind] ?? 0) + 1;
      return false;
    }
  }

  async ownRecords(): Promise<Record<string, unknown>> {
    const rows = (await this.db.records('organizations').toArray()) as { id: string }[];
    return Object.fromEntries(rows.map((row) => [row.id, row]));
  }

  async conflicts(): Promise<Record<string, unknown>> {
    const rows = (await this.db.records('conflicts').toArray()) as { id: string }[];
    return Object.fromEntries(rows.map((row) => [row.id, row]));
  }

  close(): Promise<void> {
    return this.db.delete();
  }
}
