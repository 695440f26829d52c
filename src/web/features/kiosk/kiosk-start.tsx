import { useState } from 'preact/hooks';
import { t } from '../../i18n/language.ts';
import { lockKiosk } from './kiosk-lock.ts';
import { hashPassword } from './password-hash.ts';

const ERROR_ID = 'kiosk-start-error';

/**
 * Staff turn the PC into a registration kiosk: they type their password (twice); only a salted
 * hash of it is kept, to check it offline when they come back to leave the kiosk.
 */
export function KioskStart({ trainingId }: { trainingId: string | null }) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function start(event: Event) {
    event.preventDefault();
    if (password.length < 4) return setProblem(t('kiosk.passwordShort'));
    if (password !== repeat) return setProblem(t('kiosk.passwordMismatch'));
    setBusy(true);
    const hash = await hashPassword(password);
    setPassword('');
    setRepeat('');
    lockKiosk({ trainingId, ...hash });
    // full screen where the browser allows it; the lock holds either way
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  const described = problem ? { 'aria-invalid': true, 'aria-describedby': ERROR_ID } : {};
  return (
    <form class="card kiosk-start" aria-labelledby="kiosk-start-title" noValidate onSubmit={start}>
      <h2 id="kiosk-start-title">{t(trainingId ? 'kiosk.startOne' : 'kiosk.startList')}</h2>
      <p class="note">{t('kiosk.startHint')}</p>
      <label for="kiosk-password">{t('kiosk.password')}</label>
      <input
        id="kiosk-password"
        name="kiosk-password"
        type="password"
        autocomplete="current-password"
        value={password}
        onInput={(e) => setPassword(e.currentTarget.value)}
        {...described}
      />
      <label for="kiosk-password-repeat">{t('kiosk.passwordRepeat')}</label>
      <input
        id="kiosk-password-repeat"
        name="kiosk-password-repeat"
        type="password"
        autocomplete="current-password"
        value={repeat}
        onInput={(e) => setRepeat(e.currentTarget.value)}
        {...described}
      />
      <p id={ERROR_ID} class="form-error" role="alert">
        {problem ?? ''}
      </p>
      <button type="submit" disabled={busy}>
        {t('kiosk.start')}
      </button>
    </form>
  );
}
