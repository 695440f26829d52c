import { useState } from 'preact/hooks';
import { t } from '../../i18n/language.ts';
import { session } from '../../session/session-state.ts';
import { KioskStart } from '../kiosk/kiosk-start.tsx';
import { TrainingCalendar } from './training-calendar.tsx';
import { TrainingList } from './training-list.tsx';
import { isUpcoming, useLastSyncAt, useTrainings } from './use-trainings.ts';
import './trainings.css';

/** Trainings: upcoming ones as a list or a month calendar; staff add their own. */
export default function TrainingsScreen() {
  const trainings = useTrainings();
  const syncedAt = useLastSyncAt();
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const upcoming = (trainings ?? []).filter((training) => isUpcoming(training));
  const pressed = (which: typeof view) => ({
    'aria-pressed': view === which,
    class: view === which ? undefined : 'secondary',
  });
  return (
    <>
      <h1>{t('trainings.title')}</h1>
      <div class="actions">
        <a class="button-link" href="/trainings/new">
          {t('trainings.new')}
        </a>
        <button type="button" onClick={() => setView('list')} {...pressed('list')}>
          {t('trainings.listView')}
        </button>
        <button type="button" onClick={() => setView('calendar')} {...pressed('calendar')}>
          {t('trainings.calendarView')}
        </button>
      </div>
      {trainings === undefined ? (
        <p class="note">{t('trainings.loading')}</p>
      ) : view === 'list' ? (
        <section aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">{t('trainings.upcoming')}</h2>
          <TrainingList trainings={upcoming} syncedAt={syncedAt} />
        </section>
      ) : (
        <TrainingCalendar trainings={trainings} />
      )}
      {session.value?.centreId && <KioskStart trainingId={null} />}
    </>
  );
}
