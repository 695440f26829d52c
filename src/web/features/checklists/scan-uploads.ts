import type { Attachment } from '../../../shared/model/materials.ts';
import { queueUpload } from '../../blobs/upload-queue.ts';
import { requestSync } from '../../sync/sync-status.ts';

const MAX_SIDE = 2000;

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
 * Keeps the scan on this computer and in the upload queue first (so nothing chosen offline is
 * lost), then asks for a sync, which sends it; returns what the step records about it.
 */
export async function keepScan(file: File | Blob): Promise<Attachment> {
  const blob = await downscaleImage(file);
  const original = 'name' in file && file.name ? file.name : 'scan';
  // a photo made smaller became JPEG: its name says so
  const name =
    blob === file || blob.type !== 'image/jpeg'
      ? original
      : original.replace(/\.[^.]+$/, '') + '.jpg';
  const queued = await queueUpload(blob, name.slice(0, 255));
  requestSync();
  return {
    sha256: queued.sha256,
    name: queued.name,
    size: queued.size,
    mime: queued.mime.slice(0, 100),
  };
}
