import { z } from 'zod';
import { baseRecordShape, optionalText, requiredText } from './common.ts';
import { INITIATIVE_SECTIONS } from './initiatives.ts';

const section = z.enum(INITIATIVE_SECTIONS, { error: 'Неверный раздел проекта' });

/** A grant contest's rules for an application; the limits are per contest (DOMAIN.md). */
export const contestFields = z.object({
  ...baseRecordShape,
  name: requiredText('Укажите название конкурса', 300),
  /** Kopecks; the most a project may ask for. */
  maxSum: z.number().int().positive('Сумма должна быть больше нуля').optional(),
  requiredSections: z.array(section).max(INITIATIVE_SECTIONS.length),
  characterLimits: z
    .array(
      z.object({
        section,
        maxChars: z.number().int().positive('Лимит должен быть больше нуля').max(100_000),
      }),
    )
    .max(INITIATIVE_SECTIONS.length),
  /** E.g. that the limits are placeholders to be checked against the contest's положение. */
  note: optionalText(2000),
});
export const contestSchema = contestFields;
export type Contest = z.infer<typeof contestSchema>;
