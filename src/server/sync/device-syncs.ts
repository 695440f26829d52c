import type { DeviceSync } from '../../shared/sync/device-syncs.ts';
import type { DeviceReport } from '../../shared/sync/protocol.ts';
import type { User } from '../auth/users.ts';
import type { SqlRunner } from '../store/store.ts';

/** Notes a sync of the device: when, as whom, and what it reported (kept from before when it says nothing). */
export async function recordDeviceSync(
  db: SqlRunner,
  user: User,
  clientId: string,
  device: DeviceReport | undefined,
): Promise<void> {
  await db.query(
    `insert into device_syncs (client_id, user_id, centre_id, last_sync_at, app_version, unsent)
     values ($1, $2, $3, now(), $4, $5)
     on conflict (client_id) do update set user_id = excluded.user_id,
       centre_id = excluded.centre_id, last_sync_at = excluded.last_sync_at,
       app_version = coalesce(excluded.app_version, device_syncs.app_version),
       unsent = case when $6 then excluded.unsent else device_syncs.unsent end`,
    [
      clientId,
      user.id,
      user.centreId,
      device?.appVersion ?? null,
      device?.unsent ?? null,
      device !== undefined,
    ],
  );
}

/** Every device that ever synced, most recent first, named by the person signed in on it. */
export async function listDeviceSyncs(db: SqlRunner): Promise<DeviceSync[]> {
  const rows = await db.query<Omit<DeviceSync, 'lastSyncAt'> & { lastSyncAt: Date | string }>(
    `select d.centre_id::text as "centreId", u.display_name as "userName",
       d.last_sync_at as "lastSyncAt", d.app_version as "appVersion", d.unsent
     from device_syncs d join users u on u.id = d.user_id
     order by d.last_sync_at desc`,
  );
  return rows.map((row) => ({ ...row, lastSyncAt: new Date(row.lastSyncAt).toISOString() }));
}
