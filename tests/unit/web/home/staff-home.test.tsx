import { render, screen, within } from '@testing-library/preact';
import { ErrorBoundary } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HomeScreen } from '../../../../src/web/features/home/home-screen.tsx';
import { watchSession } from '../../../../src/web/session/session-state.ts';
import { NOW, freshDb, putCentres, putTigil, putUnsentWork, signIn } from './region-world.ts';

// the lists are a lazy part of the home screen: the app renders it inside an ErrorBoundary
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
  await signIn('staff');
  stop = watchSession();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

const texts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('the librarian’s home', () => {
  it('lists what needs doing today, each line leading to the thing itself', async () => {
    await putTigil();
    await putUnsentWork();
    render(home());

    expect((await screen.findByTestId('signed-in')).textContent).toBe(
      'Вы вошли как Анна Петрова, библиотекарь Тигильской библиотеки — Тигильская библиотека',
    );
    // the overdue filing first, the one due in two days next; finished, far and archived ones not
    expect(texts(await screen.findByTestId('home-steps'))).toEqual([
      'АНО «Берег Тигиля»: «Подать документы в Минюст» — срок прошёл 18 ноября 2026 г.',
      'ТОС «Северный»: «Подать документы в Минюст» — до 4 декабря 2026 г.',
    ]);
    expect(screen.getByRole('link', { name: /Берег Тигиля/ }).getAttribute('href')).toMatch(
      /^\/checklists\/[0-9a-f-]{36}$/,
    );
    // the region's open remarks, by section; her own note and a resolved remark are not news
    expect(texts(screen.getByTestId('home-drafts'))).toEqual([
      '«Школа юного краеведа»: Цель проекта, Бюджет и софинансирование',
    ]);
    // this week's events of the centre and of the region, not Palana's, not the one in 12 days
    expect(texts(screen.getByTestId('home-trainings'))).toEqual([
      '05.12.2026, 15:00 — Как написать заявку на грант: записались 2 из 20',
      '08.12.2026, 11:00 — Отчётность НКО в Минюст: записались 0 из 100',
    ]);
    expect(texts(screen.getByTestId('home-problems'))).toEqual([
      'Изменения, которые сервер не принял: 1',
    ]);
    const sync = screen.getByTestId('home-sync');
    expect(within(sync).getByRole('link', { name: 'Не отправлено: 2' })).toBeTruthy();
    expect(within(sync).getByRole('status').textContent).toMatch(/^Нет связи 9 дней — /);
    expect(screen.queryByText('С чего начать')).toBeNull();
  });

  it('shows an empty centre where to start instead of a blank page', async () => {
    render(home());

    expect(await screen.findByRole('heading', { name: 'С чего начать' })).toBeTruthy();
    const steps = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(steps).toEqual([
      'Добавьте организацию или инициативную группу',
      'Откройте её карточку и примените чек-лист регистрации',
      'Опубликуйте мероприятие, чтобы жители могли записаться',
    ]);
    expect(
      screen.getByText('Этот компьютер ещё ни разу не синхронизировался.', { exact: false }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Все центры' })).toBeNull();
  });
});
