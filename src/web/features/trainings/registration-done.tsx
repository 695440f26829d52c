import { useEffect, useRef } from 'preact/hooks';
import type { Placement } from '../../../shared/model/registrations.ts';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { placementLabel } from './training-labels.ts';

interface Props {
  outcome: { placement: Placement; duplicate: boolean };
  resetAfterSeconds: number | undefined;
  onNext: () => void;
}

const explanation: Record<Placement, MessageKey> = {
  pending: 'registered.pendingText',
  confirmed: 'registered.confirmedText',
  waitlist: 'registered.waitlistText',
};

/** The result, without the person's name: the next volunteer may already be standing here. */
export function RegistrationDone({ outcome, resetAfterSeconds, onNext }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (!resetAfterSeconds) return;
    const timer = setTimeout(onNext, resetAfterSeconds * 1000);
    return () => clearTimeout(timer);
  }, [resetAfterSeconds]);
  return (
    <section class="card registration-done" aria-labelledby="registered-title">
      <h2 id="registered-title" tabIndex={-1} ref={heading}>
        {t('registered.title')}
      </h2>
      <p class="placement-line">
        {t('registered.status')}{' '}
        <strong data-testid="registration-placement">{t(placementLabel[outcome.placement])}</strong>
      </p>
      <p>{t(explanation[outcome.placement])}</p>
      {outcome.duplicate && <p class="warning">{t('registered.duplicate')}</p>}
      <button type="button" onClick={onNext}>
        {t('registered.next')}
      </button>
    </section>
  );
}
