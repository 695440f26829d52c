import { z } from 'zod';

/** One PC as the server saw it at its last sync: what the region's overview shows per centre. */
export const deviceSyncSchema = z.object({
  centreId: z.uuid().nullable(),
  userName: z.string(),
  lastSyncAt: z.string(),
  appVersion: z.string().nullable(),
  /** Changes the PC still had to send when that sync began; null: an older app that does not say. */
  unsent: z.number().int().nullable(),
});
export type DeviceSync = z.infer<typeof deviceSyncSchema>;

/** `GET /api/region/devices`: regional role only. */
export const deviceSyncsResponseSchema = z.object({
  serverTime: z.string(),
  devices: z.array(deviceSyncSchema),
});
export type DeviceSyncsResponse = z.infer<typeof deviceSyncsResponseSchema>;
