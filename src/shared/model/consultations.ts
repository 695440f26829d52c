import { z } from 'zod';
import {
  MATERIAL_CATEGORIES,
  baseRecordShape,
  calendarDate,
  optionalText,
  requiredText,
  uuid,
} from './common.ts';

export const CONSULTATION_FORMATS = ['in_person', 'phone', 'online'] as const;

export const consultationFields = z.object({
  ...baseRecordShape,
  date: calendarDate(),
  organizationId: uuid().optional(),
  personName: optionalText(200),
  topic: z.enum(MATERIAL_CATEGORIES, { error: 'Выберите тему консультации' }),
  format: z.enum(CONSULTATION_FORMATS, { error: 'Выберите формат консультации' }),
  question: requiredText('Опишите вопрос', 5000),
  answer: optionalText(10_000),
  durationMinutes: z.number().int().positive('Длительность должна быть больше нуля').max(600),
  staffName: requiredText('Укажите, кто консультировал', 200),
});
export const consultationSchema = consultationFields;
export type Consultation = z.infer<typeof consultationSchema>;
