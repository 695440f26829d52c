import { MAX_MUTATIONS_PER_REQUEST, PROTOCOL_VERSION } from '../../shared/sync/protocol.ts';
import type { Mutation, SyncRequest, SyncResponse } from '../../shared/sync/protocol.ts';
import type { Reader } from '../../shared/sync/scope.ts';
import { SCHEMA_VERSION, db as appDb, type OutboxRow, type SopkaDb } from '../store/db.ts';
import { clockOffsetMs } from '../store/corrected-now.ts';
import { META, ensureClientId, readMeta, writeMeta } from '../store/meta.ts';
import { APP_VERSION } from '../app-version.ts';
import { applySyncResponse } from './apply-sync-response.ts';
import { localDigest } from './local-digest.ts';
import { repairQueue } from './repair-queue.ts';
import { SyncFailure } from './sync-problem.ts';
import type { SyncTransport } from './sync-transport.ts';
import { selfCheckDue } from './verification.ts';

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
/** Self-checks the server could not compare yet (changes kept arriving) before trying next sync. */
const MAX_DIGEST_TRIES = 3;

const toMutation = (row: OutboxRow): Mutation => ({
  mid: row.mid,
  collection: row.collection,
  id: row.recordId,
  patch: row.patch,
  hlc: row.hlc,
  base: row.base,
});

/** The server's clock minus ours, as NTP reckons it: the server's own work time left out. */
function clockOffset(sentAt: number, answeredAt: number, response: SyncResponse): number {
  const receivedAt = response.receivedAt ?? response.serverTime;
  return Math.round((receivedAt - sentAt + (response.serverTime - answeredAt)) / 2);
}

async function signedInReader(db: SopkaDb): Promise<Reader | undefined> {
  const session = await db.session.get('current');
  return session ? { role: session.role, centreId: session.centreId } : undefined;
}

/** Now by the server's clock, as the last sync measured it: verifiedAt is stamped by it. */
async function serverNow(db: SopkaDb): Promise<number> {
  return Date.now() + ((await readMeta<number>(db, META.clockOffsetMs)) ?? 0);
}

/** The repair part or the self-check to ask for with this round, once nothing is left to send. */
async function checksFor(
  db: SopkaDb,
  batch: readonly OutboxRow[],
  reader: Reader | undefined,
  digestTries: number,
): Promise<Pick<SyncRequest, 'repair' | 'digest'>> {
  if (batch.length > 0 || !reader) return {};
  const [repair] = await repairQueue(db);
  if (repair) return { repair };
  if (digestTries >= MAX_DIGEST_TRIES || !(await selfCheckDue(db, await serverNow(db)))) return {};
  const digest = await localDigest(db, reader);
  return digest.exclude.length <= 1000 ? { digest } : {};
}

/**
 * One sync: push the outbox in order, in batches, and pull by cursor in the same round trip,
 * looping while the server has more, the outbox is not empty, a repair is under way or the
 * self-check waits to be compared.
 */
export async function runSync({
  db,
  transport,
  onProgress,
}: SyncRunOptions): Promise<SyncProgress> {
  const progress: SyncProgress = {
    sent: 0,
    total: await db.outbox.count(),
    received: 0,
    requests: 0,
  };
  const reader = await signedInReader(db);
  let restampRounds = 0;
  let digestTries = 0;
  let lastOffset = 0;
  for (;;) {
    // read each round: a refused, reused mutation id gives this PC a new identity
    const clientId = await db.transaction('rw', db.meta, () => ensureClientId(db));
    const batch = await db.transaction('rw', db.outbox, async () => {
      const rows = await db.outbox.orderBy('seq').limit(MAX_MUTATIONS_PER_REQUEST).toArray();
      // from here on the server may have it: a later write must not change it under its id
      const fresh = rows.filter((row) => row.unsent).map((row) => row.seq!);
      if (fresh.length)
        await db.outbox
          .where('seq')
          .anyOf(fresh)
          .modify((row) => {
            delete row.unsent;
          });
      return rows.map(({ unsent: _unsent, ...row }) => row);
    });
    const cursor = (await readMeta<string>(db, META.cursor)) ?? null;
    const checks = await checksFor(db, batch, reader, digestTries);
    // what stays unsent once this request is through: the region sees it at the PC's last sync
    const pendingNow = (await db.outbox.count()) - batch.length + (await db.uploads.count());
    if (checks.digest) digestTries++;
    const startedAt = Date.now();
    const response = await transport({
      protocol: PROTOCOL_VERSION,
      clientId,
      cursor,
      mutations: batch.map(toMutation),
      schemaVersion: SCHEMA_VERSION,
      device: { appVersion: APP_VERSION, unsent: pendingNow },
      ...checks,
    });
    const offset = clockOffset(startedAt, Date.now(), response);
    lastOffset = offset;
    const round = await applySyncResponse(db, checks, batch, response, offset, reader ?? null);
    if (db === appDb) clockOffsetMs.value = offset; // in memory only after the commit
    const pending = await db.outbox.count();
    progress.requests++;
    progress.sent += round.acked + round.rejected;
    progress.received += round.received;
    progress.total = Math.max(progress.total, progress.sent + pending);
    onProgress?.({ ...progress });

    // the self-check rides on a round with nothing to send; it costs a round of its own only
    // when changes were still arriving as it was compared
    const repairing = (await repairQueue(db)).length > 0;
    const digestWaits = checks.digest !== undefined && response.digest?.checked === false;
    if (!response.more && pending === 0 && !round.resync && !repairing && !digestWaits) break;
    if (round.restamped > 0 && ++restampRounds > MAX_RESTAMP_ROUNDS) throw new SyncFailure('clock');
    const answered = round.acked + round.rejected + round.restamped + round.requeued;
    // the server answered none of a non-empty batch: looping again would send it forever
    if (batch.length > 0 && answered === 0 && !response.more)
      throw new SyncFailure('server', 'no mutation was answered');
  }
  await db.transaction('rw', db.meta, async () => {
    await writeMeta(db, META.lastSyncAt, new Date(Date.now() + lastOffset).toISOString());
    await writeMeta(db, META.lastSyncProblem, null);
  });
  return progress;
}
