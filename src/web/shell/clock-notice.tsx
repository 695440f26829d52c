import { clockSkewText } from '../i18n/format-clock-skew.ts';
import { clockOffsetMs } from '../store/corrected-now.ts';

/** Says so when this PC's clock is days (or minutes) off the server's; the app corrects for it. */
export function ClockNotice({ class: className = 'status badge' }: { class?: string }) {
  const text = clockSkewText(clockOffsetMs.value);
  if (!text) return null;
  return (
    <p role="alert" class={className} data-testid="clock-notice">
      {text}
    </p>
  );
}
