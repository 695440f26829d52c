import { deviceSyncsResponseSchema } from '../../../shared/sync/device-syncs.ts';
import type { SopkaDb } from '../../store/db.ts';
import { META, writeMeta } from '../../store/meta.ts';

export type FetchOutcome = 'fresh' | 'offline' | 'failed';

/** Asks the server for every PC's last sync and keeps the answer, so the overview shows it offline. */
export async function refreshDeviceSyncs(
  db: SopkaDb,
  token: string,
  send: typeof fetch = (i, o) => fetch(i, o),
): Promise<FetchOutcome> {
  let response: Response;
  try {
    response = await send('/api/region/devices', {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(20_000),
    });
  } catch {
    return 'offline';
  }
  if (!response.ok) return 'failed';
  const parsed = deviceSyncsResponseSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return 'failed';
  await writeMeta(db, META.deviceSyncs, parsed.data);
  return 'fresh';
}
