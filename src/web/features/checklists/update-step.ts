import type { ChecklistStepState } from '../../../shared/model/checklists.ts';
import { db } from '../../store/db.ts';
import { mutate, type MutateResult } from '../../store/mutate.ts';

export const TODO_STEP: ChecklistStepState = { state: 'todo', scans: [] };
export type StepUpdate = (current: ChecklistStepState) => ChecklistStepState;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Changes one step of a checklist from its latest stored state: writes are queued, so two quick
 * clicks on different steps both land (each reads what the one before it wrote).
 */
export function updateStep(
  checklistId: string,
  key: string,
  update: StepUpdate,
): Promise<MutateResult<'checklists'>> {
  const write = queue.then(async () => {
    const checklist = await db.records('checklists').get(checklistId);
    const steps = checklist?.steps ?? {};
    return mutate('checklists', checklistId, {
      steps: { ...steps, [key]: update(steps[key] ?? TODO_STEP) },
    });
  });
  queue = write.catch(() => undefined);
  return write;
}
