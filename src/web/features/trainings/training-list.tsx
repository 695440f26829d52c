import type { Training } from '../../../shared/model/trainings.ts';
import { t } from '../../i18n/language.ts';
import { SeatsLine } from './seats-line.tsx';
import { TrainingWhen } from './training-when.tsx';

interface Props {
  trainings: readonly Training[];
  syncedAt: string | null;
  /** Where a title leads; the kiosk and the public page pick instead of navigating. */
  onPick?: (training: Training) => void;
}

export function TrainingList({ trainings, syncedAt, onPick }: Props) {
  if (trainings.length === 0) return <p class="note">{t('trainings.none')}</p>;
  return (
    <ul class="training-list">
      {trainings.map((training) => (
        <li key={training.id} class="training-item">
          <h3>
            {onPick ? (
              <button type="button" class="link-button" onClick={() => onPick(training)}>
                {training.title}
              </button>
            ) : (
              <a href={`/trainings/${training.id}`}>{training.title}</a>
            )}
            {!training.published && <span class="badge">{t('trainings.unpublished')}</span>}
          </h3>
          <TrainingWhen training={training} />
          <SeatsLine training={training} syncedAt={syncedAt} />
        </li>
      ))}
    </ul>
  );
}
