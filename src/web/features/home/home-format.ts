import { language, locale, t } from '../../i18n/language.ts';

const DAY_MS = 86_400_000;

/** «9 дней», «1 день», «3 дня»: the plural form by Intl.PluralRules. */
export function formatDays(count: number): string {
  const form = new Intl.PluralRules(locale(language.value)).select(count);
  const key = form === 'one' ? 'one' : form === 'few' ? 'few' : 'many';
  return t(`home.days.${key}`, { count });
}

/** Whole days from an ISO time to `now`. */
export function daysSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / DAY_MS));
}
