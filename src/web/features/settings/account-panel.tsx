import { t } from '../../i18n/language.ts';
import { session } from '../../session/session-state.ts';
import { signOut } from '../../session/sign-in.ts';
import { WipeData } from './wipe-data.tsx';

/** The shared library PC: who is signed in, switching user, and removing the centre's data. */
export function AccountPanel() {
  const current = session.value;
  if (!current) return null;
  return (
    <>
      <section class="card" aria-labelledby="account-title">
        <h2 id="account-title">{t('account.title')}</h2>
        <p>{t('account.signedInAs', { login: current.login })}</p>
        <button type="button" onClick={() => void signOut()}>
          {t('account.switchUser')}
        </button>
        <p class="note">{t('account.switchNote')}</p>
      </section>
      <WipeData />
    </>
  );
}
