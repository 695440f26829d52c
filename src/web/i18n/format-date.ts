import { language, locale, type Language } from './language.ts';

/** Every centre is in Kamchatka: dates show Kamchatka time whatever the PC's zone says. */
export const KAMCHATKA_TIME_ZONE = 'Asia/Kamchatka';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: KAMCHATKA_TIME_ZONE });
    cache.set(key, found);
  }
  return found;
}

/** «27.11.2026, 21:00» for an ISO timestamp. */
export function formatDateTime(iso: string, lang: Language = language.value): string {
  return formatter(lang, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

/** «27 ноября 2026 г.» for an ISO timestamp or a calendar date (YYYY-MM-DD, taken as is). */
export function formatDate(value: string, lang: Language = language.value): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long' };
  // a calendar date has no zone: read it as noon in Kamchatka so it never shifts a day
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? new Date(`${value}T12:00:00+12:00`)
    : new Date(value);
  return formatter(lang, options).format(date);
}
