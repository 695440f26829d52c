import { render, screen, within } from '@testing-library/preact';
import { ErrorBoundary } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HomeScreen } from '../../../../src/web/features/home/home-screen.tsx';
import { watchSession } from '../../../../src/web/session/session-state.ts';
import { online } from '../../../../src/web/shell/online-status.ts';
import { db } from '../../../../src/web/store/db.ts';
import {
  CENTRES,
  DEVICE_SYNCS,
  NOW,
  freshDb,
  putCentres,
  putTigil,
  signIn,
} from './region-world.ts';

// the region's table is a lazy part of the home screen: the app renders it inside an ErrorBoundary
const home = () => (
  <ErrorBoundary>
    <HomeScreen />
  </ErrorBoundary>
);

let stop: () => void = () => undefined;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await freshDb();
  await putCentres();
  await putTigil();
  await signIn('regional');
  stop = watchSession();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  online.value = true;
});

/** The cells of a centre's row, as the consultant reads them. */
async function row(centre: { id: string }): Promise<(string | null)[]> {
  const line = await screen.findByTestId(`centre-${centre.id}`);
  return [...line.children].map((cell) =>
    [...cell.childNodes].map((part) => part.textContent).join(' '),
  );
}

const answering = (body: unknown, status = 200) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status }));

describe('the region’s view of every centre', () => {
  it('shows eight centres from what the server last sent, the silent ones marked', async () => {
    vi.stubGlobal('fetch', answering(DEVICE_SYNCS));
    await db.session.update('current', { token: 'region-token' });
    render(home());

    expect(await screen.findByRole('heading', { name: 'Все центры' })).toBeTruthy();
    expect(
      await screen.findByText('Синхронизация — по данным сервера на 02.12.2026, 06:00.'),
    ).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Все организации' })).toBeTruthy();
    const settlements = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(settlements).toEqual([
      'с. Воямполка',
      'с. Ковран',
      'с. Лесная',
      'пгт Палана',
      'с. Седанка',
      'с. Тигиль',
      'с. Усть-Хайрюзово',
      'с. Хайрюзово',
    ]);
    expect(await row(CENTRES.tigil)).toEqual([
      'с. Тигиль',
      '2 часа назад',
      '4',
      '0.0.9, 0.1.0',
      '4 зарегистрированы: 1, в процессе: 2',
      '1 дольше всех ждёт 12 дней',
      '1',
      '2 свободных мест: 33',
    ]);
    expect(await row(CENTRES.palana)).toEqual([
      'пгт Палана',
      'вчера',
      '0',
      '0.1.0',
      '—',
      '2 дольше всех ждёт 10 дней',
      '—',
      '1 свободных мест: 0',
    ]);
    const silent = (await row(CENTRES.ustHairyuzovo)).slice(0, 3);
    expect(silent).toEqual(['с. Усть-Хайрюзово', 'молчит 21 день', '37']);
    // an app from before the report says nothing of its unsent work
    expect((await row(CENTRES.kovran)).slice(1, 4)).toEqual(['молчит 35 дней', '—', '—']);
    expect((await row(CENTRES.sedanka))[1]).toBe('ни разу');
    expect((await row(CENTRES.hairyuzovo))[1]).toBe('5 дней назад');
    expect((await row(CENTRES.voyampolka))[1]).toBe('молчит 8 дней');
    const marked = screen
      .getAllByRole('cell')
      .filter((cell) => cell.classList.contains('region-silent'))
      .map((cell) => cell.closest('tr')?.querySelector('th')?.textContent);
    expect(marked).toEqual(['с. Воямполка', 'с. Ковран', 'с. Седанка', 'с. Усть-Хайрюзово']);
    const tigilRow = screen.getByTestId(`centre-${CENTRES.tigil.id}`);
    expect(within(tigilRow).getByRole('link', { name: '4' }).getAttribute('href')).toBe(
      `/organizations?centre=${CENTRES.tigil.id}`,
    );
  });

  it('offline, shows the figures kept from the last answer', async () => {
    vi.stubGlobal('fetch', answering(DEVICE_SYNCS));
    await db.session.update('current', { token: 'region-token' });
    const first = render(home());
    expect((await row(CENTRES.ustHairyuzovo))[1]).toBe('молчит 21 день');
    first.unmount();

    online.value = false;
    const noNetwork = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', noNetwork);
    render(home());
    expect((await row(CENTRES.ustHairyuzovo))[1]).toBe('молчит 21 день');
    expect(screen.getByTestId('region-as-of').textContent).toMatch(/по данным сервера на/);
    expect(noNetwork).not.toHaveBeenCalled();
  });

  it('before any answer from the server, says so rather than calling every centre silent', async () => {
    online.value = false;
    render(home());
    expect(await screen.findByText(/Сведений о синхронизации ещё нет/)).toBeTruthy();
    expect((await row(CENTRES.tigil)).slice(1, 3)).toEqual(['нет данных', '—']);
  });
});
