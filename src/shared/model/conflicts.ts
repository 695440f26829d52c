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
});
export const conflictSchema = conflictFields;
export type Conflict = z.infer<typeof conflictSchema>;
