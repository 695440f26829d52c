import { act, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { watchOnlineStatus } from '../../../src/web/shell/online-status.ts';
import { StatusStrip } from '../../../src/web/shell/status-strip.tsx';
import { db } from '../../../src/web/store/db.ts';
import { mutate } from '../../../src/web/store/mutate.ts';
import { BEREG_ID, beregTigilya } from './fixtures.ts';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await db.open();
});

describe('the status strip', () => {
  it('says when the connection drops and comes back', async () => {
    const stop = watchOnlineStatus();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    render(<StatusStrip />);

    onLine.mockReturnValue(false);
    await act(() => void window.dispatchEvent(new Event('offline')));
    expect(screen.getByText('Нет связи — работа офлайн')).toBeTruthy();

    onLine.mockReturnValue(true);
    await act(() => void window.dispatchEvent(new Event('online')));
    expect(screen.getByText('В сети')).toBeTruthy();
    stop();
  });

  it('counts the changes waiting to be sent as they are saved', async () => {
    render(<StatusStrip />);
    expect(await screen.findByText('Ждут отправки: 0')).toBeTruthy();

    await act(async () => {
      await mutate('organizations', BEREG_ID, beregTigilya());
    });

    expect(await screen.findByText('Ждут отправки: 1')).toBeTruthy();
  });
});

describe('what the status strip says about syncing', () => {
  it('tells how long ago the last sync ended and shows what needs a person', async () => {
    await db.meta.put({
      key: 'lastSyncAt',
      value: new Date(Date.now() - 5 * 60_000).toISOString(),
    });
    await db.rejected.put({
      mid: '3b9f4c2a-1d6e-4f8a-9b0c-7e5d4c3b2a19',
      collection: 'organizations',
      recordId: BEREG_ID,
      patch: { centreId: 'c0ffee00-0000-4000-8000-000000000000' },
      hlc: '001795770000000:00000:device-1',
      base: {},
      code: 'wrong_centre',
      message: 'Запись можно создать только для своего центра',
      rejectedAt: new Date().toISOString(),
    });

    render(<StatusStrip />);

    expect(await screen.findByText('Синхронизировано 5 минут назад')).toBeTruthy();
    const badge = await screen.findByRole('link', { name: 'Требуют внимания: 1' });
    expect(badge.getAttribute('href')).toBe('/sync');
  });
});
