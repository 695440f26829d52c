import type { Attachment } from '../../shared/model/materials.ts';
import { db as appDb, type SopkaDb } from '../store/db.ts';
import { isStorageWriteError } from '../store/storage-error.ts';
import { BlobDownloadError } from './blob-download-error.ts';
import { fetchBlob, type BlobRef, type FetchBlobOptions } from './fetch-blob.ts';

/** The stored file, or undefined when it was never saved on this computer. */
export async function readBlob(sha256: string, target: SopkaDb = appDb): Promise<Blob | undefined> {
  return (await target.blobs.get(sha256))?.blob;
}

/** Hashes of every file saved on this computer (keys only: no file is read). */
export async function storedHashes(target: SopkaDb = appDb): Promise<Set<string>> {
  return new Set(await target.blobs.toCollection().primaryKeys());
}

/** Keeps `blob` under its hash; a full disk becomes a BlobDownloadError('quota'). */
export async function keepBlob(sha256: string, blob: Blob, target: SopkaDb = appDb): Promise<void> {
  try {
    await target.blobs.put({ sha256, blob });
  } catch (error) {
    if (isStorageWriteError(error)) throw new BlobDownloadError('quota');
    throw error;
  }
}

/** Downloads a file (resuming, sha256-checked) into the `blobs` table unless it is there. */
export async function saveForOffline(
  ref: BlobRef,
  options: FetchBlobOptions,
  target: SopkaDb = appDb,
): Promise<void> {
  if ((await target.blobs.where('sha256').equals(ref.sha256).count()) > 0) return;
  await keepBlob(ref.sha256, await fetchBlob(ref, options), target);
}

/** Attachments of `materials` not yet on this computer, each file once. */
export function missingAttachments(
  materials: readonly { attachments: readonly Attachment[] }[],
  stored: ReadonlySet<string>,
): Attachment[] {
  const missing = new Map<string, Attachment>();
  for (const { attachments } of materials)
    for (const attachment of attachments)
      if (!stored.has(attachment.sha256) && !missing.has(attachment.sha256))
        missing.set(attachment.sha256, attachment);
  return [...missing.values()];
}

/**
 * Saves every file in `refs` one after another; `onProgress(done, total)` counts bytes over
 * all of them. Stops at the first file that fails (the ones before it stay saved).
 */
export async function saveAllForOffline(
  refs: readonly BlobRef[],
  options: FetchBlobOptions,
  onProgress: (done: number, total: number) => void,
  target: SopkaDb = appDb,
): Promise<void> {
  const total = refs.reduce((sum, ref) => sum + ref.size, 0);
  let finished = 0;
  onProgress(0, total);
  for (const ref of refs) {
    await saveForOffline(
      ref,
      { ...options, onProgress: (received) => onProgress(finished + received, total) },
      target,
    );
    finished += ref.size;
    onProgress(finished, total);
  }
}
