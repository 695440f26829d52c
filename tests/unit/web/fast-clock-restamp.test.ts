// @vitest-environment node
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { centreId } from '../../../src/server/seed/seed-centres.ts';
import { hlcWallMs } from '../../../src/shared/sync/hlc.ts';
import { MAX_CLOCK_AHEAD_MS } from '../../../src/shared/sync/protocol.ts';
import { META, readMeta } from '../../../src/web/store/meta.ts';
import { mutate } from '../../../src/web/store/mutate.ts';
import { isPersonsValue } from '../../../src/web/sync/conflict-fields.ts';
import { discardRejected } from '../../../src/web/sync/discard-rejected.ts';
import { LibraryPc, startSyncWorld, type SyncWorld } from './sync-world.ts';

let world: SyncWorld;
const pcs: LibraryPc[] = [];

beforeAll(async () => {
  world = await startSyncWorld();
}, 60_000);
afterAll(() => world.close());

const realNow = Date.now.bind(Date);
let skew = 0;
beforeEach(() => {
  vi.spyOn(Date, 'now').mockImplementation(() => realNow() + skew);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(pcs.splice(0).map((pc) => pc.close()));
});

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Runs a PC's own code with its clock `ms` fast. */
async function onClock<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const before = skew;
  skew = ms;
  try {
    return await work();
  } finally {
    skew = before;
  }
}

async function pc(login: string): Promise<LibraryPc> {
  const device = await LibraryPc.signIn(world, login, 'tigil');
  // the server, in this process, keeps true time while a PC's clock runs fast
  device.wrap = (send) => (request) => onClock(0, () => send(request));
  pcs.push(device);
  return device;
}

async function save(device: LibraryPc, id: string, patch: Record<string, unknown>) {
  const result = await mutate('organizations', id, patch, device.db);
  if (!result.ok) throw new Error(result.message);
}

const organization = (device: LibraryPc, name: string) => ({
  centreId: device.centreId,
  name,
  legalForm: 'ano',
  status: 'registering',
  settlement: 'с. Тигиль',
  phone: '+7 914 000-11-22',
});

async function onServer(id: string) {
  const [row] = await world.store.query<{ data: Record<string, unknown> }>(
    `select data from records where collection = 'organizations' and id = $1`,
    [id],
  );
  return row?.data;
}

const highest = (clocks: Record<string, string> = {}) => Object.values(clocks).sort().at(-1) ?? '';

describe('a PC whose clock ran two days fast', () => {
  it('after its clock is corrected, an edit of a field another PC stamped a little ahead still wins', async () => {
    // the office PC, its clock 30 minutes fast (within what the server accepts), registers the organization
    const office = await pc('tigil-office-fast-30');
    const readingRoom = await pc('tigil-reading-fast-2d');
    const bereg = crypto.randomUUID();
    await onClock(30 * MINUTE, async () => {
      await save(office, bereg, organization(office, 'АНО «Берег Тигиля»'));
      await office.sync();
    });
    await readingRoom.sync();
    const officeClocks = (await readingRoom.db.clocks.get(['organizations', bereg]))?.clocks;

    // the reading room's clock jumps two days ahead: it registers another group offline, then syncs
    const rodnik = crypto.randomUUID();
    await onClock(2 * DAY, async () => {
      await save(readingRoom, rodnik, organization(readingRoom, 'Инициативная группа «Родник»'));
      await readingRoom.sync();
    });
    expect(await readingRoom.db.outbox.count()).toBe(0);
    expect(await readingRoom.db.rejected.count()).toBe(0);
    expect(await onServer(rodnik)).toMatchObject({ name: 'Инициативная группа «Родник»' });
    const hlc = await readMeta<string>(readingRoom.db, META.hlc);
    expect(String(hlc) > highest(officeClocks)).toBe(true);

    await onClock(2 * DAY, async () => {
      await save(readingRoom, bereg, { phone: '+7 914 555-66-77' });
      expect((await readingRoom.record('organizations', bereg))?.phone).toBe('+7 914 555-66-77');
      await readingRoom.sync();
    });

    expect(await onServer(bereg)).toMatchObject({ phone: '+7 914 555-66-77' });
    expect(await readingRoom.record('organizations', bereg)).toEqual(await onServer(bereg));
    const conflicts = (await readingRoom.db.records('conflicts').toArray()).filter(isPersonsValue);
    expect(conflicts).toEqual([]);
  });

  it('a refused change and an accepted one in the same sync: both are re-stamped, the sync ends', async () => {
    const readingRoom = await pc('tigil-reading-fast-refused');
    const palana = crypto.randomUUID();
    const tigil = crypto.randomUUID();
    await onClock(2 * DAY, async () => {
      // filed under the Palana centre by mistake: refused whatever the clock says
      await save(readingRoom, palana, {
        ...organization(readingRoom, 'Община КМНС «Тымкытын»'),
        centreId: centreId('palana'),
      });
      await save(readingRoom, tigil, organization(readingRoom, 'ТОС «Рассвет»'));
      await readingRoom.sync();
    });

    expect(await onServer(tigil)).toMatchObject({ name: 'ТОС «Рассвет»' });
    const [refused, ...others] = await readingRoom.db.rejected.toArray();
    expect(others).toEqual([]);
    expect(refused).toMatchObject({ recordId: palana, code: 'wrong_centre' });
    const soon = realNow() + MAX_CLOCK_AHEAD_MS;
    const held = (await readingRoom.db.clocks.toArray()).flatMap((row) =>
      Object.values(row.clocks),
    );
    for (const clock of [...held, refused?.hlc ?? '']) expect(hlcWallMs(clock)).toBeLessThan(soon);

    await discardRejected(readingRoom.db, refused?.mid ?? '');
    expect(await readingRoom.record('organizations', palana)).toBeUndefined();
  });

  it('an edit re-stamped after a fast-clock refusal never takes the stamp of one the server took in the same sync', async () => {
    // the office PC, its clock 40 minutes fast (within what the server accepts), registers a group
    const office = await pc('tigil-office-fast-40');
    const library = await pc('tigil-library-jumps-ahead');
    const bereg = crypto.randomUUID();
    await onClock(40 * MINUTE, async () => {
      await save(office, bereg, organization(office, 'АНО «Берег Тигиля»'));
      await office.sync();
    });
    // the library PC on true time: its stamps follow the office's, 40 minutes on
    await library.sync();
    await save(library, bereg, { notes: 'Встреча 2 июня: устав готов' });
    // then its clock jumps two days ahead and the note is changed again; one sync sends both
    await onClock(2 * DAY, () =>
      save(library, bereg, { notes: 'Встреча 9 июня: подали документы' }),
    );
    await library.sync();
    await library.sync();

    expect(await library.db.outbox.count()).toBe(0);
    expect(await onServer(bereg)).toMatchObject({ notes: 'Встреча 9 июня: подали документы' });
    expect(await library.record('organizations', bereg)).toEqual(await onServer(bereg));
  });
});
