import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { session } from '../../session/session-state.ts';
import { KioskStart } from '../kiosk/kiosk-start.tsx';
import { RegistrationForm } from './registration-form.tsx';
import { RegistrationList } from './registration-list.tsx';
import { saveRegistration } from './save-registration.ts';
import { SeatsLine } from './seats-line.tsx';
import { TrainingWhen } from './training-when.tsx';
import { useLastSyncAt, useRegistrations, useTraining } from './use-trainings.ts';
import './trainings.css';

/** One training: when, where, seats as of the last sync, linked materials, and its registrations. */
export default function TrainingPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const training = useTraining(id);
  const registrations = useRegistrations(id);
  const syncedAt = useLastSyncAt();
  const [registering, setRegistering] = useState(false);
  const materialIds = training?.materialIds ?? [];
  const materials = useLiveQuery(
    async () => (await db.records('materials').bulkGet(materialIds)).filter((m) => m !== undefined),
    [],
    [materialIds.join()],
  );

  if (training === undefined) return <p class="note">{t('trainings.loading')}</p>;
  if (training === null)
    return (
      <>
        <h1>{t('trainings.notFoundTitle')}</h1>
        <p>{t('trainings.notFound')}</p>
        <a href="/trainings">{t('trainings.back')}</a>
      </>
    );
  const pending = registrations.filter((r) => !r.placement && r.status === 'active').length;
  const editable = session.value?.role === 'regional' || training.centreId !== null;
  return (
    <>
      <p>
        <a href="/trainings">{t('trainings.back')}</a>
      </p>
      <h1>{training.title}</h1>
      <TrainingWhen training={training} />
      <SeatsLine training={training} syncedAt={syncedAt} pending={pending} />
      {training.organizer && <p>{t('trainings.organizerIs', { name: training.organizer })}</p>}
      {training.description && <p class="training-description">{training.description}</p>}
      {materials.length > 0 && (
        <section aria-labelledby="training-materials">
          <h2 id="training-materials">{t('trainings.materials')}</h2>
          <ul>
            {materials.map((material) => (
              <li key={material.id}>
                <a href={`/materials/${material.id}`}>{material.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="actions">
        {editable && (
          <a class="button-link secondary" href={`/trainings/${training.id}/edit`}>
            {t('trainings.edit')}
          </a>
        )}
        <button
          type="button"
          onClick={() => setRegistering(!registering)}
          aria-expanded={registering}
        >
          {t('trainings.registerPerson')}
        </button>
      </div>
      {registering && (
        <RegistrationForm onSubmit={(values) => saveRegistration(training, values, 'staff')} />
      )}
      <RegistrationList training={training} registrations={registrations} />
      {session.value?.centreId && <KioskStart trainingId={training.id} />}
    </>
  );
}
