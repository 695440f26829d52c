import { z } from 'zod';
import {
  LEGAL_FORMS,
  baseRecordShape,
  calendarDate,
  optionalText,
  requiredText,
} from './common.ts';

export const ORGANIZATION_STATUSES = ['informal', 'registering', 'registered'] as const;

export const organizationFields = z.object({
  ...baseRecordShape,
  name: requiredText('Укажите название организации или группы', 300),
  legalForm: z.enum(LEGAL_FORMS, { error: 'Выберите форму организации' }),
  status: z.enum(ORGANIZATION_STATUSES, { error: 'Выберите статус' }),
  settlement: requiredText('Укажите населённый пункт', 100),
  contactPerson: optionalText(200),
  phone: optionalText(50),
  email: z.email('Неверный адрес электронной почты').optional(),
  address: optionalText(300),
  inn: z
    .string()
    .regex(/^\d{10}$/, 'ИНН организации — 10 цифр')
    .optional(),
  ogrn: z
    .string()
    .regex(/^\d{13}$/, 'ОГРН — 13 цифр')
    .optional(),
  foundedOn: calendarDate().optional(),
  foundersCount: z.number().int().nonnegative().max(100_000).optional(),
  notes: optionalText(10_000),
  /** Archived instead of deleted: hidden from the list, kept with its checklists. */
  archived: z.boolean().optional(),
});
export const organizationSchema = organizationFields.refine(
  (o) => o.status !== 'registered' || o.legalForm !== 'informal',
  {
    message: 'Неформальная группа не может иметь статус «зарегистрирована»',
    path: ['status'],
  },
);
export type Organization = z.infer<typeof organizationSchema>;
