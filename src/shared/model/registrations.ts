import { z } from 'zod';
import { baseRecordShape, optionalText, requiredText, timestamp, uuid } from './common.ts';

export const REGISTRATION_STATUSES = ['active', 'cancelled', 'attended'] as const;
/** Decided by the server from capacity and arrival order; a client patch to it is rejected. */
export const PLACEMENTS = ['pending', 'confirmed', 'waitlist'] as const;
export const CONSENT_GIVERS = ['self', 'parent', 'self_and_parent'] as const;

/** What a person agreed to under 152-ФЗ: a separate consent, recorded as given. */
export const consentSchema = z.object({
  textVersion: requiredText('Не указана версия текста согласия', 50),
  givenAt: timestamp(),
  givenBy: z.enum(CONSENT_GIVERS, { error: 'Укажите, кто дал согласие' }),
  parentName: optionalText(200),
  deviceId: requiredText('Не указано устройство', 100),
});

export const registrationFields = z.object({
  ...baseRecordShape,
  trainingId: uuid(),
  fullName: requiredText('Укажите фамилию и имя', 200),
  contact: requiredText('Укажите телефон или электронную почту', 200),
  settlement: optionalText(100),
  minor: z.boolean(),
  consent: consentSchema,
  status: z.enum(REGISTRATION_STATUSES, { error: 'Неверный статус записи' }),
  /** Absent until the server has placed the registration. */
  placement: z.enum(PLACEMENTS).optional(),
});
export const registrationSchema = registrationFields
  .refine((r) => !r.minor || r.consent.givenBy !== 'self', {
    message: 'За несовершеннолетнего согласие даёт родитель или законный представитель',
    path: ['consent', 'givenBy'],
  })
  .refine((r) => r.consent.givenBy === 'self' || !!r.consent.parentName?.trim(), {
    message: 'Укажите ФИО родителя или законного представителя',
    path: ['consent', 'parentName'],
  });
export type Registration = z.infer<typeof registrationSchema>;
