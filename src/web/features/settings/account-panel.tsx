import { useState } from 'preact/hooks';
import { t } from '../../i18n/language.ts';
import { session } from '../../session/session-state.ts';
import { signOut } from '../../session/sign-in.ts';
import { online } from '../../shell/online-status.ts';
import { DevicesPanel } from './devices-panel.tsx';
import { WipeData } from './wipe-data.tsx';

/** The shared library PC: who is signed in, their devices, switching user, removing the centre's data. */
export function AccountPanel() {
  const current = session.value;
  const [warned, setWarned] = useState(false);
  if (!current) return null;
  // with no link only people who signed in here before can come back: say so before, not after
  const switchUser = () => (online.value || warned ? void signOut() : setWarned(true));
  return (
    <>
      <section class="card" aria-labelledby="account-title">
        <h2 id="account-title">{t('account.title')}</h2>
        <p>
          {t('account.signedInAs', {
            name: current.displayName ?? current.login,
            login: current.login,
          })}
        </p>
        {warned && !online.value && (
          <p role="alert" class="warning">
            {t('account.switchOffline')}
          </p>
        )}
        <button type="button" onClick={switchUser}>
          {warned && !online.value ? t('account.switchAnyway') : t('account.switchUser')}
        </button>
        {warned && !online.value && (
          <button type="button" class="secondary" onClick={() => setWarned(false)}>
            {t('account.cancel')}
          </button>
        )}
        <p class="note">{t('account.switchNote')}</p>
      </section>
      <DevicesPanel token={current.token} />
      <WipeData />
    </>
  );
}
