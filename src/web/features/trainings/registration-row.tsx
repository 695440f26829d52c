import { useState } from 'preact/hooks';
import type { Registration, RegistrationStatus } from '../../../shared/model/registrations.ts';
import { t } from '../../i18n/language.ts';
import { ageGroupLabel, placementLabel, statusLabel } from './training-labels.ts';

interface Props {
  number: number;
  registration: Registration;
  duplicate: boolean;
  onStatus: (status: RegistrationStatus) => Promise<void>;
  onForget: () => Promise<void>;
}

export function RegistrationRow({ number, registration: r, duplicate, onStatus, onForget }: Props) {
  const [confirming, setConfirming] = useState(false);
  const name = r.anonymized ? t('registrations.anonymized') : (r.fullName ?? '');
  const contacts = [r.phone, r.email, r.contact, r.settlement, r.organization].filter(Boolean);
  const placement = t(placementLabel[r.placement ?? 'pending']);
  return (
    <tr data-testid="registration-row">
      <td>{number}</td>
      <td>
        {name}
        {duplicate && <span class="badge warning">{t('registrations.duplicate')}</span>}
        {r.consent.parentName && (
          <div class="note">{t('registrations.parent', { name: r.consent.parentName })}</div>
        )}
      </td>
      <td>{contacts.join(', ')}</td>
      <td>{r.ageGroup ? t(ageGroupLabel[r.ageGroup]) : ''}</td>
      <td>{r.status === 'active' ? placement : `${t(statusLabel[r.status])} (${placement})`}</td>
      <td class="row-actions">
        {r.status !== 'attended' && (
          <button
            type="button"
            class="secondary"
            aria-label={t('registrations.markAttendedFor', { name })}
            onClick={() => void onStatus('attended')}
          >
            {t('registrations.markAttended')}
          </button>
        )}
        {r.status !== 'active' && (
          <button
            type="button"
            class="secondary"
            aria-label={t('registrations.restoreFor', { name })}
            onClick={() => void onStatus('active')}
          >
            {t('registrations.restore')}
          </button>
        )}
        {r.status === 'active' && (
          <button
            type="button"
            class="secondary"
            aria-label={t('registrations.cancelFor', { name })}
            onClick={() => void onStatus('cancelled')}
          >
            {t('registrations.cancel')}
          </button>
        )}
        {!r.anonymized &&
          (confirming ? (
            <span role="group" aria-label={t('registrations.forgetQuestion', { name })}>
              <span>{t('registrations.forgetQuestion', { name })}</span>
              <button type="button" class="danger" onClick={() => void onForget()}>
                {t('registrations.forgetYes')}
              </button>
              <button type="button" class="secondary" onClick={() => setConfirming(false)}>
                {t('registrations.forgetNo')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              class="secondary"
              aria-label={t('registrations.forgetFor', { name })}
              onClick={() => setConfirming(true)}
            >
              {t('registrations.forget')}
            </button>
          ))}
      </td>
    </tr>
  );
}
