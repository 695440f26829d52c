import { act, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { RejectedList } from '../../../src/web/features/sync/rejected-list.tsx';
import { db } from '../../../src/web/store/db.ts';
import { mutate } from '../../../src/web/store/mutate.ts';
import { BEREG_ID, beregTigilya } from './fixtures.ts';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await db.open();
});

describe('the list of changes the server refused', () => {
  it('shows the record, the server’s reason, and discards the change on request', async () => {
    await mutate('organizations', BEREG_ID, beregTigilya());
    const [queued] = await db.outbox.toArray();
    if (!queued) throw new Error('nothing queued');
    await db.transaction('rw', db.outbox, db.rejected, async () => {
      await db.outbox.clear();
      await db.rejected.put({
        ...queued,
        code: 'wrong_centre',
        message: 'Запись можно создать только для своего центра',
        rejectedAt: new Date().toISOString(),
      });
    });

    render(<RejectedList />);

    const item = await screen.findByTestId('rejected-change');
    expect(item.textContent).toContain('Организация «АНО «Берег Тигиля»»');
    expect(item.textContent).toContain('Запись можно создать только для своего центра');
    await act(() => screen.getByRole('button', { name: 'Отменить изменение' }).click());

    expect(await screen.findByText('Все отправленные изменения приняты.')).toBeTruthy();
    expect(await db.records('organizations').get(BEREG_ID)).toBeUndefined();
  });
});
