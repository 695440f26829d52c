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
