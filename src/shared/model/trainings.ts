import { z } from 'zod';
import { baseRecordShape, optionalText, requiredText, timestamp } from './common.ts';

export const TRAINING_KINDS = ['training', 'seminar', 'round_table', 'webinar'] as const;

export const trainingFields = z.object({
  ...baseRecordShape,
  title: requiredText('Укажите название мероприятия', 300),
  kind: z.enum(TRAINING_KINDS, { error: 'Выберите вид мероприятия' }),
  description: optionalText(20_000),
  startsAt: timestamp(),
  endsAt: timestamp(),
  place: requiredText('Укажите место проведения', 300),
  capacity: z
    .number({ error: 'Укажите число мест' })
    .int('Число мест — целое число')
    .positive('Число мест должно быть больше нуля')
    .max(10_000),
  published: z.boolean(),
});
export const trainingSchema = trainingFields.refine(
  (t) => Date.parse(t.endsAt) > Date.parse(t.startsAt),
  {
    message: 'Окончание должно быть позже начала',
    path: ['endsAt'],
  },
);
export type Training = z.infer<typeof trainingSchema>;
