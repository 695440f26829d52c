import { useEffect, useState } from 'preact/hooks';
import type { ChecklistTemplate, TemplateStep } from '../../../shared/model/checklist-templates.ts';
import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { mutate } from '../../store/mutate.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { editStep, moveStep, newStepKey } from './step-draft.ts';
import { TemplateStepFields } from './template-step-fields.tsx';

/** The regional role edits a template's steps; publishing bumps its version. */
export function TemplateEditor({
  template,
  onDone,
}: {
  template: ChecklistTemplate;
  onDone: () => void;
}) {
  const [steps, setSteps] = useState<TemplateStep[]>(template.steps);
  const [message, setMessage] = useState('');
  useEffect(() => setSteps(template.steps), [template.id]);
  async function publish() {
    const version = template.version + 1;
    const result = await mutate('checklistTemplates', template.id, { steps, version });
    setMessage(result.ok ? t('templates.published', { version }) : result.message);
    if (result.ok) onDone();
  }
  return (
    <form
      class="card"
      aria-label={t('templates.edit', { title: template.title })}
      onSubmit={(event) => {
        event.preventDefault();
        void publish();
      }}
    >
      <h2>{t('templates.edit', { title: template.title })}</h2>
      <ol class="template-steps">
        {steps.map((step, i) => (
          <TemplateStepFields
            key={step.key}
            step={step}
            index={i + 1}
            count={steps.length}
            onChange={(patch) => setSteps(steps.map((s, j) => (j === i ? editStep(s, patch) : s)))}
            onMove={(delta) => setSteps(moveStep(steps, i, delta))}
            onRemove={() => setSteps(steps.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <p>
        <button
          type="button"
          onClick={() =>
            setSteps([
              ...steps,
              { key: newStepKey(steps), title: '', documents: [], materialIds: [] },
            ])
          }
        >
          {t('templates.addStep')}
        </button>{' '}
        <button type="submit">{t('templates.publish')}</button>{' '}
        <button type="button" onClick={onDone}>
          {t('templates.cancel')}
        </button>
      </p>
      <p role="alert">{message}</p>
    </form>
  );
}

/** Every template with its version; the regional role opens one to edit. */
export default function TemplatesScreen() {
  const templates = useLiveQuery(
    async () => (await db.records('checklistTemplates').toArray()).filter((tpl) => !tpl.deleted),
    [],
  );
  const [editing, setEditing] = useState<string | null>(null);
  const current = templates.find((tpl) => tpl.id === editing);
  return (
    <>
      <p>
        <a href="/organizations">{t('org.back')}</a>
      </p>
      <h1>{t('templates.title')}</h1>
      <ul>
        {templates.map((tpl) => (
          <li key={tpl.id}>
            {tpl.title} — {t('checklist.version', { version: tpl.version })}{' '}
            <button type="button" onClick={() => setEditing(tpl.id)}>
              {t('templates.edit', { title: tpl.title })}
            </button>
          </li>
        ))}
      </ul>
      {current && <TemplateEditor template={current} onDone={() => setEditing(null)} />}
    </>
  );
}
