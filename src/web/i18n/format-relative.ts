import { language, locale, t, type Language } from './language.ts';

const STEPS: [limitSeconds: number, unit: Intl.RelativeTimeFormatUnit, seconds: number][] = [
  [3600, 'minute', 60],
  [86_400, 'hour', 3600],
  [Infinity, 'day', 86_400],
];

/** «5 минут назад» for a past ISO time; «только что» within a minute. */
export function formatRelative(iso: string, now: number, lang: Language = language.value): string {
  const seconds = Math.max(0, (now - Date.parse(iso)) / 1000);
  if (seconds < 60) return t('relative.justNow');
  const format = new Intl.RelativeTimeFormat(locale(lang), { numeric: 'auto' });
  for (const [limit, unit, size] of STEPS)
    if (seconds < limit) return format.format(-Math.floor(seconds / size), unit);
  return t('relative.justNow');
}
