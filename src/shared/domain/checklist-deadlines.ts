import type { TemplateStep } from '../model/checklist-templates.ts';
import type { ChecklistStepState } from '../model/checklists.ts';

const DAY_MS = 86_400_000;
/** Kamchatka keeps UTC+12 all year (no daylight saving since 2011). */
const KAMCHATKA_OFFSET_MS = 12 * 60 * 60_000;

/** YYYY-MM-DD of an instant on the Kamchatka calendar. */
export function kamchatkaToday(now: Date): string {
  return new Date(now.getTime() + KAMCHATKA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A calendar date plus whole days, as a calendar date (no time zone involved). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export interface StepDeadline {
  /** Last calendar day for the step. */
  due: string;
  /** The step whose date starts the count (e.g. the founding meeting for filing). */
  fromKey: string;
  overdue: boolean;
}

/**
 * A step with `deadlineDays` is due that many calendar days after the date of its
 * `deadlineFrom` step (filing: 90 days after the founding meeting), or of the step just before
 * it. No start date yet → no deadline; a finished or not needed step is never overdue.
 */
export function stepDeadlines(
  steps: readonly Pick<TemplateStep, 'key' | 'deadlineDays' | 'deadlineFrom'>[],
  states: Readonly<Record<string, Pick<ChecklistStepState, 'state' | 'date'>>>,
  today: string,
): Map<string, StepDeadline> {
  const deadlines = new Map<string, StepDeadline>();
  steps.forEach((step, index) => {
    if (step.deadlineDays === undefined) return;
    const fromKey = step.deadlineFrom ?? steps[index - 1]?.key;
    const start = fromKey === undefined ? undefined : states[fromKey]?.date;
    if (fromKey === undefined || start === undefined) return;
    const due = addDays(start, step.deadlineDays);
    const state = states[step.key]?.state;
    const finished = state === 'done' || state === 'not_applicable';
    deadlines.set(step.key, { due, fromKey, overdue: !finished && today > due });
  });
  return deadlines;
}
