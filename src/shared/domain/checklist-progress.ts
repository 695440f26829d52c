import type { TemplateStep } from '../model/checklist-templates.ts';
import type { ChecklistStepState } from '../model/checklists.ts';

export interface ChecklistProgress {
  /** Steps done. */
  done: number;
  /** Steps that count: the template's steps minus those marked not needed. */
  total: number;
  /** 0–100, rounded down so 100 means every needed step is done. */
  percent: number;
}

/**
 * How far an organization is along its template: steps marked «не требуется» leave the count,
 * state kept for keys the template no longer has is ignored.
 */
export function checklistProgress(
  steps: readonly Pick<TemplateStep, 'key'>[],
  states: Readonly<Record<string, Pick<ChecklistStepState, 'state'>>>,
): ChecklistProgress {
  let done = 0;
  let total = 0;
  for (const { key } of steps) {
    const state = states[key]?.state ?? 'todo';
    if (state === 'not_applicable') continue;
    total += 1;
    if (state === 'done') done += 1;
  }
  const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
  return { done, total, percent };
}
