import { z } from 'zod';
import '../zod-ru.ts';
import { HLC_PATTERN } from './hlc.ts';

/**
 * Sync protocol version.
 * 1 — first version: per-field LWW mutations up, changes by seq cursor down. Since extended
 *     additively (no bump; the next bump is shared with the performance work): schemaVersion,
 *     storeId, cursorAhead, the digest self-check, repair pages and the `mid_reused` refusal,
 *     which the server sends only to clients that declare a schemaVersion, and the optional
 *     `device` report (app version, unsent count) the region's overview shows.
 */
export const PROTOCOL_VERSION = 1;
export const MAX_MUTATIONS_PER_REQUEST = 500;
export const MAX_CHANGES_PER_PAGE = 1000;
/** A mutation stamped further ahead of the server's clock is rejected as `clock_ahead`. */
export const MAX_CLOCK_AHEAD_MS = 60 * 60 * 1000;

const hlc = z.string().regex(HLC_PATTERN, 'Неверная отметка времени изменения');
const fieldName = z.string().min(1).max(100);
const collectionName = z.string().min(1).max(40);
/** Records a repair page carries at most. */
export const MAX_REPAIR_RECORDS = 1000;
export const MAX_REPAIR_IDS = 200;

/**
 * The self-check: per collection, a digest of the ids and field clocks the client holds in its
 * scope (src/shared/sync/scope-digest.ts); records with refused local edits are left out on
 * both sides.
 */
export const digestRequestSchema = z.object({
  collections: z.record(collectionName, z.string().max(40)),
  exclude: z.array(z.uuid()).max(1000),
});
export type DigestRequest = z.infer<typeof digestRequestSchema>;

/** One page of a collection's records as the server holds them, by id after `after`, or the named ids. */
export const repairRequestSchema = z.object({
  collection: collectionName,
  after: z.uuid().nullable(),
  ids: z.array(z.uuid()).min(1).max(MAX_REPAIR_IDS).optional(),
});
export type RepairRequest = z.infer<typeof repairRequestSchema>;

/** The app version the PC runs and the changes it still had to send when the sync began. */
export const deviceReportSchema = z.object({
  appVersion: z.string().max(40),
  unsent: z.number().int().min(0).max(10_000_000),
});
export type DeviceReport = z.infer<typeof deviceReportSchema>;

export const mutationSchema = z.object({
  mid: z.uuid(),
  collection: z.string().min(1).max(40),
  id: z.uuid(),
  patch: z.record(fieldName, z.unknown()),
  hlc,
  base: z.record(fieldName, hlc),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const syncRequestSchema = z.object({
  protocol: z.number().int(),
  clientId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Неверный идентификатор устройства'),
  // the server's seq is a PostgreSQL bigint: a larger cursor cannot be compared with it
  cursor: z
    .string()
    .regex(/^\d{1,20}$/)
    .refine(
      (cursor) => !/^\d+$/.test(cursor) || BigInt(cursor) <= 9_223_372_036_854_775_807n,
      'Неверная позиция синхронизации',
    )
    .nullable(),
  mutations: z
    .array(mutationSchema)
    .max(MAX_MUTATIONS_PER_REQUEST, `Не больше ${MAX_MUTATIONS_PER_REQUEST} изменений за запрос`),
  /** The version of the client's local schema (its set of collections). */
  schemaVersion: z.number().int().min(1).optional(),
  digest: digestRequestSchema.optional(),
  repair: repairRequestSchema.optional(),
  /** What the device reports of itself for the region's overview; older clients send none. */
  device: deviceReportSchema.optional(),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

export const REJECTION_CODES = [
  'invalid',
  'unknown_collection',
  'forbidden',
  'wrong_centre',
  'server_owned',
  'immutable_field',
  'clock_ahead',
  'mid_reused',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export const rejectionSchema = z.object({
  mid: z.uuid(),
  code: z.enum(REJECTION_CODES),
  message: z.string(),
});
export type Rejection = z.infer<typeof rejectionSchema>;

export const changeSchema = z.object({
  collection: z.string(),
  id: z.uuid(),
  seq: z.string().regex(/^\d{1,20}$/),
  data: z.record(z.string(), z.unknown()),
  clocks: z.record(z.string(), hlc),
});
export type Change = z.infer<typeof changeSchema>;

/** `checked` false: the server could not compare now (changes were still on their way). */
export const digestResponseSchema = z.object({
  checked: z.boolean(),
  mismatched: z.array(z.string()),
});

export const repairResponseSchema = z.object({
  collection: z.string(),
  /** The records in the page's range as the server holds them; an id in `ids` it lacks is absent. */
  records: z.array(changeSchema),
  after: z.uuid().nullable(),
  done: z.boolean(),
});
export type RepairResponse = z.infer<typeof repairResponseSchema>;

export const syncResponseSchema = z.object({
  acks: z.array(z.uuid()),
  rejected: z.array(rejectionSchema),
  changes: z.array(changeSchema),
  cursor: z.string().nullable(),
  more: z.boolean(),
  serverTime: z.number().int(),
  /** When the server received the request: with serverTime, its own work is left out of the clock offset. */
  receivedAt: z.number().int().optional(),
  /** Names the server's store: another id means a new or restored store (re-pull, re-send). */
  storeId: z.string().optional(),
  /** The client's cursor is past anything this store has written: it was restored or replaced. */
  cursorAhead: z.boolean().optional(),
  digest: digestResponseSchema.optional(),
  repair: repairResponseSchema.optional(),
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;

/** The error body of every failed API call. */
export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
