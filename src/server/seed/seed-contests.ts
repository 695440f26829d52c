import { seedId } from './seed-ids.ts';

/**
 * One generic contest so completeness works from day one. Its character limits were not found
 * in any положение (DOMAIN.md [?]): placeholders the regional centre edits.
 */
export function seedContests(now: string) {
  return [
    {
      id: seedId('contest', 'generic'),
      centreId: null,
      createdAt: now,
      updatedAt: now,
      name: 'Типовой конкурс социальных проектов (лимиты условные)',
      // the Kamchatka regional contest of 2022 capped a project at 1 mln ₽
      maxSum: 100_000_000,
      requiredSections: [
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
        'budget',
        'team',
      ],
      characterLimits: [
        { section: 'title', maxChars: 300 },
        { section: 'summary', maxChars: 1000 },
        { section: 'geography', maxChars: 1000 },
        { section: 'problem', maxChars: 5000 },
        { section: 'targetGroups', maxChars: 2000 },
        { section: 'goal', maxChars: 500 },
        { section: 'qualitativeResults', maxChars: 3000 },
        { section: 'partners', maxChars: 3000 },
        { section: 'publicity', maxChars: 3000 },
        { section: 'sustainability', maxChars: 3000 },
      ],
      note: 'Лимиты условные: сверьте их с положением конкурса и поправьте.',
    },
  ];
}
