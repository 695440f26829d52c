import { useEffect, useState } from 'preact/hooks';
import type { Training } from '../../../shared/model/trainings.ts';
import { t } from '../../i18n/language.ts';
import { logError } from '../../log.ts';
import type { CentreChoice } from './person-step.tsx';
import { fetchPublicTrainings, postPublicRegistration } from './public-api.ts';
import { RegistrationForm } from './registration-form.tsx';
import { TrainingList } from './training-list.tsx';
import { TrainingWhen } from './training-when.tsx';
import './trainings.css';

type Loaded = { trainings: Training[]; centres: CentreChoice[] } | null | undefined;

/**
 * The public page a volunteer opens on their phone (online): upcoming published trainings
 * from the regional server and the same registration form; no sign-in, nothing kept locally.
 */
export default function PublicTrainingsScreen() {
  const [loaded, setLoaded] = useState<Loaded>(undefined);
  const [picked, setPicked] = useState<Training | null>(null);
  useEffect(() => {
    fetchPublicTrainings().then(setLoaded, (error: unknown) => {
      logError('public trainings', error);
      setLoaded(null);
    });
  }, []);

  return (
    <>
      <h1>{t('public.title')}</h1>
      <p>{t('public.intro')}</p>
      {loaded === undefined && <p class="note">{t('trainings.loading')}</p>}
      {loaded === null && <p role="alert">{t('public.offline')}</p>}
      {loaded && picked && (
        <>
          <h2>{picked.title}</h2>
          <TrainingWhen training={picked} />
          <RegistrationForm
            honeypot
            centres={picked.centreId === null ? loaded.centres : []}
            onSubmit={(values, honeypot) => postPublicRegistration(picked, values, honeypot)}
            onFinished={() => setPicked(null)}
          />
          <button type="button" class="secondary" onClick={() => setPicked(null)}>
            {t('public.back')}
          </button>
        </>
      )}
      {loaded && !picked && (
        <section aria-labelledby="public-list-title">
          <h2 id="public-list-title">{t('trainings.upcoming')}</h2>
          <TrainingList trainings={loaded.trainings} syncedAt={null} onPick={setPicked} />
        </section>
      )}
    </>
  );
}
