import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../src/web/i18n/format-date.ts';
import { setLanguage } from '../../../src/web/i18n/language.ts';

afterEach(() => setLanguage('ru'));

describe('dates in Kamchatka time', () => {
  it('shows a seminar stored in UTC at its Kamchatka wall-clock time', () => {
    // 09:00 UTC is 21:00 in Petropavlovsk-Kamchatsky and Tigil (UTC+12)
    expect(formatDateTime('2026-11-27T09:00:00.000Z', 'ru')).toBe('27.11.2026, 21:00');
  });

  it('moves to the next day when UTC evening is already Kamchatka morning', () => {
    expect(formatDate('2026-11-27T13:30:00.000Z', 'ru')).toBe('28 ноября 2026 г.');
  });

  it('never shifts a calendar date, whatever the offset', () => {
    expect(formatDate('2026-04-15', 'ru')).toBe('15 апреля 2026 г.');
    expect(formatDate('2026-04-15', 'en')).toBe('15 April 2026');
  });

  it('follows the chosen interface language by default', () => {
    setLanguage('en');
    expect(formatDate('2026-11-27T09:00:00.000Z')).toBe('27 November 2026');
  });
});
