// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { centreId } from '../../../src/server/seed/seed-centres.ts';
import { signIn as signInOnPc } from '../../../src/web/session/sign-in.ts';
import { unsentChanges, wipeCentreData } from '../../../src/web/session/wipe-centre-data.ts';
import { META } from '../../../src/web/store/meta.ts';
import { mutate } from '../../../src/web/store/mutate.ts';
import { discardRejected } from '../../../src/web/sync/discard-rejected.ts';
import { addUser, PASSWORD } from '../../server/helpers/test-app.ts';
import { LibraryPc, startSyncWorld, type SyncWorld } from './sync-world.ts';

let world: SyncWorld;
const pcs: LibraryPc[] = [];

beforeAll(async () => {
  world = await startSyncWorld();
}, 60_000);
afterAll(() => world.close());
afterEach(async () => {
  await Promise.all(pcs.splice(0).map((pc) => pc.close()));
});

async function pc(login: string): Promise<LibraryPc> {
  const device = await LibraryPc.signIn(world, login, 'tigil');
  pcs.push(device);
  return device;
}

const palanaOrganization = () => ({
  centreId: centreId('palana'),
  name: 'Община КМНС «Тымкытын»',
  legalForm: 'community',
  status: 'registering',
  settlement: 'пгт Палана',
});

describe('changes the server refuses', () => {
  it('keeps a refused change with the server’s reason, and discarding it removes what it created', async () => {
    const library = await pc('tigil-refused');
    const id = crypto.randomUUID();
    // a Tigil librarian files an organization under the Palana centre by mistake
    expect((await mutate('organizations', id, palanaOrganization(), library.db)).ok).toBe(true);

    await library.sync();

    expect(await library.db.outbox.count()).toBe(0);
    const [refused] = await library.db.rejected.toArray();
    expect(refused).toMatchObject({ recordId: id, code: 'wrong_centre' });
    expect(refused?.message).toMatch(/своего центра/);
    expect(await unsentChanges(library.db)).toBe(1);
    expect(await wipeCentreData(library.db)).toEqual({ ok: false, unsent: 1 });

    await discardRejected(library.db, refused?.mid ?? '');

    expect(await library.db.rejected.count()).toBe(0);
    expect(await library.record('organizations', id)).toBeUndefined();
  });

  it('discarding a refused edit puts back the values the server holds', async () => {
    const library = await pc('tigil-revert');
    const id = crypto.randomUUID();
    await mutate(
      'organizations',
      id,
      {
        ...palanaOrganization(),
        centreId: library.centreId,
        name: 'ТОС «Рассвет»',
        legalForm: 'tos',
      },
      library.db,
    );
    await library.sync();
    await mutate('organizations', id, { foundersCount: 7 }, library.db);
    const [queued] = await library.db.outbox.toArray();
    // the server refuses it (as it would a field this role may not write)
    await library.db.transaction('rw', library.db.tables, async () => {
      await library.db.outbox.clear();
      if (queued)
        await library.db.rejected.put({
          ...queued,
          code: 'forbidden',
          message: 'Изменять этот раздел может только региональный центр',
          rejectedAt: new Date().toISOString(),
        });
    });

    await discardRejected(library.db, queued?.mid ?? '');

    const record = await library.record('organizations', id);
    expect(record?.name).toBe('ТОС «Рассвет»');
    expect(record?.foundersCount).toBeUndefined();
  });

  it('a revoked sign-in fails the sync but loses nothing from the outbox', async () => {
    const library = await pc('tigil-revoked');
    await mutate(
      'organizations',
      crypto.randomUUID(),
      { ...palanaOrganization(), centreId: library.centreId },
      library.db,
    );
    await fetch(`${world.baseUrl}/api/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${library.token}` },
    });

    await expect(library.sync()).rejects.toMatchObject({ kind: 'unauthorized' });

    expect(await library.db.outbox.count()).toBe(1);
  });
});

describe('signing in on a shared PC', () => {
  it('refuses a person of another centre over this centre’s data, and keeps the session of the first', async () => {
    await addUser(world.store, 'tigil-first', 'tigil');
    await addUser(world.store, 'palana-visitor', 'palana');
    const library = await pc('tigil-first');
    const options = { db: library.db, baseUrl: world.baseUrl };

    expect(await signInOnPc('tigil-first', PASSWORD, options)).toEqual({ ok: true });
    expect(await signInOnPc('palana-visitor', PASSWORD, options)).toEqual({
      ok: false,
      reason: 'other_centre',
    });
    expect(await signInOnPc('tigil-first', 'неверный пароль', options)).toMatchObject({
      ok: false,
      serverMessage: 'Неверное имя пользователя или пароль',
    });

    expect((await library.db.session.get('current'))?.login).toBe('tigil-first');
    expect((await library.db.meta.get(META.dataCentreId))?.value).toBe(centreId('tigil'));
  });
});
