import type { Contest } from '../model/contests.ts';
import { budgetTotals, type Initiative, type InitiativeSection } from '../model/initiatives.ts';

export type CompletenessProblem =
  | { kind: 'empty'; section: InitiativeSection }
  | { kind: 'too_long'; section: InitiativeSection; length: number; limit: number }
  | { kind: 'over_max_sum'; section: 'budget'; requested: number; limit: number };

/** The section's text as the portal counts it; tables count as filled when they have rows. */
function sectionText(initiative: Initiative, section: InitiativeSection): string | null {
  switch (section) {
    case 'startDate':
      return null;
    case 'tasks':
      return initiative.tasks.join('\n');
    case 'calendarPlan':
    case 'quantitativeResults':
    case 'budget':
    case 'team':
      return null;
    default:
      return initiative[section] ?? '';
  }
}

function isEmpty(initiative: Initiative, section: InitiativeSection): boolean {
  switch (section) {
    case 'startDate':
      return !initiative.startDate || !initiative.endDate;
    case 'calendarPlan':
    case 'quantitativeResults':
    case 'budget':
    case 'team':
      return initiative[section].length === 0;
    default:
      return (sectionText(initiative, section) ?? '').trim() === '';
  }
}

/**
 * What stands between the draft and the contest: required sections left empty, texts over the
 * contest's character limit, and a grant request over the contest's maximum (cofinancing excluded).
 */
export function completenessProblems(
  initiative: Initiative,
  contest: Contest,
): CompletenessProblem[] {
  const empty = contest.requiredSections
    .filter((section) => isEmpty(initiative, section))
    .map((section): CompletenessProblem => ({ kind: 'empty', section }));
  const tooLong = contest.characterLimits.flatMap(
    ({ section, maxChars }): CompletenessProblem[] => {
      const length = sectionText(initiative, section)?.length ?? 0;
      return length > maxChars ? [{ kind: 'too_long', section, length, limit: maxChars }] : [];
    },
  );
  const { total, cofinancing } = budgetTotals(initiative.budget);
  const requested = total - cofinancing;
  const overSum: CompletenessProblem[] =
    contest.maxSum !== undefined && requested > contest.maxSum
      ? [{ kind: 'over_max_sum', section: 'budget', requested, limit: contest.maxSum }]
      : [];
  return [...empty, ...tooLong, ...overSum];
}
