import { z } from 'zod';
import { LEGAL_FORMS, baseRecordShape, optionalText, requiredText, uuid } from './common.ts';

export const templateStepSchema = z.object({
  key: z.string().regex(/^[a-z0-9_-]{1,40}$/, 'Ключ шага: латиница, цифры, «_» или «-»'),
  title: requiredText('Укажите название шага', 300),
  description: optionalText(5000),
  documents: z.array(z.string().max(300)).max(50),
  /** Days from the founding decision (or the previous step) the law gives for this step. */
  deadlineDays: z.number().int().positive().max(3650).optional(),
  /** The step whose date starts the count; absent: the step just before this one. */
  deadlineFrom: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/)
    .optional(),
  materialIds: z.array(uuid()).max(20),
  /** Shown as «проверьте актуальность» where sources disagree (DOMAIN.md [?]). */
  verify: z.boolean().optional(),
});
export type TemplateStep = z.infer<typeof templateStepSchema>;

export const checklistTemplateFields = z.object({
  ...baseRecordShape,
  legalForm: z.enum(LEGAL_FORMS, { error: 'Выберите форму организации' }),
  title: requiredText('Укажите название шаблона', 300),
  version: z.number().int().positive(),
  steps: z.array(templateStepSchema).min(1, 'В шаблоне должен быть хотя бы один шаг').max(100),
  published: z.boolean(),
});
export const checklistTemplateSchema = checklistTemplateFields.refine(
  (t) => new Set(t.steps.map((s) => s.key)).size === t.steps.length,
  {
    message: 'Ключи шагов не должны повторяться',
    path: ['steps'],
  },
);
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>;
