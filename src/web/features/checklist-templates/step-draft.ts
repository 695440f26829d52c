import type { TemplateStep } from '../../../shared/model/checklist-templates.ts';

/** A key for a new step that no step of the template has yet. */
export function newStepKey(steps: readonly TemplateStep[]): string {
  const keys = new Set(steps.map((step) => step.key));
  let n = steps.length + 1;
  while (keys.has(`step-${n}`)) n += 1;
  return `step-${n}`;
}

/** The steps with the one at `index` moved by `delta` places (kept in bounds). */
export function moveStep(
  steps: readonly TemplateStep[],
  index: number,
  delta: number,
): TemplateStep[] {
  const target = index + delta;
  if (target < 0 || target >= steps.length) return [...steps];
  const next = [...steps];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(target, 0, moved);
  return next;
}

/** A step with `patch` applied; an emptied optional field is left out. */
export function editStep(
  step: TemplateStep,
  patch: Partial<Record<keyof TemplateStep, unknown>>,
): TemplateStep {
  const next: Record<string, unknown> = { ...step, ...patch };
  for (const [field, value] of Object.entries(next))
    if (value === undefined || value === '') delete next[field];
  return next as TemplateStep;
}
