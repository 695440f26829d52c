import { db as appDb, type SopkaDb, type UploadRow } from '../store/db.ts';
import { refreshCanary } from '../store/storage-canary.ts';
import { isStorageWriteError } from '../store/storage-error.ts';
import { BlobDownloadError } from './blob-download-error.ts';
import { sha256Hex } from './sha256.ts';

export interface QueuedFile {
  sha256: string;
  name: string;
  size: number;
  mime: string;
}

/**
 * Keeps `blob` on this computer and queues it for upload, in one transaction: a file chosen
 * offline is either wholly kept and counted as unsent, or refused with a message.
 */
export async function queueUpload(
  blob: Blob,
  name: string,
  target: SopkaDb = appDb,
): Promise<QueuedFile> {
  const sha256 = await sha256Hex(blob);
  const file: QueuedFile = { sha256, name, size: blob.size, mime: blob.type };
  try {
    await target.transaction('rw', [target.blobs, target.uploads], async () => {
      await target.blobs.put({ sha256, blob });
      if (await target.uploads.get(sha256)) return;
      const row: UploadRow = { ...file, queuedAt: new Date().toISOString(), attempts: 0 };
      await target.uploads.put(row);
    });
  } catch (error) {
    if (isStorageWriteError(error)) throw new BlobDownloadError('quota');
    throw error;
  }
  await refreshCanary(target);
  return file;
}

export interface DrainOptions {
  token: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Files sent so far of `total`, and bytes of them. */
  onProgress?: (progress: UploadProgress) => void;
}

export interface UploadProgress {
  sentFiles: number;
  totalFiles: number;
  sentBytes: number;
  totalBytes: number;
}

async function put(row: UploadRow, blob: Blob, options: DrainOptions): Promise<Response> {
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  try {
    return await send(`${options.baseUrl ?? ''}/api/blobs/${row.sha256}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${options.token}`,
        'content-type': 'application/octet-stream',
      },
      body: blob,
    });
  } catch (error) {
    throw new BlobDownloadError('network', String(error));
  }
}

/**
 * Sends every queued file, oldest first, to PUT /api/blobs/:sha256 (idempotent: a file sent
 * twice after a lost answer is stored once). A file leaves the queue only once the server has
 * it; the link dropping stops the run and the rest wait for the next sync. A file the server
 * refuses for itself (too large) stays queued with its reason and does not block the others.
 * Returns the hashes sent.
 */
export async function drainUploads(
  options: DrainOptions,
  target: SopkaDb = appDb,
): Promise<Set<string>> {
  const sent = new Set<string>();
  const rows = await target.uploads.orderBy('queuedAt').toArray();
  const progress: UploadProgress = {
    sentFiles: 0,
    totalFiles: rows.length,
    sentBytes: 0,
    totalBytes: rows.reduce((sum, row) => sum + row.size, 0),
  };
  if (rows.length > 0) options.onProgress?.({ ...progress });
  for (const row of rows) {
    const blob = (await target.blobs.get(row.sha256))?.blob;
    if (!blob) {
      // nothing left to send (the bytes are gone): keep the row so the loss stays counted
      await target.uploads.update(row.sha256, { problem: 'missing' });
      continue;
    }
    const response = await put(row, blob, options);
    if (response.status === 401) throw new BlobDownloadError('unauthorized');
    if (!response.ok) {
      await target.uploads.update(row.sha256, {
        attempts: row.attempts + 1,
        problem: `HTTP ${response.status}`,
      });
      if (response.status === 413 || response.status === 400) continue;
      throw new BlobDownloadError('server', `HTTP ${response.status}`);
    }
    await target.uploads.delete(row.sha256);
    sent.add(row.sha256);
    progress.sentFiles++;
    progress.sentBytes += row.size;
    options.onProgress?.({ ...progress });
  }
  return sent;
}

/** How many files wait to be sent. */
export function pendingUploads(target: SopkaDb = appDb): Promise<number> {
  return target.uploads.count();
}
