import { z } from 'zod';
import { optionalText, requiredText, uuid } from './common.ts';
import { AGE_GROUPS, PLACEMENTS } from './registrations.ts';

/**
 * What the public page sends: the person and their consent, never ids, clocks or placement.
 * `website` is a honeypot: people leave it empty, form-filling robots do not.
 */
export const publicRegistrationRequestSchema = z
  .object({
    trainingId: uuid(),
    /** For a regional training: the centre the person will come to. */
    centreId: uuid().optional(),
    fullName: requiredText('Укажите фамилию и имя', 200),
    phone: optionalText(40),
    email: z.email({ error: 'Неверный адрес электронной почты' }).max(200).optional(),
    settlement: optionalText(100),
    organization: optionalText(300),
    ageGroup: z.enum(AGE_GROUPS, { error: 'Укажите возраст участника' }),
    parentName: optionalText(200),
    parentContact: optionalText(200),
    consent: z.object({
      textVersion: requiredText('Не указана версия текста согласия', 50),
      accepted: z.literal(true, { error: 'Без согласия на обработку данных записаться нельзя' }),
    }),
    website: z.string().max(500).optional(),
  })
  .strict();
export type PublicRegistrationRequest = z.infer<typeof publicRegistrationRequestSchema>;

/** Only the seat: nothing about anyone else who registered (e.g. with the same phone). */
export const publicRegistrationResponseSchema = z.object({
  placement: z.enum(PLACEMENTS),
});
export type PublicRegistrationResponse = z.infer<typeof publicRegistrationResponseSchema>;

export const publicCentreSchema = z.object({ id: z.string(), name: z.string() });
