import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unsentChanges, wipeCentreData } from '../../../src/web/session/wipe-centre-data.ts';
import { SopkaDb } from '../../../src/web/store/db.ts';
import { META } from '../../../src/web/store/meta.ts';
import { mutate, type MutateResult } from '../../../src/web/store/mutate.ts';
import { BEREG_ID, TIGIL_CENTRE_ID, beregTigilya } from './fixtures.ts';

const KOVRAN_ID = '3e1f7a52-9b0c-4d6e-8f21-5a4b3c2d1e0f';
const kovran = () => ({
  centreId: TIGIL_CENTRE_ID,
  name: 'ТОС «Ковран»',
  legalForm: 'tos',
  status: 'registering',
  settlement: 'Ковран',
});

let pc: SopkaDb;
beforeEach(async () => {
  pc = new SopkaDb(`sopka-wipe-${crypto.randomUUID()}`);
  await pc.open();
  // a librarian's computer whose work has all reached the server
  await mutate('organizations', BEREG_ID, beregTigilya(), pc);
  await pc.outbox.clear();
  await pc.session.put({
    key: 'current',
    userId: '1d2c3b4a-5f6e-4a7b-8c9d-0e1f2a3b4c5d',
    login: 'tigil',
    role: 'staff',
    centreId: TIGIL_CENTRE_ID,
    token: 'device-token',
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await pc.delete();
});

describe('removing the centre’s data from a library computer', () => {
  it('with everything sent, clears records, clocks, the session and the device identity', async () => {
    expect(await wipeCentreData(pc)).toEqual({ ok: true });

    for (const table of pc.tables) expect(await table.count(), table.name).toBe(0);
    expect((await pc.meta.get(META.clientId))?.value).toBeUndefined();
  });

  it('refuses while a change waits to be sent, and keeps it', async () => {
    await mutate('organizations', KOVRAN_ID, kovran(), pc);

    expect(await wipeCentreData(pc)).toEqual({ ok: false, unsent: 1 });

    expect(await pc.outbox.count()).toBe(1);
    expect(await pc.records('organizations').get(KOVRAN_ID)).toMatchObject({
      name: 'ТОС «Ковран»',
    });
  });

  it('a change saved in another window right after the count is not lost', async () => {
    // the worst moment: the wipe has counted nothing unsent, and a colleague presses «Сохранить»
    let saved: Promise<MutateResult<'organizations'>> | undefined;
    const count = pc.rejected.count.bind(pc.rejected);
    vi.spyOn(pc.rejected, 'count').mockImplementation(() =>
      count().then((n) => {
        saved ??= Dexie.ignoreTransaction(() => mutate('organizations', KOVRAN_ID, kovran(), pc));
        return n;
      }),
    );

    const wiped = await wipeCentreData(pc);
    const result = await saved;

    // the save waited for the wipe to finish, so it is the one thing left, waiting to be sent
    expect(wiped).toEqual({ ok: true });
    expect(result?.ok).toBe(true);
    expect(await pc.records('organizations').toArray()).toMatchObject([{ name: 'ТОС «Ковран»' }]);
    expect((await pc.outbox.toArray()).map((row) => row.recordId)).toEqual([KOVRAN_ID]);
    expect(await unsentChanges(pc)).toBe(1);
  });
});
