import { MAX_MUTATIONS_PER_REQUEST, PROTOCOL_VERSION } from '../../shared/sync/protocol.ts';
import type { Mutation } from '../../shared/sync/protocol.ts';
import type { OutboxRow, SopkaDb } from '../store/db.ts';
import { META, ensureClientId, readMeta, writeMeta } from '../store/meta.ts';
import { applySyncResponse } from './apply-sync-response.ts';
import { SyncFailure } from './sync-problem.ts';
import type { SyncTransport } from './sync-transport.ts';

export interface SyncProgress {
  /** Mutations the server has answered (accepted or refused) in this run. */
  sent: number;
  /** Mutations to send in this run, growing if the person keeps editing meanwhile. */
  total: number;
  received: number;
  requests: number;
}

export interface SyncRunOptions {
  db: SopkaDb;
  transport: SyncTransport;
  /** Called after each round's transaction has committed. */
  onProgress?: (progress: SyncProgress) => void;
}

/** A fast clock is corrected once; twice more would mean the server keeps moving: stop. */
const MAX_RESTAMP_ROUNDS = 2;

const toMutation = (row: OutboxRow): Mutation => ({
  mid: row.mid,
  collection: row.collection,
  id: row.recordId,
  patch: row.patch,
  hlc: row.hlc,
  base: row.base,
});

/**
 * One sync: push the outbox in order, in batches, and pull by cursor in the same round trip,
 * looping while the server has more or the outbox is not empty.
 */
export async function runSync({
  db,
  transport,
  onProgress,
}: SyncRunOptions): Promise<SyncProgress> {
  const clientId = await db.transaction('rw', db.meta, () => ensureClientId(db));
  const progress: SyncProgress = {
    sent: 0,
    total: await db.outbox.count(),
    received: 0,
    requests: 0,
  };
  let restampRounds = 0;
  for (;;) {
    const batch = await db.outbox.orderBy('seq').limit(MAX_MUTATIONS_PER_REQUEST).toArray();
    const cursor = (await readMeta<string>(db, META.cursor)) ?? null;
    const startedAt = Date.now();
    const response = await transport({
      protocol: PROTOCOL_VERSION,
      clientId,
      cursor,
      mutations: batch.map(toMutation),
    });
    // the server's clock at the midpoint of the round trip
    const offset = response.serverTime - Math.round((startedAt + Date.now()) / 2);
    const round = await applySyncResponse(db, batch, response, offset);
    const pending = await db.outbox.count();
    progress.requests++;
    progress.sent += round.acked + round.rejected;
    progress.received += round.received;
    progress.total = Math.max(progress.total, progress.sent + pending);
    onProgress?.({ ...progress });

    if (!response.more && pending === 0) break;
    if (round.restamped > 0 && ++restampRounds > MAX_RESTAMP_ROUNDS) throw new SyncFailure('clock');
    const answered = round.acked + round.rejected + round.restamped;
    // the server answered none of a non-empty batch: looping again would send it forever
    if (batch.length > 0 && answered === 0 && !response.more)
      throw new SyncFailure('server', 'no mutation was answered');
  }
  await db.transaction('rw', db.meta, async () => {
    await writeMeta(db, META.lastSyncAt, new Date().toISOString());
    await writeMeta(db, META.lastSyncProblem, null);
  });
  return progress;
}
