import { describe, expect, it } from 'vitest';
import type { TemplateStep } from '../../../src/shared/model/checklist-templates.ts';
import {
  editStep,
  moveStep,
  newStepKey,
} from '../../../src/web/features/checklist-templates/step-draft.ts';

const step = (key: string, title: string): TemplateStep => ({
  key,
  title,
  documents: [],
  materialIds: [],
});
const steps = [
  step('founders', 'Собрать учредителей'),
  step('charter', 'Подготовить устав'),
  step('step-3', 'Новый'),
];

describe('editing template steps', () => {
  it('gives a new step a key no other step has', () => {
    expect(newStepKey(steps)).toBe('step-4');
    expect(newStepKey(steps.slice(0, 2))).toBe('step-3');
  });

  it('reorders within bounds', () => {
    expect(moveStep(steps, 2, -1).map((s) => s.key)).toEqual(['founders', 'step-3', 'charter']);
    expect(moveStep(steps, 0, -1).map((s) => s.key)).toEqual(['founders', 'charter', 'step-3']);
  });

  it('drops emptied optional fields', () => {
    const founders = step('founders', 'Собрать учредителей');
    const edited = editStep(
      { ...founders, deadlineDays: 90, description: 'Три человека' },
      {
        deadlineDays: undefined,
        description: '',
      },
    );
    expect(edited).toEqual(founders);
  });
});
