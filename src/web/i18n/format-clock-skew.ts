import { language, locale, t, type Language } from './language.ts';

/** A PC clock further off than this from the server's is worth a person's attention. */
export const CLOCK_SKEW_NOTICE_MS = 5 * 60_000;

const UNITS: [unit: 'day' | 'hour' | 'minute', ms: number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * «Часы компьютера отстают на 3 дня — проверьте дату» for the offset the last sync measured
 * (server minus PC: positive when the PC is behind); null while the clock is close enough.
 */
export function clockSkewText(offsetMs: number, lang: Language = language.value): string | null {
  const size = Math.abs(offsetMs);
  if (size <= CLOCK_SKEW_NOTICE_MS) return null;
  const [unit, unitMs] = UNITS.find(([, ms]) => size >= ms) ?? ['minute', 60_000];
  const amount = new Intl.NumberFormat(locale(lang), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(Math.round(size / unitMs));
  return t(offsetMs > 0 ? 'status.clockBehind' : 'status.clockAhead', { amount });
}
