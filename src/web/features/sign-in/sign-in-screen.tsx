import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { session } from '../../session/session-state.ts';
import { signIn, type SignInResult } from '../../session/sign-in.ts';
import { WipeData } from '../settings/wipe-data.tsx';

const ERROR_ID = 'sign-in-error';

function problemText(result: Extract<SignInResult, { ok: false }>): string {
  if (result.serverMessage) return result.serverMessage;
  const keys: Record<typeof result.reason, MessageKey> = {
    offline: 'signIn.offline',
    offline_wrong_password: 'signIn.offlineWrongPassword',
    other_centre: 'signIn.otherCentre',
    failed: 'signIn.failed',
  };
  return t(keys[result.reason]);
}

/** Login and password; the only screen that needs the network, and only the first time. */
export default function SignInScreen() {
  const { route } = useLocation();
  const again = session.value?.token === null;
  const [login, setLogin] = useState(session.value?.login ?? '');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [otherCentre, setOtherCentre] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!login.trim() || !password) {
      setProblem(t('signIn.empty'));
      return;
    }
    setBusy(true);
    const result = await signIn(login.trim(), password);
    setBusy(false);
    if (result.ok) {
      route('/');
      return;
    }
    setPassword('');
    setOtherCentre(result.reason === 'other_centre');
    setProblem(problemText(result));
  }

  const described = problem ? { 'aria-invalid': true, 'aria-describedby': ERROR_ID } : {};
  return (
    <>
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      <p>{again ? t('signIn.again') : t('signIn.intro')}</p>
      <form
        class="card"
        aria-labelledby="sign-in-title"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label for="sign-in-login">{t('signIn.login')}</label>
        <input
          id="sign-in-login"
          name="login"
          autocomplete="username"
          value={login}
          onInput={(event) => setLogin(event.currentTarget.value)}
          {...described}
        />
        <label for="sign-in-password">{t('signIn.password')}</label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autocomplete="current-password"
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
          {...described}
        />
        <p id={ERROR_ID} class="form-error" role="alert">
          {problem}
        </p>
        <button type="submit" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
      {otherCentre && <WipeData />}
    </>
  );
}
