import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/language.ts';
import { kioskLock, unlockKiosk } from './kiosk-lock.ts';
import { verifyPassword } from './password-hash.ts';

const ERROR_ID = 'kiosk-exit-error';

/** "For staff": the staff password, checked against the stored hash, opens the app again. */
export function KioskExit({
  onClose,
  onLeft,
}: {
  onClose: () => void;
  onLeft: (trainingId: string | null) => void;
}) {
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  async function leave(event: Event) {
    event.preventDefault();
    const lock = kioskLock.value;
    if (!lock) return onLeft(null);
    setBusy(true);
    const right = password !== '' && (await verifyPassword(password, lock));
    setBusy(false);
    setPassword('');
    if (!right) {
      setProblem(t('kiosk.wrongPassword'));
      field.current?.focus();
      return;
    }
    unlockKiosk();
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    onLeft(lock.trainingId);
  }

  return (
    <form class="card kiosk-exit" aria-labelledby="kiosk-exit-title" noValidate onSubmit={leave}>
      <h2 id="kiosk-exit-title">{t('kiosk.exitTitle')}</h2>
      <label for="kiosk-exit-password">{t('kiosk.password')}</label>
      <input
        ref={field}
        id="kiosk-exit-password"
        name="kiosk-exit-password"
        type="password"
        autocomplete="off"
        value={password}
        onInput={(e) => setPassword(e.currentTarget.value)}
        {...(problem ? { 'aria-invalid': true, 'aria-describedby': ERROR_ID } : {})}
      />
      <p id={ERROR_ID} class="form-error" role="alert">
        {problem ?? ''}
      </p>
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('kiosk.exit')}
        </button>
        <button type="button" class="secondary" onClick={onClose}>
          {t('kiosk.backToForm')}
        </button>
      </div>
    </form>
  );
}
