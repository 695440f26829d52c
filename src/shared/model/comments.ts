import { z } from 'zod';
import { baseRecordShape, optionalText, requiredText, uuid } from './common.ts';
import { INITIATIVE_SECTIONS } from './initiatives.ts';

export const commentFields = z.object({
  ...baseRecordShape,
  initiativeId: uuid(),
  section: z.enum(INITIATIVE_SECTIONS, { error: 'Неверный раздел проекта' }),
  body: requiredText('Комментарий пуст', 10_000),
  /** Filled by the server from the signed-in writer; absent until the comment has synced. */
  authorId: uuid().optional(),
  authorName: optionalText(200),
  resolved: z.boolean(),
});
export const commentSchema = commentFields;
export type Comment = z.infer<typeof commentSchema>;
