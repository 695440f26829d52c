import { useAutosave } from '../../store/use-autosave.ts';
import { TODO_STEP, updateStep } from './update-step.ts';
import type { StepDeadline } from '../../../shared/domain/checklist-deadlines.ts';
import type { TemplateStep } from '../../../shared/model/checklist-templates.ts';
import { STEP_STATES, type ChecklistStepState } from '../../../shared/model/checklists.ts';
import { formatDay } from './format-day.ts';
import { t } from '../../i18n/language.ts';
import { StepScans } from './step-scans.tsx';

interface Props {
  checklistId: string;
  step: TemplateStep;
  index: number;
  state: ChecklistStepState;
  deadline: StepDeadline | undefined;
  materialTitles: ReadonlyMap<string, string>;
  onChange: (update: (current: ChecklistStepState) => ChecklistStepState) => Promise<boolean>;
}

const stateLabel = (state: ChecklistStepState['state']) => t(`stepState.${state}`);

/** One step: what to do, documents, deadline, its state, date, note and scans. */
export function ChecklistStep(props: Props) {
  const { checklistId, step, index, state, deadline, materialTitles, onChange } = props;
  const note = useAutosave(state.note ?? '', {
    collection: 'checklists',
    id: checklistId,
    path: ['steps', step.key, 'note'],
    toValue: (text: string) => text,
    save: (text) => updateStep(checklistId, step.key, (current) => ({ ...current, note: text })),
    holder: TODO_STEP,
  });
  const id = `step-${step.key}`;
  const set = (patch: Partial<ChecklistStepState>) =>
    onChange((current) => ({ ...current, ...patch }));
  return (
    <li class={`checklist-step state-${state.state}${deadline?.overdue ? ' overdue' : ''}`}>
      <h3 id={`${id}-title`}>
        {index}. {step.title}
        {step.verify && <span class="verify"> ({t('checklist.verify')})</span>}
      </h3>
      <p class="print-only">
        <strong>{stateLabel(state.state)}</strong>
        {state.date && ` — ${formatDay(state.date)}`}
      </p>
      {step.description && <p>{step.description}</p>}
      {step.documents.length > 0 && (
        <>
          <h4>{t('checklist.documents')}</h4>
          <ul>
            {step.documents.map((document) => (
              <li key={document}>{document}</li>
            ))}
          </ul>
        </>
      )}
      {deadline && (
        <p class="deadline">
          {deadline.overdue
            ? t('checklist.overdue', { date: formatDay(deadline.due) })
            : t('checklist.due', { date: formatDay(deadline.due) })}
        </p>
      )}
      {step.materialIds.length > 0 && (
        <p class="no-print">
          {t('checklist.materials')}:{' '}
          {step.materialIds.map((materialId) => (
            <a key={materialId} href={`/materials/${materialId}`}>
              {materialTitles.get(materialId) ?? materialId}{' '}
            </a>
          ))}
        </p>
      )}
      <div class="step-controls no-print">
        <label>
          {t('checklist.stepState', { title: step.title })}
          <select
            value={state.state}
            onChange={(e) =>
              void set({ state: e.currentTarget.value as ChecklistStepState['state'] })
            }
          >
            {STEP_STATES.map((value) => (
              <option key={value} value={value}>
                {stateLabel(value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('checklist.stepDate')}
          <input
            type="date"
            value={state.date ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              void onChange(({ date: _dropped, ...rest }) =>
                value ? { ...rest, date: value } : rest,
              );
            }}
          />
        </label>
        <label>
          {t('checklist.stepNote')}
          <textarea
            rows={2}
            value={note.value}
            onInput={(e) => note.change(e.currentTarget.value)}
            onBlur={note.flush}
          />
        </label>
        {note.state.kind === 'failed' && (
          <p role="alert" class="form-error">
            {t('checklist.saveFailed', { reason: note.state.message })}
          </p>
        )}
      </div>
      {state.note && <p class="print-only">{state.note}</p>}
      <StepScans
        stepKey={step.key}
        title={step.title}
        scans={state.scans}
        files={state.scanFiles ?? []}
        onAttached={(file) =>
          onChange((current) => ({
            ...current,
            scans: [...current.scans, file.sha256],
            scanFiles: [...(current.scanFiles ?? []), file],
          }))
        }
      />
    </li>
  );
}
