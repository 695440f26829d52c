import { fetchMaterialFiles } from '../blobs/material-prefetch.ts';
import { drainUploads, type UploadProgress } from '../blobs/upload-queue.ts';
import type { SopkaDb } from '../store/db.ts';

export interface FileSyncOptions {
  db: SopkaDb;
  token: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  onProgress?: (progress: UploadProgress) => void;
}

/**
 * The step after the records: the queued files go up (every one of them, whichever screen
 * queued it), then material files come down within the centre's budget.
 */
export async function syncFiles(options: FileSyncOptions): Promise<void> {
  const { db, token } = options;
  const transport = {
    token,
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  await drainUploads(
    { ...transport, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
    db,
  );
  await fetchMaterialFiles(db, transport);
}
