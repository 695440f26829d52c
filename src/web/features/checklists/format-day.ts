import { language } from '../../i18n/language.ts';

/** «14 марта 2027» for a YYYY-MM-DD calendar date, whatever the computer's time zone. */
export function formatDay(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(
    language.value === 'ru' ? 'ru-RU' : 'en-GB',
    {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    },
  );
}
