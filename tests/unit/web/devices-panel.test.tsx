import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DevicesPanel } from '../../../src/web/features/settings/devices-panel.tsx';
import { online } from '../../../src/web/shell/online-status.ts';

const LIBRARY_PC = {
  id: '9a1f2e3d-4c5b-4a69-8778-695a4b3c2d1e',
  createdAt: '2026-09-01T01:00:00.000Z',
  lastUsedAt: '2026-11-30T03:00:00.000Z',
  label: 'Chrome 109, Windows 7',
  current: true,
};
const PHONE = {
  id: '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9',
  createdAt: '2026-10-12T05:00:00.000Z',
  lastUsedAt: '2026-10-12T05:00:00.000Z',
  label: null,
  current: false,
};

/** The two device endpoints as the server answers them, for a panel rendered in jsdom. */
function serverWith(devices: (typeof LIBRARY_PC | typeof PHONE)[]) {
  let held = [...devices];
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    calls.push(`${init?.method ?? 'GET'} ${url}`);
    if (init?.method === 'DELETE') {
      held = held.filter((d) => !url.endsWith(d.id));
      return new Response(null, { status: 204 });
    }
    return Response.json({ devices: held });
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  online.value = true;
});

describe('«Где выполнен вход» in Настройки', () => {
  it('shows this PC and a device with no name, and signs the other one out', async () => {
    const calls = serverWith([LIBRARY_PC, PHONE]);
    render(<DevicesPanel token="device-token-of-the-library-pc" />);

    const rows = await screen.findAllByTestId('signed-in-device');
    expect(rows[0]?.textContent).toContain('Chrome 109, Windows 7 — это устройство');
    expect(rows[0]?.querySelector('button')).toBeNull();
    expect(rows[1]?.textContent).toContain('Устройство без названия');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Выйти на этом устройстве' }));
    });
    await waitFor(() => expect(screen.getAllByTestId('signed-in-device')).toHaveLength(1));
    expect(calls).toContain(`DELETE /api/auth/devices/${PHONE.id}`);
  });

  it('offline it says the list needs the connection, and asks nothing', () => {
    const calls = serverWith([LIBRARY_PC]);
    online.value = false;
    render(<DevicesPanel token="device-token-of-the-library-pc" />);
    expect(screen.getByText(/он виден, когда есть связь/)).toBeTruthy();
    expect(calls).toEqual([]);
  });
});
