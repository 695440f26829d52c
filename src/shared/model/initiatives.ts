import { z } from 'zod';
import { baseRecordShape, calendarDate, optionalText, requiredText, uuid } from './common.ts';

/** черновик → отправлен на консультацию → есть замечания → доработан → готов. */
export const INITIATIVE_STATUSES = [
  'draft',
  'submitted',
  'needs_changes',
  'revised',
  'ready',
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const BUDGET_CATEGORIES = [
  'salaries',
  'civil_contracts',
  'insurance_contributions',
  'office',
  'travel',
  'equipment',
  'websites_and_it',
  'services',
  'events',
  'printing',
  'other_direct',
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

/** Money in kopecks, so totals are exact integers. */
const kopecks = z
  .number()
  .int('Сумма — в копейках, целое число')
  .nonnegative('Сумма не может быть отрицательной');

export const budgetLineSchema = z
  .object({
    category: z.enum(BUDGET_CATEGORIES, { error: 'Выберите статью бюджета' }),
    item: requiredText('Укажите, на что расход', 300),
    unit: optionalText(50),
    quantity: z.number().positive('Количество должно быть больше нуля').max(1_000_000),
    unitPrice: kopecks,
    /** Part of the total paid from the applicant's own funds (софинансирование). */
    cofinancing: kopecks,
    total: kopecks,
  })
  .refine((l) => l.total === Math.round(l.quantity * l.unitPrice), {
    message: 'Итог строки должен равняться количеству, умноженному на цену',
    path: ['total'],
  })
  .refine((l) => l.cofinancing <= l.total, {
    message: 'Софинансирование не может превышать итог строки',
    path: ['cofinancing'],
  });
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const calendarPlanItemSchema = z
  .object({
    task: requiredText('Укажите задачу', 500),
    event: requiredText('Укажите мероприятие', 500),
    from: calendarDate(),
    to: calendarDate(),
    result: optionalText(1000),
  })
  .refine((i) => i.to >= i.from, { message: 'Окончание раньше начала', path: ['to'] });

export const quantitativeResultSchema = z.object({
  indicator: requiredText('Укажите показатель', 300),
  value: z.number().nonnegative(),
});

export const teamMemberSchema = z.object({
  role: requiredText('Укажите роль в проекте', 200),
  person: requiredText('Укажите имя', 200),
  experience: optionalText(2000),
});

/** Sections follow the Presidential Grants Fund and камчатка.гранты.рф application forms. */
export const initiativeFields = z.object({
  ...baseRecordShape,
  /** The applicant: an organization of the centre's registry… */
  organizationId: uuid().optional(),
  /** …or an informal initiative group, by name. */
  applicantGroup: optionalText(300),
  /** The contest the application is written for: its limits and required sections. */
  contestId: uuid().optional(),
  status: z.enum(INITIATIVE_STATUSES, { error: 'Неверный статус проекта' }),
  /** Who made the last status move: filled by the server from the signed-in writer. */
  statusChangedById: uuid().optional(),
  statusChangedByName: optionalText(200),
  title: requiredText('Укажите название проекта', 300),
  summary: optionalText(3000),
  direction: optionalText(300),
  geography: optionalText(1000),
  startDate: calendarDate().optional(),
  endDate: calendarDate().optional(),
  problem: optionalText(10_000),
  targetGroups: optionalText(3000),
  goal: optionalText(1000),
  tasks: z.array(z.string().max(1000)).max(30),
  calendarPlan: z.array(calendarPlanItemSchema).max(200),
  quantitativeResults: z.array(quantitativeResultSchema).max(50),
  qualitativeResults: optionalText(5000),
  budget: z.array(budgetLineSchema).max(300),
  team: z.array(teamMemberSchema).max(50),
  partners: optionalText(5000),
  publicity: optionalText(5000),
  sustainability: optionalText(5000),
});
export const initiativeSchema = initiativeFields.refine(
  (i) => !i.startDate || !i.endDate || i.endDate >= i.startDate,
  {
    message: 'Дата окончания проекта раньше даты начала',
    path: ['endDate'],
  },
);
export type Initiative = z.infer<typeof initiativeSchema>;

export const INITIATIVE_SECTIONS = [
  'title',
  'summary',
  'direction',
  'geography',
  'startDate',
  'problem',
  'targetGroups',
  'goal',
  'tasks',
  'calendarPlan',
  'quantitativeResults',
  'qualitativeResults',
  'budget',
  'team',
  'partners',
  'publicity',
  'sustainability',
] as const;
export type InitiativeSection = (typeof INITIATIVE_SECTIONS)[number];

export function budgetTotals(budget: readonly BudgetLine[]): {
  total: number;
  cofinancing: number;
} {
  return budget.reduce(
    (sum, line) => ({
      total: sum.total + line.total,
      cofinancing: sum.cofinancing + line.cofinancing,
    }),
    { total: 0, cofinancing: 0 },
  );
}
