import { describe, expect, it } from 'vitest';
import { toExcelCsv } from '../../../../src/web/features/trainings/registrations-csv.ts';
import { registrationRows } from '../../../../src/web/features/trainings/registration-export.ts';
import {
  fromKamchatkaInput,
  kamchatkaDay,
  toKamchatkaInput,
} from '../../../../src/web/features/trainings/kamchatka-time.ts';
import { volunteerRegistration } from '../../shared/fixtures.ts';

describe('the registration list as a file for Excel', () => {
  it('starts with a BOM, separates by «;», quotes every cell and ends lines with CRLF', () => {
    const csv = toExcelCsv([
      ['ФИО', 'Организация'],
      ['Ильина Светлана', 'АНО «Берег»; "рыбаки"'],
    ]);
    expect(csv).toBe(
      '\uFEFF"ФИО";"Организация"\r\n"Ильина Светлана";"АНО «Берег»; ""рыбаки"""\r\n',
    );
  });

  it('lists a person with consent version and place; a deleted person has no name left', () => {
    const kept = { ...volunteerRegistration(), placement: 'waitlist' as const };
    const forgotten = {
      ...volunteerRegistration(),
      id: crypto.randomUUID(),
      fullName: undefined,
      phone: undefined,
      anonymized: true,
    };
    const [header, first, second] = registrationRows([kept, forgotten], new Map());
    expect(header?.[1]).toBe('ФИО');
    expect(first).toContain('Ильина Светлана Николаевна');
    expect(first).toContain('+7 914 021-45-67');
    expect(first).toContain('лист ожидания');
    expect(first?.join()).toContain('pd-2025-09');
    expect(second?.[1]).toBe('данные удалены по просьбе');
    expect(second?.join()).not.toContain('Ильина');
  });
});

describe('Kamchatka time in the training editor', () => {
  it('reads and writes datetime-local values at UTC+12 whatever the PC’s zone', () => {
    expect(fromKamchatkaInput('2026-03-14T14:00')).toBe('2026-03-14T14:00:00.000+12:00');
    expect(toKamchatkaInput('2026-03-14T02:00:00.000Z')).toBe('2026-03-14T14:00');
    // 22:00 UTC on the 13th is already the 14th in Tigil
    expect(kamchatkaDay('2026-03-13T22:00:00Z')).toBe('2026-03-14');
    expect(fromKamchatkaInput('')).toBe('');
  });
});
