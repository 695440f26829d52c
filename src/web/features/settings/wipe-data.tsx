import { useState } from 'preact/hooks';
import { t } from '../../i18n/language.ts';
import { unsentChanges, wipeCentreData } from '../../session/wipe-centre-data.ts';

type Step = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'refused'; unsent: number };

/** Removes the centre's data from this PC: asked twice, refused while changes are unsent. */
export function WipeData() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  async function ask() {
    const unsent = await unsentChanges();
    setStep(unsent > 0 ? { kind: 'refused', unsent } : { kind: 'confirm' });
  }

  async function wipe() {
    const result = await wipeCentreData();
    if (!result.ok) {
      setStep({ kind: 'refused', unsent: result.unsent });
      return;
    }
    window.location.assign('/');
  }

  return (
    <section class="card" aria-labelledby="wipe-title">
      <h2 id="wipe-title">{t('account.wipe')}</h2>
      {step.kind === 'confirm' ? (
        <>
          <p role="alert">{t('account.wipeConfirm')}</p>
          <button type="button" class="danger" onClick={() => void wipe()}>
            {t('account.wipeYes')}
          </button>{' '}
          <button type="button" onClick={() => setStep({ kind: 'idle' })}>
            {t('account.cancel')}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => void ask()}>
          {t('account.wipe')}
        </button>
      )}
      {step.kind === 'refused' && (
        <p role="alert" data-testid="wipe-refused">
          {t('account.wipeRefused', { count: step.unsent })} <a href="/sync">{t('sync.now')}</a>
        </p>
      )}
    </section>
  );
}
