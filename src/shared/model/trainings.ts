import { z } from 'zod';
import { baseRecordShape, optionalText, requiredText, timestamp, uuid } from './common.ts';

/** семинар, тренинг, мастер-класс, круглый стол, встреча; `webinar` is kept for older records. */
export const TRAINING_KINDS = [
  'seminar',
  'training',
  'master_class',
  'round_table',
  'meeting',
  'webinar',
] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** In a settlement (address) or online (a link); absent on older records: in person. */
export const PLACE_KINDS = ['in_person', 'online'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

const seatCount = () => z.number().int().min(0).max(100_000);

export const trainingFields = z.object({
  ...baseRecordShape,
  title: requiredText('Укажите название мероприятия', 300),
  kind: z.enum(TRAINING_KINDS, { error: 'Выберите вид мероприятия' }),
  description: optionalText(20_000),
  startsAt: timestamp(),
  endsAt: timestamp(),
  placeKind: z.enum(PLACE_KINDS, { error: 'Выберите, где пройдёт мероприятие' }).optional(),
  settlement: optionalText(100),
  /** The address, or the link when the training is online. */
  place: requiredText('Укажите место проведения', 300),
  capacity: z
    .number({ error: 'Укажите число мест' })
    .int('Число мест — целое число')
    .positive('Число мест должно быть больше нуля')
    .max(10_000),
  organizer: optionalText(300),
  materialIds: z.array(uuid()).max(50, 'Не больше 50 материалов').optional(),
  published: z.boolean(),
  /** Server-owned: seats taken and the waitlist, counted at the last placement. */
  confirmedCount: seatCount().optional(),
  waitlistCount: seatCount().optional(),
});
export const trainingSchema = trainingFields
  .refine((t) => Date.parse(t.endsAt) > Date.parse(t.startsAt), {
    message: 'Окончание должно быть позже начала',
    path: ['endsAt'],
  })
  .refine((t) => t.placeKind !== 'online' || /^https?:\/\/\S+$/i.test(t.place.trim()), {
    message: 'Для онлайн-мероприятия укажите ссылку, начиная с https://',
    path: ['place'],
  });
export type Training = z.infer<typeof trainingSchema>;
