import {
  BUDGET_CATEGORIES,
  budgetTotals,
  type BudgetCategory,
  type BudgetLine,
} from '../model/initiatives.ts';

export interface CategoryTotal {
  category: BudgetCategory;
  /** Kopecks: the whole cost of the category's lines. */
  total: number;
  /** Kopecks: the applicant's own contribution in it. */
  cofinancing: number;
  /** Kopecks: asked from the grant (total − cofinancing). */
  requested: number;
}

export interface BudgetSummary {
  categories: CategoryTotal[];
  total: number;
  cofinancing: number;
  requested: number;
  /** Share of the whole budget paid by the applicant, 0…1 (0 for an empty budget). */
  cofinancingShare: number;
}

/** Totals per category in the contest's order (only categories that have lines), and overall. */
export function budgetSummary(budget: readonly BudgetLine[]): BudgetSummary {
  const categories = BUDGET_CATEGORIES.flatMap((category): CategoryTotal[] => {
    const lines = budget.filter((line) => line.category === category);
    if (lines.length === 0) return [];
    const sum = budgetTotals(lines);
    return [{ category, ...sum, requested: sum.total - sum.cofinancing }];
  });
  const { total, cofinancing } = budgetTotals(budget);
  return {
    categories,
    total,
    cofinancing,
    requested: total - cofinancing,
    cofinancingShare: total === 0 ? 0 : cofinancing / total,
  };
}

/** A budget line from what a person typed: roubles with kopecks, total computed here. */
export function budgetLineOf(input: {
  category: BudgetCategory;
  item: string;
  quantity: number;
  unitPriceRoubles: number;
  cofinancingRoubles: number;
}): BudgetLine {
  const unitPrice = Math.round(input.unitPriceRoubles * 100);
  return {
    category: input.category,
    item: input.item,
    quantity: input.quantity,
    unitPrice,
    cofinancing: Math.round(input.cofinancingRoubles * 100),
    total: Math.round(input.quantity * unitPrice),
  };
}
