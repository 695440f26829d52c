import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Training } from '../../../shared/model/trainings.ts';
import { t } from '../../i18n/language.ts';
import { RegistrationForm } from '../trainings/registration-form.tsx';
import { saveRegistration } from '../trainings/save-registration.ts';
import { TrainingList } from '../trainings/training-list.tsx';
import { TrainingWhen } from '../trainings/training-when.tsx';
import { isUpcoming, useTrainings } from '../trainings/use-trainings.ts';
import { KioskExit } from './kiosk-exit.tsx';
import { IdleClear } from './idle-clear.tsx';
import { kioskLock } from './kiosk-lock.ts';
import '../trainings/trainings.css';

/** Seconds the result stays on screen before the form clears for the next person. */
const RESULT_SECONDS = 20;

/** The idle clearing's times; tests pass short ones. */
interface KioskIdleTimes {
  idleMs?: number;
  countdownSeconds?: number;
}

/**
 * The library PC as a registration kiosk: the upcoming list or one training, the form, and
 * nothing else. Shown whatever the address while the kiosk is locked (see kiosk-lock.ts).
 */
export default function KioskScreen({ idle = {} }: { idle?: KioskIdleTimes }) {
  const { route } = useLocation();
  const fixed = kioskLock.value?.trainingId ?? null;
  const trainings = useTrainings();
  const [picked, setPicked] = useState<string | null>(null);
  const [exiting, setExiting] = useState(false);
  const upcoming = (trainings ?? []).filter((tr) => isUpcoming(tr) && tr.published);
  const chosenId = fixed ?? picked;
  const training: Training | undefined = (trainings ?? []).find((tr) => tr.id === chosenId);

  function left(trainingId: string | null) {
    // back to the training page in the normal app (the router shows it once unlocked)
    route(trainingId ? `/trainings/${trainingId}` : '/trainings', true);
  }

  return (
    <div class="kiosk">
      <h1>{t('kiosk.title')}</h1>
      {exiting ? (
        <KioskExit onClose={() => setExiting(false)} onLeft={left} />
      ) : training ? (
        <>
          <h2 class="kiosk-training">{training.title}</h2>
          <TrainingWhen training={training} />
          <IdleClear key={training.id} {...idle}>
            <RegistrationForm
              onSubmit={(values) => saveRegistration(training, values, 'kiosk')}
              resetAfterSeconds={RESULT_SECONDS}
              onFinished={() => setPicked(null)}
            />
          </IdleClear>
          {!fixed && (
            <button type="button" class="secondary" onClick={() => setPicked(null)}>
              {t('kiosk.otherTraining')}
            </button>
          )}
        </>
      ) : trainings === undefined ? (
        <p class="note">{t('trainings.loading')}</p>
      ) : (
        <section aria-labelledby="kiosk-list-title">
          <h2 id="kiosk-list-title">{t('kiosk.choose')}</h2>
          <TrainingList trainings={upcoming} syncedAt={null} onPick={(tr) => setPicked(tr.id)} />
        </section>
      )}
      {!exiting && (
        <button type="button" class="kiosk-staff secondary" onClick={() => setExiting(true)}>
          {t('kiosk.forStaff')}
        </button>
      )}
    </div>
  );
}
