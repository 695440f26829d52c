import { BlobDownloadError } from '../../blobs/blob-download-error.ts';
import { keepBlob, readBlob } from '../../blobs/offline-files.ts';
import { sha256Hex } from '../../blobs/sha256.ts';
import { uploadBlob } from '../../blobs/upload-blob.ts';
import { session } from '../../session/session-state.ts';
import { db } from '../../store/db.ts';

/** meta row: hashes of scans kept on this computer and not yet sent to the regional centre. */
const PENDING_KEY = 'pendingScanUploads';
const MAX_SIDE = 2000;

async function pending(): Promise<string[]> {
  const row = await db.meta.get(PENDING_KEY);
  return Array.isArray(row?.value) ? (row.value as string[]) : [];
}

/** A photo made smaller (longest side 2000 px, JPEG) before it is kept; other files as they are. */
export async function downscaleImage(file: Blob): Promise<Blob> {
  if (!file.type.startsWith('image/') || file.type === 'image/svg+xml') return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size < 1_000_000) return file;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const smaller = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.85),
    );
    return smaller && smaller.size < file.size ? smaller : file;
  } catch {
    return file; // not decodable here (e.g. HEIC): keep the original
  }
}

/**
 * Keeps the scan on this computer first (so nothing chosen offline is lost) and remembers it
 * for upload; returns its hash and whether it already reached the server.
 */
export async function keepScan(
  file: Blob,
): Promise<{ sha256: string; size: number; sent: boolean }> {
  const blob = await downscaleImage(file);
  const sha256 = await sha256Hex(blob);
  await keepBlob(sha256, blob);
  await db.meta.put({ key: PENDING_KEY, value: [...new Set([...(await pending()), sha256])] });
  const sent = (await sendPendingScans()).has(sha256);
  return { sha256, size: blob.size, sent };
}

/** Uploads the kept scans while there is a connection; the ones that fail stay queued. */
export async function sendPendingScans(): Promise<Set<string>> {
  const sent = new Set<string>();
  const token = session.value?.token;
  if (!token || !navigator.onLine) return sent;
  for (const sha256 of await pending()) {
    const blob = await readBlob(sha256);
    try {
      if (blob) await uploadBlob(blob, { token });
      sent.add(sha256);
    } catch (error) {
      if (!(error instanceof BlobDownloadError)) throw error;
      break; // offline or refused: try again on the next chance
    }
  }
  if (sent.size > 0) {
    const left = (await pending()).filter((sha256) => !sent.has(sha256));
    await db.meta.put({ key: PENDING_KEY, value: left });
  }
  return sent;
}
