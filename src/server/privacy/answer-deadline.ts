// every centre is in Kamchatka (UTC+12, no daylight saving): working days are Kamchatka days
const KAMCHATKA_MS = 12 * 3_600_000;

/**
 * The day an answer to a person's request is due: 10 working days (ст. 20 152-ФЗ), Monday to
 * Friday. Public holidays are not known here: they only move the legal date later, so an
 * answer by this date is always in time.
 */
export function answerDeadline(received: Date, workingDays = 10): Date {
  const day = new Date(received.getTime() + KAMCHATKA_MS);
  let left = workingDays;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(day.getTime() - KAMCHATKA_MS);
}
