import { BlobDownloadError } from './blob-download-error.ts';
import { sha256Hex } from './sha256.ts';

export interface BlobRef {
  sha256: string;
  size: number;
  mime: string;
}

export interface FetchBlobOptions {
  token: string;
  /** '' for the app's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Bytes received so far of this file. */
  onProgress?: (received: number) => void;
  signal?: AbortSignal;
  /** Broken streams in a row (no byte received) before giving up. */
  attempts?: number;
  retryDelayMs?: number;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** Where a 206 answer starts, from `Content-Range: bytes 100-199/1000`. */
const rangeStart = (response: Response): number | undefined => {
  const match = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '');
  return match ? Number(match[1]) : undefined;
};

function failureOf(status: number): BlobDownloadError {
  if (status === 404) return new BlobDownloadError('not_found');
  if (status === 401 || status === 403) return new BlobDownloadError('unauthorized');
  return new BlobDownloadError('server', `HTTP ${status}`);
}

/**
 * Downloads one blob from GET /api/blobs/:sha256. A stream that breaks off is resumed with
 * `Range: bytes=<received>-` (satellite links drop); the whole is checked against its sha256
 * before it is returned, so a damaged file is never kept.
 */
export async function fetchBlob(ref: BlobRef, options: FetchBlobOptions): Promise<Blob> {
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  const attempts = options.attempts ?? 5;
  const url = `${options.baseUrl ?? ''}/api/blobs/${ref.sha256}`;
  const chunks: Uint8Array[] = [];
  let received = 0;
  let failures = 0;
  for (;;) {
    const before = received;
    try {
      const headers: Record<string, string> = { authorization: `Bearer ${options.token}` };
      if (received > 0) headers.range = `bytes=${received}-`;
      const init: RequestInit = { headers, cache: 'no-store' };
      if (options.signal) init.signal = options.signal;
      const response = await send(url, init);
      if (response.status !== 200 && response.status !== 206) throw failureOf(response.status);
      if (response.status === 200 || rangeStart(response) !== received) {
        // the server sent the file from its start: drop what was kept
        chunks.length = 0;
        received = 0;
      }
      const reader = response.body?.getReader();
      if (!reader) throw new BlobDownloadError('server', 'empty body');
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        options.onProgress?.(received);
      }
      if (received >= ref.size) break;
      throw new Error(`stream ended at ${received} of ${ref.size}`);
    } catch (error) {
      if (error instanceof BlobDownloadError || options.signal?.aborted) throw error;
      failures = received > before ? 1 : failures + 1;
      // with no link, retrying only keeps the sync busy; the next sync fetches the file again
      if (failures > attempts || isOffline()) throw new BlobDownloadError('network', String(error));
      await wait((options.retryDelayMs ?? 1000) * failures);
    }
  }
  const blob = new Blob(chunks as BlobPart[], { type: ref.mime });
  if (received !== ref.size || (await sha256Hex(blob)) !== ref.sha256)
    throw new BlobDownloadError('corrupt');
  return blob;
}
