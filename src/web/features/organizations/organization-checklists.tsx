import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { checklistProgress } from '../../../shared/domain/checklist-progress.ts';
import type { Organization } from '../../../shared/model/organizations.ts';
import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { mutate } from '../../store/mutate.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';

/** The organization's checklists with their progress, and starting one from a template. */
export function OrganizationChecklists({ organization }: { organization: Organization }) {
  const { route } = useLocation();
  const data = useLiveQuery(
    async () => ({
      templates: (await db.records('checklistTemplates').toArray())
        .filter((template) => template.published && !template.deleted)
        .sort((a, b) => a.title.localeCompare(b.title, 'ru')),
      checklists: (
        await db.records('checklists').where('organizationId').equals(organization.id).toArray()
      ).filter((checklist) => !checklist.deleted),
    }),
    null,
    [organization.id],
  );
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState('');
  if (data === null) return null;
  const { templates, checklists } = data;
  const preferred = templates.find((template) => template.legalForm === organization.legalForm);
  const templateId = chosen || preferred?.id || templates[0]?.id || '';

  async function start() {
    const template = templates.find((candidate) => candidate.id === templateId);
    if (!template) return;
    const id = crypto.randomUUID();
    const result = await mutate('checklists', id, {
      centreId: organization.centreId,
      organizationId: organization.id,
      templateId: template.id,
      templateVersion: template.version,
      steps: {},
    });
    if (result.ok) route(`/checklists/${id}`);
    else setProblem(t('checklist.saveFailed', { reason: result.message }));
  }

  return (
    <section aria-labelledby="org-checklists-title">
      <h2 id="org-checklists-title">{t('org.checklistsTitle')}</h2>
      {checklists.length === 0 && <p>{t('org.noChecklists')}</p>}
      <ul>
        {checklists.map((checklist) => {
          const template = templates.find((candidate) => candidate.id === checklist.templateId);
          const title = template?.title ?? checklist.templateId;
          const progress = template && checklistProgress(template.steps, checklist.steps);
          return (
            <li key={checklist.id}>
              <a href={`/checklists/${checklist.id}`}>{t('org.openChecklist', { title })}</a>
              {progress &&
                ` — ${t('org.progressValue', { done: progress.done, total: progress.total })}`}
            </li>
          );
        })}
      </ul>
      {templates.length === 0 ? (
        <p>{t('org.noTemplates')}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <label for="checklist-template">{t('org.templateLabel')}</label>
          <select
            id="checklist-template"
            value={templateId}
            onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}
          >
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.title}
              </option>
            ))}
          </select>{' '}
          <button type="submit">{t('org.applyTemplate')}</button>
        </form>
      )}
      <p role="alert">{problem}</p>
    </section>
  );
}
