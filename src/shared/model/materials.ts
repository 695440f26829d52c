import { z } from 'zod';
import {
  MATERIAL_CATEGORIES,
  baseRecordShape,
  optionalText,
  requiredText,
  sha256Hex,
} from './common.ts';

export const attachmentSchema = z.object({
  sha256: sha256Hex(),
  name: requiredText('Укажите имя файла', 255),
  size: z.number().int().nonnegative(),
  mime: z.string().max(100),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const materialFields = z.object({
  ...baseRecordShape,
  title: requiredText('Укажите заголовок материала', 300),
  category: z.enum(MATERIAL_CATEGORIES, { error: 'Выберите рубрику' }),
  summary: optionalText(1000),
  /** Markdown; sanitized when rendered. */
  body: z.string().max(200_000, 'Текст материала слишком длинный'),
  tags: z.array(z.string().trim().min(1).max(50)).max(30),
  attachments: z.array(attachmentSchema).max(50),
  published: z.boolean(),
});
export const materialSchema = materialFields;
export type Material = z.infer<typeof materialSchema>;
