import { budgetLineOf } from '../../../shared/domain/initiative-budget.ts';
import {
  BUDGET_CATEGORIES,
  type BudgetCategory,
  type BudgetLine,
  type Initiative,
} from '../../../shared/model/initiatives.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { t } from '../../i18n/language.ts';
import { BudgetTotals } from './budget-totals.tsx';
import { categoryLabel, formatRoubles, sectionLabel } from './initiative-labels.ts';
import { RowsField } from './rows-field.tsx';

const number = (text: string | undefined): number => Number((text ?? '').replace(',', '.'));
const text = (value: string | undefined): string => value ?? '';
/** Optional cells stay absent when empty (exactOptionalPropertyTypes). */
const optional = <K extends string>(key: K, value: string | undefined) =>
  value ? ({ [key]: value } as Record<K, string>) : {};

export function CalendarPlanField({ initiative }: { initiative: Initiative }) {
  return (
    <RowsField
      initiativeId={initiative.id}
      field="calendarPlan"
      caption={t(sectionLabel('calendarPlan'))}
      rows={initiative.calendarPlan}
      headers={[
        'initiatives.column.task',
        'initiatives.column.event',
        'initiatives.column.from',
        'initiatives.column.to',
        'initiatives.column.result',
      ]}
      cells={(row) => [
        row.task,
        row.event,
        formatDate(row.from),
        formatDate(row.to),
        row.result ?? '',
      ]}
      inputs={[
        { key: 'task', label: 'initiatives.column.task', type: 'text' },
        { key: 'event', label: 'initiatives.column.event', type: 'text' },
        { key: 'from', label: 'initiatives.column.from', type: 'date' },
        { key: 'to', label: 'initiatives.column.to', type: 'date' },
        { key: 'result', label: 'initiatives.column.result', type: 'text' },
      ]}
      build={(v) => ({
        task: text(v.task),
        event: text(v.event),
        from: text(v.from),
        to: text(v.to),
        ...optional('result', v.result),
      })}
    />
  );
}

export function QuantitativeResultsField({ initiative }: { initiative: Initiative }) {
  return (
    <RowsField
      initiativeId={initiative.id}
      field="quantitativeResults"
      caption={t(sectionLabel('quantitativeResults'))}
      rows={initiative.quantitativeResults}
      headers={['initiatives.column.indicator', 'initiatives.column.value']}
      cells={(row) => [row.indicator, String(row.value)]}
      inputs={[
        { key: 'indicator', label: 'initiatives.column.indicator', type: 'text' },
        { key: 'value', label: 'initiatives.column.value', type: 'number' },
      ]}
      build={(v) => ({ indicator: text(v.indicator), value: number(v.value) })}
    />
  );
}

export function TeamField({ initiative }: { initiative: Initiative }) {
  return (
    <RowsField
      initiativeId={initiative.id}
      field="team"
      caption={t(sectionLabel('team'))}
      rows={initiative.team}
      headers={[
        'initiatives.column.role',
        'initiatives.column.person',
        'initiatives.column.experience',
      ]}
      cells={(row) => [row.role, row.person, row.experience ?? '']}
      inputs={[
        { key: 'role', label: 'initiatives.column.role', type: 'text' },
        { key: 'person', label: 'initiatives.column.person', type: 'text' },
        { key: 'experience', label: 'initiatives.column.experience', type: 'text' },
      ]}
      build={(v) => ({
        role: text(v.role),
        person: text(v.person),
        ...optional('experience', v.experience),
      })}
    />
  );
}

const isCategory = (value: string | undefined): value is BudgetCategory =>
  (BUDGET_CATEGORIES as readonly string[]).includes(value ?? '');

export function BudgetField({ initiative }: { initiative: Initiative }) {
  return (
    <RowsField<BudgetLine>
      initiativeId={initiative.id}
      field="budget"
      caption={t(sectionLabel('budget'))}
      rows={initiative.budget}
      headers={[
        'initiatives.column.category',
        'initiatives.column.item',
        'initiatives.column.quantity',
        'initiatives.column.unitPrice',
        'initiatives.column.total',
        'initiatives.column.cofinancing',
        'initiatives.column.requested',
      ]}
      cells={(row) => [
        t(categoryLabel(row.category)),
        row.item,
        String(row.quantity),
        formatRoubles(row.unitPrice),
        formatRoubles(row.total),
        formatRoubles(row.cofinancing),
        formatRoubles(row.total - row.cofinancing),
      ]}
      inputs={[
        {
          key: 'category',
          label: 'initiatives.column.category',
          type: 'select',
          options: BUDGET_CATEGORIES.map((c) => ({ value: c, label: t(categoryLabel(c)) })),
        },
        { key: 'item', label: 'initiatives.column.item', type: 'text' },
        { key: 'quantity', label: 'initiatives.column.quantity', type: 'number' },
        { key: 'unitPrice', label: 'initiatives.column.unitPrice', type: 'number' },
        { key: 'cofinancing', label: 'initiatives.column.cofinancing', type: 'number' },
      ]}
      build={(v) =>
        budgetLineOf({
          // an unknown category is left for the schema to refuse, with its message
          category: (isCategory(v.category) ? v.category : '') as BudgetCategory,
          item: text(v.item),
          quantity: number(v.quantity),
          unitPriceRoubles: number(v.unitPrice),
          cofinancingRoubles: number(v.cofinancing || '0'),
        })
      }
      footer={<BudgetTotals budget={initiative.budget} columns={8} />}
    />
  );
}
