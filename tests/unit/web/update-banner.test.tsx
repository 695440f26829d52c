import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pendingUpdate } from '../../../src/web/sw/sw-state.ts';
import { UpdateBanner } from '../../../src/web/sw/update-banner.tsx';

afterEach(() => {
  pendingUpdate.value = null;
});

describe('the new-version banner', () => {
  it('stays hidden while no new version waits', () => {
    render(<UpdateBanner />);

    expect(screen.queryByText('Доступна новая версия')).toBeNull();
  });

  it('activates the waiting version only when the librarian clicks «Обновить»', async () => {
    const activate = vi.fn();
    render(<UpdateBanner />);

    await act(() => {
      pendingUpdate.value = activate;
    });
    expect(screen.getByRole('alert').textContent).toContain('Доступна новая версия');
    expect(activate).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Обновить' }));

    expect(activate).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Обновление…' })).toHaveProperty('disabled', true);
  });
});
