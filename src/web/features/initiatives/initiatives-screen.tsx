import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { isSentForReview } from '../../../shared/domain/initiative-status.ts';
import { formatDateTime } from '../../i18n/format-date.ts';
import { t } from '../../i18n/language.ts';
import { currentCentreId, session } from '../../session/session-state.ts';
import { db } from '../../store/db.ts';
import { mutate } from '../../store/mutate.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { statusLabel } from './initiative-labels.ts';
import './initiatives.css';

/** The centre's projects (the region: those sent for consultation, of every centre). */
export default function InitiativesScreen() {
  const { route } = useLocation();
  const regional = session.value?.role === 'regional';
  const [title, setTitle] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const initiatives = useLiveQuery(
    async () => {
      const all = await db.records('initiatives').orderBy('updatedAt').reverse().toArray();
      return all.filter((i) => !i.deleted && (!regional || isSentForReview(i.status)));
    },
    null,
    [regional],
  );
  const create = async () => {
    const id = crypto.randomUUID();
    const result = await mutate('initiatives', id, {
      centreId: await currentCentreId(),
      status: 'draft',
      title,
      tasks: [],
      calendarPlan: [],
      quantitativeResults: [],
      budget: [],
      team: [],
    });
    if (!result.ok) return setFailure(t('initiatives.notSaved', { message: result.message }));
    route(`/initiatives/${id}`);
  };

  return (
    <div class="initiative">
      <h1>{t('initiatives.title')}</h1>
      <p>{regional ? t('initiatives.regionalIntro') : t('initiatives.intro')}</p>
      <p>
        <a href="/initiatives/contests">{t('initiatives.contests')}</a>
      </p>
      {!regional && (
        <form
          class="card"
          aria-labelledby="new-initiative-title"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <h2 id="new-initiative-title">{t('initiatives.new')}</h2>
          <label for="new-initiative-name">{t('initiatives.newTitle')}</label>
          <input
            id="new-initiative-name"
            value={title}
            onInput={(event) => setTitle(event.currentTarget.value)}
            aria-describedby="new-initiative-error"
          />
          <button type="submit">{t('initiatives.create')}</button>
          <p id="new-initiative-error" role="alert" class="form-error">
            {failure}
          </p>
        </form>
      )}
      <section aria-labelledby="initiative-list-title">
        <h2 id="initiative-list-title">{t('initiatives.listTitle')}</h2>
        {initiatives === null && <p>{t('initiatives.loading')}</p>}
        {initiatives?.length === 0 && <p>{t('initiatives.empty')}</p>}
        <ul class="initiative-list">
          {initiatives?.map((initiative) => (
            <li key={initiative.id}>
              <a href={`/initiatives/${initiative.id}`}>{initiative.title}</a>{' '}
              <span class="initiative-meta">
                {t(statusLabel(initiative.status))} ·{' '}
                {t('initiatives.updated', { date: formatDateTime(initiative.updatedAt) })}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
