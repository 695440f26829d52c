import { z } from 'zod';
import { baseRecordShape, optionalText, requiredText, timestamp, uuid } from './common.ts';

export const REGISTRATION_STATUSES = ['active', 'cancelled', 'attended'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
/** Decided by the server from capacity and registration time (HLC); a client patch to it is rejected. */
export const PLACEMENTS = ['pending', 'confirmed', 'waitlist'] as const;
export type Placement = (typeof PLACEMENTS)[number];
export const CONSENT_GIVERS = ['self', 'parent', 'self_and_parent'] as const;
/** adult; teen = 14–17 (the minor and a parent consent); child = under 14 (a parent consents). */
export const AGE_GROUPS = ['adult', 'teen', 'child'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
/** Where the registration was made: by staff, at the library kiosk, or on the public page. */
export const REGISTRATION_SOURCES = ['staff', 'kiosk', 'public'] as const;

/** What a person agreed to under 152-ФЗ: a separate consent, recorded as given. */
export const consentSchema = z.object({
  textVersion: requiredText('Не указана версия текста согласия', 50),
  givenAt: timestamp(),
  givenBy: z.enum(CONSENT_GIVERS, { error: 'Укажите, кто дал согласие' }),
  parentName: optionalText(200),
  parentContact: optionalText(200),
  deviceId: requiredText('Не указано устройство', 100),
});
export type Consent = z.infer<typeof consentSchema>;

/** The fields that name or reach a person: cleared when their data is deleted on request. */
export const PERSONAL_FIELDS = [
  'fullName',
  'contact',
  'phone',
  'email',
  'settlement',
  'organization',
] as const;

export const registrationFields = z.object({
  ...baseRecordShape,
  trainingId: uuid(),
  fullName: optionalText(200),
  /** Phone or e-mail in one field (older records); new ones use `phone` and `email`. */
  contact: optionalText(200),
  phone: optionalText(40),
  email: z.email({ error: 'Неверный адрес электронной почты' }).max(200).optional(),
  settlement: optionalText(100),
  organization: optionalText(300),
  ageGroup: z.enum(AGE_GROUPS, { error: 'Укажите возраст участника' }).optional(),
  minor: z.boolean(),
  consent: consentSchema,
  source: z.enum(REGISTRATION_SOURCES).optional(),
  status: z.enum(REGISTRATION_STATUSES, { error: 'Неверный статус записи' }),
  /** Server-owned; absent until the server has placed the registration. */
  placement: z.enum(PLACEMENTS).optional(),
  /** Server-owned: the HLC of the mutation that created the registration, its place in the queue. */
  queueHlc: z.string().max(100).optional(),
  /** Server-owned: the earlier registration with the same phone for the same training. */
  duplicateOf: uuid().optional(),
  /** The person's data was deleted on request; the record stays as an anonymous count. */
  anonymized: z.boolean().optional(),
});

type RegistrationFields = z.infer<typeof registrationFields>;
const filled = (text: string | undefined) => !!text?.trim();
const personal = (r: RegistrationFields) => !r.anonymized;

export const registrationSchema = registrationFields
  .refine((r) => !personal(r) || filled(r.fullName), {
    message: 'Укажите фамилию и имя',
    path: ['fullName'],
  })
  .refine((r) => !personal(r) || filled(r.phone) || filled(r.email) || filled(r.contact), {
    message: 'Укажите телефон или электронную почту',
    path: ['contact'],
  })
  .refine((r) => personal(r) || PERSONAL_FIELDS.every((field) => r[field] === undefined), {
    message: 'Данные этого человека удалены по его просьбе: вписать их снова нельзя',
    path: ['anonymized'],
  })
  .refine((r) => r.ageGroup === undefined || r.minor === (r.ageGroup !== 'adult'), {
    message: 'Возраст не совпадает с отметкой о несовершеннолетии',
    path: ['ageGroup'],
  })
  .refine((r) => !r.minor || r.consent.givenBy !== 'self', {
    message: 'За несовершеннолетнего согласие даёт родитель или законный представитель',
    path: ['consent', 'givenBy'],
  })
  .refine((r) => r.ageGroup !== 'teen' || r.consent.givenBy === 'self_and_parent', {
    message: 'С 14 до 17 лет согласие дают и сам участник, и родитель',
    path: ['consent', 'givenBy'],
  })
  .refine((r) => !personal(r) || r.consent.givenBy === 'self' || filled(r.consent.parentName), {
    message: 'Укажите ФИО родителя или законного представителя',
    path: ['consent', 'parentName'],
  });
export type Registration = z.infer<typeof registrationSchema>;
