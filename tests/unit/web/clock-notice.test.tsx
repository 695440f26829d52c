import { render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveRegistration } from '../../../src/web/features/trainings/save-registration.ts';
import { StatusStrip } from '../../../src/web/shell/status-strip.tsx';
import { loadClockOffset } from '../../../src/web/store/clock-offset.ts';
import { clockOffsetMs } from '../../../src/web/store/corrected-now.ts';
import { db } from '../../../src/web/store/db.ts';
import { EMPTY_PERSON } from '../../../src/web/features/trainings/registration-values.ts';
import { grantSeminar, ids } from '../shared/fixtures.ts';

const DAY = 86_400_000;

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await db.open();
  clockOffsetMs.value = 0;
});

describe('a library PC whose clock is days off', () => {
  it('is told so in the status strip, slow or fast, once a sync has measured it', async () => {
    await db.meta.put({ key: 'clockOffsetMs', value: 3 * DAY + 40_000 });
    await loadClockOffset(db);
    const { unmount } = render(<StatusStrip />);
    expect(screen.getByTestId('clock-notice').textContent).toBe(
      'Часы компьютера отстают на 3 дня — проверьте дату',
    );
    unmount();

    clockOffsetMs.value = -2 * 3_600_000;
    render(<StatusStrip />);
    expect(screen.getByTestId('clock-notice').textContent).toBe(
      'Часы компьютера спешат на 2 часа — проверьте дату',
    );
  });

  it('says nothing about a clock within five minutes of the server’s', () => {
    clockOffsetMs.value = 4 * 60_000;
    render(<StatusStrip />);
    expect(screen.queryByTestId('clock-notice')).toBeNull();
  });

  it('stamps a volunteer’s consent with the server’s date, not the PC’s', async () => {
    await db.meta.put({ key: 'clockOffsetMs', value: 3 * DAY });
    await loadClockOffset(db);
    await db.session.put({
      key: 'current',
      userId: ids.consultantUser,
      login: 'tigil',
      role: 'staff',
      centreId: ids.centreTigil,
      token: 'token',
    });
    const values = {
      ...EMPTY_PERSON,
      fullName: 'Ивтэкова Анна',
      phone: '+7 914 780-12-34',
      ageGroup: 'adult' as const,
    };
    const outcome = await saveRegistration(grantSeminar(), values, 'kiosk');
    expect(outcome.ok).toBe(true);
    const [registration] = await db.records('registrations').toArray();
    const givenAt = Date.parse(registration!.consent.givenAt);
    expect(Math.abs(givenAt - (Date.now() + 3 * DAY))).toBeLessThan(60_000);
    expect(Math.abs(Date.parse(registration!.createdAt) - givenAt)).toBeLessThan(60_000);
  });
});
