import { db as appDb, type SopkaDb } from '../store/db.ts';
import { BlobDownloadError } from './blob-download-error.ts';
import { keepBlob } from './offline-files.ts';
import { sha256Hex } from './sha256.ts';

export interface UploadOptions {
  token: string;
  baseUrl?: string;
  fetch?: typeof fetch;
}

/**
 * Sends a file to PUT /api/blobs/:sha256 (the server checks the hash; sending twice is
 * harmless) and keeps it on this computer too, so its author can open it offline.
 */
export async function uploadBlob(
  file: Blob,
  options: UploadOptions,
  target: SopkaDb = appDb,
): Promise<{ sha256: string; size: number }> {
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  const sha256 = await sha256Hex(file);
  let response: Response;
  try {
    response = await send(`${options.baseUrl ?? ''}/api/blobs/${sha256}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${options.token}`,
        'content-type': 'application/octet-stream',
      },
      body: file,
    });
  } catch (error) {
    throw new BlobDownloadError('network', String(error));
  }
  if (response.status === 401) throw new BlobDownloadError('unauthorized');
  if (response.status === 413) throw new BlobDownloadError('too_large');
  if (!response.ok) throw new BlobDownloadError('server', `HTTP ${response.status}`);
  await keepBlob(sha256, file, target);
  return { sha256, size: file.size };
}
