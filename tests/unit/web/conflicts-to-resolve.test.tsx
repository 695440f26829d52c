import { render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Conflict } from '../../../src/shared/model/conflicts.ts';
import { ConflictList } from '../../../src/web/features/sync/conflict-list.tsx';
import { StatusStrip } from '../../../src/web/shell/status-strip.tsx';
import { db, type SessionRow } from '../../../src/web/store/db.ts';
import { BEREG_ID, TIGIL_CENTRE_ID, beregTigilya } from './fixtures.ts';

const MATERIAL_ID = '7d2e4c1a-9b3f-4e8d-a6c5-0f1e2d3c4b5a';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await db.open();
  await db.records('organizations').put({
    ...beregTigilya(),
    id: BEREG_ID,
    createdAt: '2026-03-02T03:00:00.000Z',
    updatedAt: '2026-03-05T04:00:00.000Z',
  } as never);
  await db.records('conflicts').bulkPut([
    // from before the server kept a global record's conflicts for the region only
    lostValue({
      centreId: null,
      collection: 'materials',
      recordId: MATERIAL_ID,
      field: 'title',
      lostValue: 'Как зарегистрировать НКО: пошагово',
    }),
    lostValue({
      centreId: TIGIL_CENTRE_ID,
      collection: 'organizations',
      recordId: BEREG_ID,
      field: 'phone',
      lostValue: '+7 914 000-11-22',
    }),
  ]);
});

function lostValue(fields: Partial<Conflict>): Conflict {
  return {
    id: crypto.randomUUID(),
    centreId: null,
    createdAt: '2026-03-05T04:00:00.000Z',
    updatedAt: '2026-03-05T04:00:00.000Z',
    collection: 'organizations',
    recordId: BEREG_ID,
    field: 'name',
    lostValue: null,
    lostHlc: '001772683200000:00000:reading-room',
    winningHlc: '001772683200001:00000:office',
    status: 'open',
    ...fields,
  };
}

async function signedIn(role: SessionRow['role'], centreId: string | null) {
  await db.session.put({
    key: 'current',
    userId: `user-${role}`,
    login: role === 'staff' ? 'tigil' : 'regional',
    role,
    centreId,
    token: 'device-token',
  });
}

describe('conflicts a person can resolve', () => {
  it('a Tigil librarian sees only her centre’s conflict, not an old one on a shared material', async () => {
    await signedIn('staff', TIGIL_CENTRE_ID);

    render(
      <>
        <StatusStrip />
        <ConflictList />
      </>,
    );

    expect(await screen.findByRole('link', { name: 'Требуют внимания: 1' })).toBeTruthy();
    const [shown, ...others] = await screen.findAllByTestId('conflict');
    expect(others).toEqual([]);
    expect(shown?.textContent).toContain('АНО «Берег Тигиля»');
    expect(shown?.textContent).toContain('+7 914 000-11-22');
  });

  it('the regional consultant sees both', async () => {
    await signedIn('regional', null);

    render(
      <>
        <StatusStrip />
        <ConflictList />
      </>,
    );

    expect(await screen.findByRole('link', { name: 'Требуют внимания: 2' })).toBeTruthy();
    expect(await screen.findAllByTestId('conflict')).toHaveLength(2);
  });
});
