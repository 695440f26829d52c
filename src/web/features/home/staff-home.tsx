import { formatDate, formatDateTime } from '../../i18n/format-date.ts';
import { formatRelative } from '../../i18n/format-relative.ts';
import { t } from '../../i18n/language.ts';
import type { SessionRow } from '../../store/db.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { sectionLabel } from '../initiatives/initiative-labels.ts';
import { daysSince, formatDays } from './home-format.ts';
import { staffAgenda, type Agenda } from './staff-agenda.ts';

/** Lines shown per list; the rest is counted, with a link to where they all are. */
const SHOWN = 10;

function More({ count, href }: { count: number; href: string }) {
  if (count <= SHOWN) return null;
  return (
    <p>
      <a href={href}>{t('home.more', { count: count - SHOWN })}</a>
    </p>
  );
}

/** Offline this long, the home screen says so and what can be done. */
export const LONG_OFFLINE_DAYS = 3;

function FirstSteps() {
  return (
    <section aria-labelledby="first-steps-title">
      <h2 id="first-steps-title">{t('home.firstStepsTitle')}</h2>
      <p>{t('home.firstStepsIntro')}</p>
      <ol>
        <li>
          <a href="/organizations">{t('home.firstStepOrganization')}</a>
        </li>
        <li>
          <a href="/organizations">{t('home.firstStepChecklist')}</a>
        </li>
        <li>
          <a href="/trainings/new">{t('home.firstStepTraining')}</a>
        </li>
      </ol>
    </section>
  );
}

function Today({ agenda }: { agenda: Agenda }) {
  const { steps, drafts, trainings, rejected, conflicts } = agenda;
  const quiet = !steps.length && !drafts.length && !trainings.length && !rejected && !conflicts;
  return (
    <section aria-labelledby="today-title">
      <h2 id="today-title">{t('home.todayTitle')}</h2>
      {quiet && <p>{t('home.nothingToday')}</p>}
      {steps.length > 0 && (
        <>
          <h3>{t('home.stepsTitle')}</h3>
          <ul data-testid="home-steps">
            {steps.slice(0, SHOWN).map((s) => (
              <li key={`${s.checklistId}/${s.stepTitle}`} class={s.overdue ? 'home-overdue' : ''}>
                <a href={`/checklists/${s.checklistId}`}>
                  {t(s.overdue ? 'home.stepOverdue' : 'home.stepNear', {
                    organization: s.organizationName,
                    step: s.stepTitle,
                    due: formatDate(s.due),
                  })}
                </a>
              </li>
            ))}
          </ul>
          <More count={steps.length} href="/organizations" />
        </>
      )}
      {drafts.length > 0 && (
        <>
          <h3>{t('home.draftsTitle')}</h3>
          <ul data-testid="home-drafts">
            {drafts.slice(0, SHOWN).map((d) => (
              <li key={d.initiativeId}>
                <a href={`/initiatives/${d.initiativeId}`}>
                  {t('home.draftComments', {
                    title: d.title,
                    sections: d.sections.map((s) => t(sectionLabel(s))).join(', '),
                  })}
                </a>
              </li>
            ))}
          </ul>
          <More count={drafts.length} href="/initiatives" />
        </>
      )}
      {trainings.length > 0 && (
        <>
          <h3>{t('home.trainingsTitle')}</h3>
          <ul data-testid="home-trainings">
            {trainings.map((tr) => (
              <li key={tr.id}>
                <a href={`/trainings/${tr.id}`}>
                  {t('home.trainingLine', {
                    when: formatDateTime(tr.startsAt),
                    title: tr.title,
                    registered: tr.registered,
                    capacity: tr.capacity,
                  })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {(rejected > 0 || conflicts > 0) && (
        <>
          <h3>{t('home.problemsTitle')}</h3>
          <ul data-testid="home-problems">
            {rejected > 0 && (
              <li>
                <a href="/sync">{t('home.rejected', { count: rejected })}</a>
              </li>
            )}
            {conflicts > 0 && (
              <li>
                <a href="/sync">{t('home.conflicts', { count: conflicts })}</a>
              </li>
            )}
          </ul>
        </>
      )}
    </section>
  );
}

function SyncState({ agenda, now }: { agenda: Agenda; now: number }) {
  const silentDays = agenda.lastSyncAt ? daysSince(agenda.lastSyncAt, now) : 0;
  return (
    <section aria-labelledby="home-sync-title" data-testid="home-sync">
      <h2 id="home-sync-title">{t('home.syncTitle')}</h2>
      <p>
        <a href="/sync">
          {agenda.unsent > 0 ? t('home.unsent', { count: agenda.unsent }) : t('home.allSent')}
        </a>{' '}
        {agenda.lastSyncAt
          ? t('home.lastSync', { when: formatRelative(agenda.lastSyncAt, now) })
          : t('home.neverSynced')}
      </p>
      {silentDays >= LONG_OFFLINE_DAYS && (
        <p class="home-warning" role="status">
          {t('home.longOffline', { days: formatDays(silentDays) })}
        </p>
      )}
    </section>
  );
}

/** The librarian's home: what needs doing today, from this PC's data (so it works offline). */
export default function StaffHome({ person, now }: { person: SessionRow; now: number }) {
  const agenda = useLiveQuery(() => staffAgenda(db, person, now), null, [person.userId, now]);
  if (!agenda) return null;
  return (
    <>
      {agenda.empty ? <FirstSteps /> : <Today agenda={agenda} />}
      <SyncState agenda={agenda} now={now} />
      <p class="note">{t('home.notYet')}</p>
    </>
  );
}
