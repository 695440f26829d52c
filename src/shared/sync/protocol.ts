import { z } from 'zod';
import '../zod-ru.ts';
import { HLC_PATTERN } from './hlc.ts';

/**
 * Sync protocol version.
 * 1 — first version: per-field LWW mutations up, changes by seq cursor down.
 */
export const PROTOCOL_VERSION = 1;
export const MAX_MUTATIONS_PER_REQUEST = 500;
export const MAX_CHANGES_PER_PAGE = 1000;
/** A mutation stamped further ahead of the server's clock is rejected as `clock_ahead`. */
export const MAX_CLOCK_AHEAD_MS = 60 * 60 * 1000;

const hlc = z.string().regex(HLC_PATTERN, 'Неверная отметка времени изменения');
const fieldName = z.string().min(1).max(100);

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
  cursor: z
    .string()
    .regex(/^\d{1,20}$/)
    .nullable(),
  mutations: z
    .array(mutationSchema)
    .max(MAX_MUTATIONS_PER_REQUEST, `Не больше ${MAX_MUTATIONS_PER_REQUEST} изменений за запрос`),
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

export const syncResponseSchema = z.object({
  acks: z.array(z.uuid()),
  rejected: z.array(rejectionSchema),
  changes: z.array(changeSchema),
  cursor: z.string().nullable(),
  more: z.boolean(),
  serverTime: z.number().int(),
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;

/** The error body of every failed API call. */
export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
