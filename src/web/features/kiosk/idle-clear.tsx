import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { locale, t } from '../../i18n/language.ts';

/** A person who walks away mid-form: after this long without input the countdown starts. */
export const KIOSK_IDLE_MS = 2 * 60_000;
export const KIOSK_COUNTDOWN_SECONDS = 10;

interface Props {
  /** Injectable so a test need not wait two minutes. */
  idleMs?: number;
  countdownSeconds?: number;
  /** Called when the form was cleared (by the countdown or the button). */
  onCleared?: () => void;
  children: ComponentChildren;
}

function secondsText(n: number): string {
  const form = new Intl.PluralRules(locale()).select(n);
  const key = form === 'one' ? 'one' : form === 'few' ? 'few' : 'many';
  return t(`kiosk.seconds.${key}`, { n });
}

const INPUT_EVENTS = ['input', 'change', 'keydown', 'pointerdown'] as const;

/**
 * Clears the kiosk form when the person left it half filled: name and phone must not wait on
 * screen for the next visitor. Any input cancels the countdown; the clear button clears at once.
 */
export function IdleClear(props: Props) {
  const { idleMs = KIOSK_IDLE_MS, countdownSeconds = KIOSK_COUNTDOWN_SECONDS } = props;
  const [round, setRound] = useState(0);
  const [left, setLeft] = useState<number | null>(null);
  const area = useRef<HTMLDivElement>(null);
  const idle = useRef<ReturnType<typeof setTimeout>>();
  const countdown = useRef<ReturnType<typeof setInterval>>();

  function stopTimers() {
    clearTimeout(idle.current);
    clearInterval(countdown.current);
  }

  function clear() {
    stopTimers();
    setLeft(null);
    setRound((r) => r + 1);
    props.onCleared?.();
  }

  function startCountdown() {
    const endsAt = Date.now() + countdownSeconds * 1000;
    setLeft(countdownSeconds);
    countdown.current = setInterval(() => {
      const seconds = Math.ceil((endsAt - Date.now()) / 1000);
      if (seconds <= 0) clear();
      else setLeft(seconds);
    }, 1000);
  }

  function restartIdle() {
    stopTimers();
    setLeft(null);
    idle.current = setTimeout(startCountdown, idleMs);
  }

  useEffect(() => {
    const node = area.current;
    if (!node) return;
    for (const name of INPUT_EVENTS) node.addEventListener(name, restartIdle, true);
    return () => {
      for (const name of INPUT_EVENTS) node.removeEventListener(name, restartIdle, true);
      stopTimers();
    };
  }, [idleMs, countdownSeconds]);

  return (
    <div ref={area} class="kiosk-idle">
      <div key={round}>{props.children}</div>
      <p role="status" class="kiosk-countdown">
        {left !== null && left > 0 ? t('kiosk.clearingIn', { seconds: secondsText(left) }) : ''}
      </p>
      {left !== null && left > 0 && (
        <button type="button" onClick={restartIdle}>
          {t('kiosk.keep')}
        </button>
      )}
      <button type="button" class="secondary" onClick={clear}>
        {t('kiosk.clear')}
      </button>
    </div>
  );
}
