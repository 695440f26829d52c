import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readStoreId, renewStoreId } from './store-identity.ts';
import type { SqlRunner } from './store.ts';

/**
 * A store restored from an older backup keeps the id it had then, and new writes soon carry
 * its seq past the PCs' cursors, hiding from them what it lost. So the server notes, in a file
 * beside its data (outside the database), the highest seq it has seen; a store found below it
 * at start went back in time and gets a new id: every PC re-pulls and re-sends what it lacks.
 */
interface Watermark {
  storeId: string;
  seq: string;
}

async function highestSeq(db: SqlRunner): Promise<string> {
  const rows = await db.query<{ seq: string }>(
    `select coalesce(max(seq), 0)::text as seq from records`,
  );
  return rows[0]?.seq ?? '0';
}

async function readWatermark(file: string): Promise<Watermark | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Watermark;
  } catch {
    return undefined;
  }
}

/** Writes the store's id and highest seq, atomically. */
export async function noteWatermark(db: SqlRunner, file: string): Promise<void> {
  const mark: Watermark = { storeId: await readStoreId(db), seq: await highestSeq(db) };
  const temp = `${file}.tmp`;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(temp, JSON.stringify(mark));
  await rename(temp, file);
}

/** At start: true (and a new store id) when the store is behind what this server saw. */
export async function renewIfRestored(db: SqlRunner, file: string): Promise<boolean> {
  const mark = await readWatermark(file);
  const storeId = await readStoreId(db);
  const restored = mark?.storeId === storeId && BigInt(await highestSeq(db)) < BigInt(mark.seq);
  if (restored) await renewStoreId(db);
  await noteWatermark(db, file);
  return restored;
}
