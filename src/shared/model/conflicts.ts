import { z } from 'zod';
import { baseRecordShape } from './common.ts';

export const CONFLICT_STATUSES = ['open', 'restored', 'dismissed'] as const;

/** A value lost to a concurrent edit, kept so a person can restore or dismiss it. */
export const conflictFields = z.object({
  ...baseRecordShape,
  collection: z.string().max(40),
  recordId: z.uuid(),
  field: z.string().max(100),
  lostValue: z.unknown(),
  lostHlc: z.string().max(100),
  winningHlc: z.string().max(100),
  status: z.enum(CONFLICT_STATUSES),
  /** Who restored or dismissed it: filled by the server from the signed-in writer. */
  resolvedById: z.uuid().optional(),
  resolvedByName: z.string().max(200).optional(),
});
export const conflictSchema = conflictFields;
export type Conflict = z.infer<typeof conflictSchema>;
