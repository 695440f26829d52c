import { budgetSummary } from '../../../shared/domain/initiative-budget.ts';
import type { BudgetLine } from '../../../shared/model/initiatives.ts';
import { t } from '../../i18n/language.ts';
import { categoryLabel, formatRoubles, formatShare } from './initiative-labels.ts';

/** Totals per category and overall, under the budget lines; columns line up with the table. */
export function BudgetTotals({
  budget,
  columns,
}: {
  budget: readonly BudgetLine[];
  columns: number;
}) {
  const summary = budgetSummary(budget);
  const rest = columns - 7;
  return (
    <tfoot>
      {summary.categories.map((category) => (
        <tr key={category.category} class="category-total">
          <th scope="row" colSpan={4}>
            {t(categoryLabel(category.category))}
          </th>
          <td>{formatRoubles(category.total)}</td>
          <td>{formatRoubles(category.cofinancing)}</td>
          <td>{formatRoubles(category.requested)}</td>
          {rest > 0 && <td colSpan={rest} />}
        </tr>
      ))}
      <tr class="budget-total">
        <th scope="row" colSpan={4}>
          {t('initiatives.budgetTotal')}
        </th>
        <td data-testid="budget-total">{formatRoubles(summary.total)}</td>
        <td>{formatRoubles(summary.cofinancing)}</td>
        <td>{formatRoubles(summary.requested)}</td>
        {rest > 0 && <td colSpan={rest} />}
      </tr>
      <tr>
        <td colSpan={columns} data-testid="cofinancing-share">
          {t('initiatives.cofinancingShare', { share: formatShare(summary.cofinancingShare) })}
        </td>
      </tr>
    </tfoot>
  );
}
