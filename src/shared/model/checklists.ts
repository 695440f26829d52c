import { z } from 'zod';
import { attachmentSchema } from './materials.ts';
import { baseRecordShape, calendarDate, optionalText, sha256Hex, uuid } from './common.ts';

export const STEP_STATES = ['todo', 'in_progress', 'done', 'not_applicable'] as const;

export const checklistStepStateSchema = z.object({
  state: z.enum(STEP_STATES, { error: 'Неверное состояние шага' }),
  date: calendarDate().optional(),
  note: optionalText(5000),
  scans: z.array(sha256Hex()).max(50),
  /** Name, size and type of each scan (by hash), so any PC of the centre can fetch and name it. */
  scanFiles: z.array(attachmentSchema).max(50).optional(),
});
export type ChecklistStepState = z.infer<typeof checklistStepStateSchema>;

export const checklistFields = z.object({
  ...baseRecordShape,
  organizationId: uuid(),
  templateId: uuid(),
  templateVersion: z.number().int().positive(),
  /** Step key (from the template) → its state on this organization's path. */
  steps: z.record(z.string().max(40), checklistStepStateSchema),
});
export const checklistSchema = checklistFields;
export type Checklist = z.infer<typeof checklistSchema>;
