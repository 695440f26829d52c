import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PersistenceNotice } from '../../../src/web/shell/persistence-notice.tsx';

const TITLE = 'Браузер может удалить данные этого компьютера';

/** The browser's answer to «will you keep this site's data?». */
function browserAnswers(persisted: boolean) {
  const storage = {
    persisted: vi.fn(() => Promise.resolve(persisted)),
    persist: vi.fn(() => Promise.resolve(persisted)),
    estimate: vi.fn(() => Promise.resolve({ usage: 5_000_000, quota: 2_000_000_000 })),
  };
  vi.stubGlobal('navigator', { ...navigator, storage });
  return storage;
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('storage the browser may clear', () => {
  it('is named on the home screen with how to fix it, and asking again calls the browser', async () => {
    const storage = browserAnswers(false);
    render(<PersistenceNotice dismissible />);

    const notice = await screen.findByRole('region', { name: TITLE });
    expect(notice.textContent).toContain('установите Сопку как приложение');
    fireEvent.click(screen.getByRole('button', { name: 'Попросить браузер не удалять данные' }));
    expect(storage.persist).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Скрыть' }));
    expect(screen.queryByRole('region', { name: TITLE })).toBeNull();
  });

  it('stays in Settings after the person hid it on the home screen', async () => {
    browserAnswers(false);
    localStorage.setItem('sopka.persistNoticeDismissed', '1');
    render(<PersistenceNotice dismissible={false} />);
    expect(await screen.findByRole('region', { name: TITLE })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Скрыть' })).toBeNull();
  });

  it('is not shown when the browser promised to keep the data', async () => {
    const storage = browserAnswers(true);
    render(<PersistenceNotice dismissible />);
    await vi.waitFor(() => expect(storage.persisted).toHaveBeenCalled());
    await Promise.resolve();
    expect(screen.queryByRole('region', { name: TITLE })).toBeNull();
  });
});
