import { useState } from 'preact/hooks';
import { checklistProgress } from '../../../shared/domain/checklist-progress.ts';
import { kamchatkaToday, stepDeadlines } from '../../../shared/domain/checklist-deadlines.ts';
import { moveToTemplateVersion } from '../../../shared/domain/template-version-move.ts';
import { t } from '../../i18n/language.ts';
import { mutate } from '../../store/mutate.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { ChecklistStep } from './checklist-step.tsx';
import { loadChecklistView } from './checklist-view.ts';
import { TODO_STEP, updateStep, type StepUpdate } from './update-step.ts';
import './checklists.css';
import { correctedNow } from '../../store/corrected-now.ts';

/** A template applied to an organization: progress, deadlines, steps, and a print view. */
export default function ChecklistScreen({ id }: { id: string }) {
  const view = useLiveQuery(() => loadChecklistView(id), undefined, [id]);
  const [message, setMessage] = useState('');
  if (view === undefined) return null;
  if (view === null) return <p role="alert">{t('checklist.notFound')}</p>;
  const { checklist, template, organization, materialTitles } = view;
  const back = organization && (
    <p class="no-print">
      <a href={`/organizations/${organization.id}`}>{t('checklist.back')}</a>
    </p>
  );
  if (!template)
    return (
      <>
        {back}
        <p role="alert">{t('checklist.templateMissing')}</p>
      </>
    );

  const progress = checklistProgress(template.steps, checklist.steps);
  const deadlines = stepDeadlines(
    template.steps,
    checklist.steps,
    kamchatkaToday(new Date(correctedNow())),
  );
  const saveStep = (key: string, update: StepUpdate) =>
    updateStep(id, key, update).then((result) => {
      setMessage(result.ok ? '' : t('checklist.saveFailed', { reason: result.message }));
      return result.ok;
    });
  async function moveVersion() {
    if (!template) return;
    const moved = moveToTemplateVersion(checklist, template);
    const result = await mutate('checklists', id, {
      templateVersion: moved.templateVersion,
      steps: moved.steps,
    });
    setMessage(
      result.ok ? t('checklist.moved') : t('checklist.saveFailed', { reason: result.message }),
    );
  }

  return (
    <article class="checklist">
      {back}
      <p class="print-only">{t('checklist.printedFor', { name: organization?.name ?? '' })}</p>
      <h1>{template.title}</h1>
      {organization && (
        <p class="checklist-org">
          {organization.name} — {organization.settlement}
        </p>
      )}
      <p class="checklist-version">
        {t('checklist.version', { version: checklist.templateVersion })}
      </p>
      {template.version > checklist.templateVersion && (
        <p class="notice no-print">
          {t('checklist.newVersion', { version: template.version })}{' '}
          <button type="button" onClick={() => void moveVersion()}>
            {t('checklist.moveVersion', { version: template.version })}
          </button>
        </p>
      )}
      <label for="checklist-progress">{t('checklist.progressLabel')}</label>
      <progress id="checklist-progress" max={progress.total} value={progress.done} />
      <p data-testid="checklist-progress">
        {t('checklist.progress', { done: progress.done, total: progress.total })}
      </p>
      <p class="no-print">
        <button type="button" onClick={() => window.print()}>
          {t('checklist.print')}
        </button>
      </p>
      <p role="alert" class="no-print">
        {message}
      </p>
      <ol class="checklist-steps">
        {template.steps.map((step, index) => (
          <ChecklistStep
            key={step.key}
            checklistId={id}
            step={step}
            index={index + 1}
            state={checklist.steps[step.key] ?? TODO_STEP}
            deadline={deadlines.get(step.key)}
            materialTitles={materialTitles}
            onChange={(next) => saveStep(step.key, next)}
          />
        ))}
      </ol>
    </article>
  );
}
