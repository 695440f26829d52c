import { z } from 'zod';
import { baseRecordShape, optionalText, requiredText } from './common.ts';

export const centreFields = z.object({
  ...baseRecordShape,
  name: requiredText('Укажите название центра', 200),
  settlement: requiredText('Укажите населённый пункт', 100),
  district: requiredText('Укажите район или округ', 200),
  address: optionalText(300),
  phone: optionalText(50),
  active: z.boolean(),
});
export const centreSchema = centreFields;
export type Centre = z.infer<typeof centreSchema>;
