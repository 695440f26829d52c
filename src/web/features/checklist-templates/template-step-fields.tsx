import type { TemplateStep } from '../../../shared/model/checklist-templates.ts';
import { t } from '../../i18n/language.ts';

interface Props {
  step: TemplateStep;
  index: number;
  count: number;
  onChange: (patch: Partial<Record<keyof TemplateStep, unknown>>) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}

/** One step of a template being edited: title, what to do, documents, deadline, "check it is current". */
export function TemplateStepFields({ step, index, count, onChange, onMove, onRemove }: Props) {
  const id = `tpl-${step.key}`;
  const text = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return (
    <li class="template-step">
      <label for={`${id}-title`}>{t('templates.stepTitle', { index })}</label>
      <input id={`${id}-title`} value={step.title} onInput={(e) => onChange({ title: text(e) })} />
      <label for={`${id}-description`}>{t('templates.stepDescription', { index })}</label>
      <textarea
        id={`${id}-description`}
        rows={2}
        value={step.description ?? ''}
        onInput={(e) => onChange({ description: text(e) })}
      />
      <label for={`${id}-documents`}>{t('templates.stepDocuments', { index })}</label>
      <textarea
        id={`${id}-documents`}
        rows={3}
        value={step.documents.join('\n')}
        onInput={(e) =>
          onChange({
            documents: text(e)
              .split('\n')
              .filter((line) => line.trim()),
          })
        }
      />
      <label for={`${id}-deadline`}>{t('templates.stepDeadline', { index })}</label>
      <input
        id={`${id}-deadline`}
        type="number"
        min={1}
        value={step.deadlineDays ?? ''}
        onInput={(e) => onChange({ deadlineDays: text(e) ? Number(text(e)) : undefined })}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={step.verify === true}
          onChange={(e) =>
            onChange({ verify: (e.currentTarget as HTMLInputElement).checked || undefined })
          }
        />
        {t('templates.stepVerify', { index })}
      </label>
      <p>
        <button type="button" disabled={index === 1} onClick={() => onMove(-1)}>
          {t('templates.moveUp', { index })}
        </button>{' '}
        <button type="button" disabled={index === count} onClick={() => onMove(1)}>
          {t('templates.moveDown', { index })}
        </button>{' '}
        <button type="button" disabled={count === 1} onClick={onRemove}>
          {t('templates.removeStep', { index })}
        </button>
      </p>
    </li>
  );
}
