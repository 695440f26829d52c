import { z } from 'zod';
import { baseRecordShape, optionalText, uuid } from './common.ts';
import { initiativeFields } from './initiatives.ts';

/** The sections a version keeps: everything a person writes, not status or bookkeeping. */
export const initiativeContentFields = initiativeFields.omit({
  id: true,
  centreId: true,
  createdAt: true,
  updatedAt: true,
  deleted: true,
  status: true,
  statusChangedById: true,
  statusChangedByName: true,
});
export type InitiativeContent = z.infer<typeof initiativeContentFields>;

export const VERSION_REASONS = ['submit', 'manual'] as const;

/** A snapshot of an initiative, taken on every submit and on request; never changed later. */
export const initiativeVersionFields = z.object({
  ...baseRecordShape,
  initiativeId: uuid(),
  reason: z.enum(VERSION_REASONS),
  /** Filled by the server from the signed-in writer; absent until the version has synced. */
  authorId: uuid().optional(),
  authorName: optionalText(200),
  content: initiativeContentFields,
});
export const initiativeVersionSchema = initiativeVersionFields;
export type InitiativeVersion = z.infer<typeof initiativeVersionSchema>;
