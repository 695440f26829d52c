/** Kamchatka keeps UTC+12 all year: a datetime-local value is read and written at that offset. */
const OFFSET_MS = 12 * 60 * 60_000;

/** «2026-03-14T14:00» for an ISO instant, as a datetime-local input shows it in Kamchatka. */
export function toKamchatkaInput(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : new Date(ms + OFFSET_MS).toISOString().slice(0, 16);
}

/** The ISO instant of a datetime-local value typed in Kamchatka time; '' when empty. */
export function fromKamchatkaInput(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00.000+12:00` : '';
}

/** YYYY-MM-DD of the instant in Kamchatka: the calendar day a training falls on there. */
export function kamchatkaDay(iso: string): string {
  return toKamchatkaInput(iso).slice(0, 10);
}
