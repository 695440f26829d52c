import { describe, expect, it } from 'vitest';
import { budgetLineOf, budgetSummary } from '../../../src/shared/domain/initiative-budget.ts';
import { budgetLineSchema } from '../../../src/shared/model/initiatives.ts';
import { draftBudget } from './fixtures.ts';

describe('the budget of the Ковран grant draft', () => {
  it('totals each category in the contest order and overall', () => {
    const summary = budgetSummary(draftBudget());
    expect(summary.total).toBe(34_100_000);
    expect(summary.cofinancing).toBe(5_400_000);
    expect(summary.requested).toBe(28_700_000);
    const categories = summary.categories.map((c) => c.category);
    expect(categories).toEqual([...categories].sort((a, b) => order(a) - order(b)));
    const events = summary.categories.find((c) => c.category === 'events');
    expect(events).toEqual({
      category: 'events',
      total: 2_400_000,
      cofinancing: 2_400_000,
      requested: 0,
    });
    const sum = summary.categories.reduce((acc, c) => acc + c.total, 0);
    expect(sum).toBe(summary.total);
  });

  it('the group’s own contribution is about 16 % of the project', () => {
    expect(budgetSummary(draftBudget()).cofinancingShare).toBeCloseTo(5_400_000 / 34_100_000);
  });

  it('an empty budget has no categories and a zero share, not NaN', () => {
    expect(budgetSummary([])).toEqual({
      categories: [],
      total: 0,
      cofinancing: 0,
      requested: 0,
      cofinancingShare: 0,
    });
  });
});

describe('a budget line typed in roubles', () => {
  it('is kept in kopecks with its total computed, and passes the line rules', () => {
    const line = budgetLineOf({
      category: 'printing',
      item: 'Буклеты «Как создать ТОС»',
      quantity: 150,
      unitPriceRoubles: 45.5,
      cofinancingRoubles: 1000,
    });
    expect(line).toMatchObject({ unitPrice: 4550, total: 682_500, cofinancing: 100_000 });
    expect(budgetLineSchema.safeParse(line).success).toBe(true);
  });
});

const CATEGORY_ORDER = [
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
];
const order = (category: string) => CATEGORY_ORDER.indexOf(category);
