import {
  apiErrorSchema,
  syncResponseSchema,
  type SyncRequest,
  type SyncResponse,
} from '../../shared/sync/protocol.ts';
import { SyncFailure } from './sync-problem.ts';

/** One round trip: a batch of mutations up, a page of changes down. */
export type SyncTransport = (request: SyncRequest) => Promise<SyncResponse>;

/**
 * Satellite links: ~600 ms round trips and a few hundred kbit/s; a full page of 1,000 changes
 * (~150 KB gzip) takes several seconds, a congested link far longer.
 */
export const SYNC_TIMEOUT_MS = 90_000;

export interface HttpTransportOptions {
  token: string;
  /** '' for the app's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** gzip with CompressionStream where the browser has it (Chrome 80+, Firefox 113+). */
export async function encodeBody(text: string): Promise<{ body: BodyInit; gzip: boolean }> {
  if (typeof CompressionStream === 'undefined') return { body: text, gzip: false };
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return { body: await new Response(stream).arrayBuffer(), gzip: true };
}

async function failureOf(response: Response): Promise<SyncFailure> {
  const parsed = apiErrorSchema.safeParse(await response.json().catch(() => null));
  const code = parsed.success ? parsed.data.error.code : undefined;
  const message = parsed.success ? parsed.data.error.message : undefined;
  if (response.status === 401) return new SyncFailure('unauthorized', message);
  if (code === 'protocol_mismatch') return new SyncFailure('outdated', message);
  if (response.status === 413) return new SyncFailure('too_large', message);
  return new SyncFailure('server', message ?? `HTTP ${response.status}`);
}

export function httpTransport(options: HttpTransportOptions): SyncTransport {
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? SYNC_TIMEOUT_MS;
  return async (request) => {
    const { body, gzip } = await encodeBody(JSON.stringify(request));
    const headers: Record<string, string> = {
      authorization: `Bearer ${options.token}`,
      'content-type': 'application/json',
    };
    if (gzip) headers['content-encoding'] = 'gzip';
    const abort = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeoutMs);
    try {
      const response = await send(`${options.baseUrl ?? ''}/api/sync`, {
        method: 'POST',
        headers,
        body,
        signal: abort.signal,
      });
      if (!response.ok) throw await failureOf(response);
      const parsed = syncResponseSchema.safeParse(await response.json());
      if (!parsed.success) throw new SyncFailure('bad_response');
      return parsed.data;
    } catch (error) {
      if (timedOut) throw new SyncFailure('timeout');
      if (error instanceof SyncFailure) throw error;
      if (error instanceof SyntaxError) throw new SyncFailure('bad_response');
      throw new SyncFailure('offline');
    } finally {
      clearTimeout(timer);
    }
  };
}
