import { SCHEMA_VERSION, type SopkaDb } from '../store/db.ts';
import { META, readMeta, writeMeta } from '../store/meta.ts';
import { VERIFY_EVERY_MS } from './local-digest.ts';

/** Collections that still differed right after being repaired: something to report, not loop on. */
export interface VerifyProblem {
  collections: string[];
  at: string;
}

/** The self-check is due: asked for, a new schema since the last one, or a day has passed. */
export async function selfCheckDue(db: SopkaDb, now: number): Promise<boolean> {
  if ((await readMeta<boolean>(db, META.checkDue)) === true) return true;
  if ((await readMeta<number>(db, META.verifiedSchemaVersion)) !== SCHEMA_VERSION) return true;
  const at = await readMeta<string>(db, META.verifiedAt);
  return !at || now - Date.parse(at) > VERIFY_EVERY_MS;
}

/**
 * Notes a compared digest; returns the collections to repair. A second mismatch in a row
 * (the repair did not help) is recorded as a problem and waits for the next daily check.
 */
export async function recordVerification(
  db: SopkaDb,
  mismatched: readonly string[],
  at: string,
): Promise<string[]> {
  await writeMeta(db, META.verifiedSchemaVersion, SCHEMA_VERSION);
  await writeMeta(db, META.checkDue, false);
  if (mismatched.length === 0) {
    await writeMeta(db, META.verifiedAt, at);
    await writeMeta(db, META.verifyProblem, null);
    await writeMeta(db, META.repairRounds, 0);
    return [];
  }
  const rounds = (await readMeta<number>(db, META.repairRounds)) ?? 0;
  if (rounds >= 1) {
    const problem: VerifyProblem = { collections: [...mismatched], at };
    await writeMeta(db, META.verifyProblem, problem);
    await writeMeta(db, META.repairRounds, 0);
    return [];
  }
  await writeMeta(db, META.repairRounds, rounds + 1);
  return [...mismatched];
}
