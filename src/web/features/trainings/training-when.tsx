import type { Training } from '../../../shared/model/trainings.ts';
import { formatDateTime } from '../../i18n/format-date.ts';
import { t } from '../../i18n/language.ts';
import { kindLabel } from './training-labels.ts';

/** "Seminar · 14.03.2026, 14:00 — 18:00 (Kamchatka time)" and where. */
export function TrainingWhen({ training }: { training: Training }) {
  const start = formatDateTime(training.startsAt);
  const end = formatDateTime(training.endsAt);
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  const online = training.placeKind === 'online';
  return (
    <p class="training-when">
      <span>{t(kindLabel[training.kind])}</span>
      {' · '}
      <span>
        {start} — {sameDay ? end.slice(end.indexOf(' ') + 1) : end} {t('trainings.kamchatkaTime')}
      </span>
      <br />
      {online ? (
        <span>
          {t('trainings.online')}:{' '}
          <a href={training.place} rel="noopener noreferrer" target="_blank">
            {training.place}
          </a>
        </span>
      ) : (
        <span>{[training.settlement, training.place].filter(Boolean).join(', ')}</span>
      )}
    </p>
  );
}
