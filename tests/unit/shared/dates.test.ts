import { describe, expect, it } from 'vitest';
import { validatePatch } from '../../../src/shared/model/validate.ts';

const starts = (startsAt: string) => validatePatch('trainings', { startsAt });
const founded = (foundedOn: string) => validatePatch('organizations', { foundedOn });

describe('when a seminar starts', () => {
  it.each([
    ['Kamchatka time', '2026-04-15T10:00:00.000+12:00'],
    ['UTC', '2026-04-14T22:00:00Z'],
    ['the furthest real zone, Kiribati', '2026-04-15T12:00:00+14:00'],
    ['Baker Island, twelve hours behind', '2026-04-14T10:00:00-12:00'],
    ['a half-hour zone', '2026-04-15T03:45:00+05:45'],
    ['the first year allowed', '1900-01-01T00:00:00Z'],
    ['the last year allowed', '2200-12-31T23:59:59Z'],
  ])('%s is accepted', (_where, startsAt) => {
    expect(starts(startsAt)).toEqual({ ok: true, value: { startsAt } });
  });

  it.each([
    ['a UTC offset of +23:00', '2030-06-01T10:00:00+23:00'],
    ['a UTC offset just past +14:00', '2030-06-01T10:00:00+14:01'],
    ['a UTC offset of -15:00', '2030-06-01T10:00:00-15:00'],
  ])('%s is refused: no place on Earth keeps that time', (_what, startsAt) => {
    expect(starts(startsAt)).toMatchObject({
      ok: false,
      code: 'invalid',
      field: 'startsAt',
      message: expect.stringMatching(/часов.* пояс/i),
    });
  });

  it.each([
    ['year 0000', '0000-06-01T10:00:00Z'],
    ['year 1899', '1899-12-31T23:59:59Z'],
    ['year 2201', '2201-01-01T00:00:00Z'],
    ['year 9999', '9999-01-01T00:00:00+12:00'],
  ])('%s is refused as a typo', (_what, startsAt) => {
    expect(starts(startsAt)).toMatchObject({
      ok: false,
      field: 'startsAt',
      message: expect.stringMatching(/1900.*2200/),
    });
  });

  it('30 February is refused', () => {
    expect(starts('2026-02-30T10:00:00+12:00')).toMatchObject({ ok: false, field: 'startsAt' });
  });
});

describe('the day an organization was founded', () => {
  it('an ordinary day and 29 February of a leap year are accepted', () => {
    for (const day of ['2024-05-16', '2028-02-29', '1900-01-01', '2200-12-31'])
      expect(founded(day)).toEqual({ ok: true, value: { foundedOn: day } });
  });

  it.each([
    ['30 February', '2026-02-30'],
    ['29 February of a common year', '2026-02-29'],
    ['31 April', '2026-04-31'],
    ['month 13', '2026-13-01'],
  ])('%s is refused', (_what, day) => {
    expect(founded(day)).toMatchObject({ ok: false, code: 'invalid', field: 'foundedOn' });
  });

  it.each([
    ['year 0000', '0000-01-01'],
    ['year 1899', '1899-12-31'],
    ['year 2201', '2201-01-01'],
  ])('%s is refused with the years allowed', (_what, day) => {
    expect(founded(day)).toMatchObject({
      ok: false,
      field: 'foundedOn',
      message: expect.stringMatching(/1900.*2200/),
    });
  });
});
