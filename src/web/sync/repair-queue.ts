import type { RepairRequest } from '../../shared/sync/protocol.ts';
import type { SopkaDb } from '../store/db.ts';
import { META, readMeta, writeMeta } from '../store/meta.ts';

export async function repairQueue(db: SopkaDb): Promise<RepairRequest[]> {
  return (await readMeta<RepairRequest[]>(db, META.repairQueue)) ?? [];
}

/** Asks the next syncs to re-pull part of the data and compare; call inside a rw transaction on meta. */
export async function enqueueRepair(db: SopkaDb, parts: readonly RepairRequest[]): Promise<void> {
  const queue = await repairQueue(db);
  for (const part of parts) {
    const same = queue.some(
      (held) => held.collection === part.collection && !held.ids && !part.ids && !held.after,
    );
    if (!same) queue.push(part);
  }
  await writeMeta(db, META.repairQueue, queue);
}

/** The head part answered: done, or continue after the last id. */
export async function advanceRepair(
  db: SopkaDb,
  after: string | null,
  done: boolean,
): Promise<void> {
  const [head, ...rest] = await repairQueue(db);
  if (!head) return;
  const queue = done || head.ids ? rest : [{ ...head, after }, ...rest];
  await writeMeta(db, META.repairQueue, queue);
  if (queue.length === 0) await writeMeta(db, META.checkDue, true);
}
