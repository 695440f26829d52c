import { useEffect, useRef, useState } from 'preact/hooks';
import { CONSENT_TEXTS, CONSENT_VERSION } from '../../../shared/domain/consent-text.ts';
import type { AgeGroup } from '../../../shared/model/registrations.ts';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { PrivacyNotice } from '../privacy/privacy-notice.tsx';
import type { RegistrationOutcome } from './registration-form.tsx';
import { consentGivers } from './registration-values.ts';

interface Props {
  ageGroup: AgeGroup | '';
  onBack: () => void;
  onAccept: () => Promise<RegistrationOutcome>;
}

const ERROR_ID = 'consent-step-error';
const giverLabel: Record<'self' | 'parent', MessageKey> = {
  self: 'consent.agreeSelf',
  parent: 'consent.agreeParent',
};

/** Step 2: the consent as a separate document, in full; nothing is saved until it is accepted. */
export function ConsentStep({ ageGroup, onBack, onAccept }: Props) {
  const text = CONSENT_TEXTS[CONSENT_VERSION];
  const givers = consentGivers(ageGroup);
  const [ticked, setTicked] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function accept(event: Event) {
    event.preventDefault();
    if (!givers.every((giver) => ticked.includes(giver))) {
      setProblem(t('consent.required'));
      return;
    }
    setBusy(true);
    const outcome = await onAccept();
    setBusy(false);
    if (!outcome.ok)
      setProblem(outcome.detail ? `${t(outcome.message)} ${outcome.detail}` : t(outcome.message));
  }

  return (
    <form class="card consent-step" aria-labelledby="consent-title" noValidate onSubmit={accept}>
      <h2 id="consent-title" tabIndex={-1} ref={heading}>
        {text?.title}
      </h2>
      <div class="consent-text" lang="ru" tabIndex={0} aria-label={t('consent.textLabel')}>
        {text?.paragraphs.map((paragraph, n) => (
          <p key={n}>{paragraph}</p>
        ))}
        <p class="note">{t('consent.version', { version: CONSENT_VERSION })}</p>
      </div>
      <PrivacyNotice />
      {givers.map((giver) => (
        <label key={giver} class="choice">
          <input
            type="checkbox"
            name={`consent-${giver}`}
            checked={ticked.includes(giver)}
            onChange={(event) =>
              setTicked(
                event.currentTarget.checked
                  ? [...ticked, giver]
                  : ticked.filter((g) => g !== giver),
              )
            }
            aria-describedby={problem ? ERROR_ID : undefined}
          />
          {t(giverLabel[giver])}
        </label>
      ))}
      <p id={ERROR_ID} class="form-error" role="alert">
        {problem ?? ''}
      </p>
      <div class="actions">
        <button type="button" class="secondary" onClick={onBack}>
          {t('consent.back')}
        </button>
        <button type="submit" disabled={busy}>
          {t('consent.submit')}
        </button>
      </div>
    </form>
  );
}
