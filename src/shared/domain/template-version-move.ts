import type { ChecklistTemplate } from '../model/checklist-templates.ts';
import type { Checklist, ChecklistStepState } from '../model/checklists.ts';

export interface VersionMove {
  templateVersion: number;
  steps: Record<string, ChecklistStepState>;
  /** Keys whose state was dropped because the new version has no such step. */
  dropped: string[];
}

/**
 * Moves a started checklist to the template's current version: the state of every step that
 * still exists (same key) is kept, steps new in this version start as «to do» (no entry).
 */
export function moveToTemplateVersion(
  checklist: Pick<Checklist, 'steps'>,
  template: Pick<ChecklistTemplate, 'version' | 'steps'>,
): VersionMove {
  const keys = new Set(template.steps.map((step) => step.key));
  const steps: Record<string, ChecklistStepState> = {};
  const dropped: string[] = [];
  for (const [key, state] of Object.entries(checklist.steps)) {
    if (keys.has(key)) steps[key] = state;
    else dropped.push(key);
  }
  return { templateVersion: template.version, steps, dropped };
}
