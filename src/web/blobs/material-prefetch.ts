import type { Attachment } from '../../shared/model/materials.ts';
import type { SopkaDb } from '../store/db.ts';
import { META, readMeta } from '../store/meta.ts';
import { BlobDownloadError } from './blob-download-error.ts';
import type { FetchBlobOptions } from './fetch-blob.ts';
import { saveForOffline, storedHashes } from './offline-files.ts';

/** 20 MB a sync: a satellite link of a few hundred kbit/s carries it in about ten minutes. */
export const DEFAULT_MATERIAL_BUDGET = 20 * 1024 * 1024;

export async function materialBudget(db: SopkaDb): Promise<number> {
  const kept = await readMeta<number>(db, META.materialBudgetBytes);
  return typeof kept === 'number' && kept >= 0 ? kept : DEFAULT_MATERIAL_BUDGET;
}

/**
 * Files of published materials not yet on this PC, in the order a sync fetches them:
 * smallest first (most files for the budget), the newer material first among equal sizes.
 */
export async function missingMaterialFiles(db: SopkaDb): Promise<Attachment[]> {
  const stored = await storedHashes(db);
  const materials = await db.records('materials').orderBy('updatedAt').reverse().toArray();
  const seen = new Set<string>();
  const files: { attachment: Attachment; order: number }[] = [];
  materials.forEach((material, order) => {
    if (material.deleted || !material.published) return;
    for (const attachment of material.attachments) {
      if (stored.has(attachment.sha256) || seen.has(attachment.sha256)) continue;
      seen.add(attachment.sha256);
      files.push({ attachment, order });
    }
  });
  files.sort((a, b) => a.attachment.size - b.attachment.size || a.order - b.order);
  return files.map(({ attachment }) => attachment);
}

export interface PrefetchResult {
  fetched: string[];
  /** Files still missing after this run (over the budget, refused or not yet on the server). */
  left: number;
}

/**
 * After the records: downloads material files within the budget, in the order above. A file
 * the server does not have (yet) is skipped; a dropped link stops the run (the next sync goes on).
 */
export async function fetchMaterialFiles(
  db: SopkaDb,
  options: FetchBlobOptions,
  budgetBytes?: number,
): Promise<PrefetchResult> {
  let budget = budgetBytes ?? (await materialBudget(db));
  const missing = await missingMaterialFiles(db);
  const fetched: string[] = [];
  for (const attachment of missing) {
    if (attachment.size > budget) break; // sorted by size: nothing after it fits either
    try {
      await saveForOffline(attachment, options, db);
    } catch (error) {
      if (error instanceof BlobDownloadError && error.code === 'not_found') continue;
      if (error instanceof BlobDownloadError && error.code === 'corrupt') continue;
      throw error;
    }
    budget -= attachment.size;
    fetched.push(attachment.sha256);
  }
  return { fetched, left: missing.length - fetched.length };
}
