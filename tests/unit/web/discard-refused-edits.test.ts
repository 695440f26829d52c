// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { centreId } from '../../../src/server/seed/seed-centres.ts';
import type { RejectedRow } from '../../../src/web/store/db.ts';
import { META, readMeta } from '../../../src/web/store/meta.ts';
import { mutate } from '../../../src/web/store/mutate.ts';
import { discardRejected } from '../../../src/web/sync/discard-rejected.ts';
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

let logins = 0;
async function pc(): Promise<LibraryPc> {
  const device = await LibraryPc.signIn(world, `tigil-discard-${++logins}`, 'tigil');
  pcs.push(device);
  return device;
}

const bySeq = (rows: RejectedRow[]) => rows.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
const at = (time: string) => `2026-04-14T${time}:00.000Z`;
const clockOffset = async (device: LibraryPc) =>
  (await readMeta<number>(device.db, META.clockOffsetMs)) ?? 0;

/** Waits until `later`'s clock has passed `earlier`'s: each PC's offset from the server differs a little. */
async function laterOnClock(later: LibraryPc, earlier: LibraryPc) {
  const lead = (await clockOffset(earlier)) - (await clockOffset(later));
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, lead) + 5));
}

async function save(device: LibraryPc, id: string, patch: Record<string, unknown>) {
  const result = await mutate('trainings', id, patch, device.db);
  if (!result.ok) throw new Error(result.message);
}

async function serverRow(id: string) {
  const [row] = await world.store.query<{ data: unknown; clocks: unknown }>(
    'select data, clocks from records where collection = $1 and id = $2',
    ['trainings', id],
  );
  return row;
}

async function heldOn(device: LibraryPc, id: string) {
  return {
    data: await device.db.records('trainings').get(id),
    clocks: (await device.db.clocks.get(['trainings', id]))?.clocks,
  };
}

/** A sync that finds no link: what it tried to send is sent as it is from then on. */
async function tryWithoutLink(device: LibraryPc) {
  const wrap = device.wrap;
  device.wrap = () => () => Promise.reject(new TypeError('no link'));
  await expect(device.sync()).rejects.toThrow('no link');
  device.wrap = wrap;
}

/**
 * The reading room moves the start of a seminar, offline, once per entry of `starts`; a moment
 * later the office shortens the seminar to end at 12:00 and syncs first. Every start the
 * reading room chose is after 12:00, so the server refuses each of them as an invalid record.
 */
async function refusedReschedules(starts: readonly string[]) {
  const readingRoom = await pc();
  const office = await pc();
  const id = crypto.randomUUID();
  await save(readingRoom, id, {
    centreId: readingRoom.centreId,
    title: 'Семинар «Как зарегистрировать НКО»',
    kind: 'seminar',
    startsAt: at('10:00'),
    endsAt: at('13:00'),
    place: 'с. Тигиль, ул. Партизанская, 19, библиотека',
    capacity: 20,
    published: true,
  });
  await readingRoom.sync();
  await office.sync();

  // a sync tried after each move, with the link down: each move is a mutation of its own
  for (const start of starts) {
    await save(readingRoom, id, { startsAt: at(start) });
    await tryWithoutLink(readingRoom);
  }
  await laterOnClock(office, readingRoom);
  await save(office, id, { endsAt: at('12:00') });
  await office.sync();
  await readingRoom.sync();

  const refused = bySeq(await readingRoom.db.rejected.toArray());
  expect(refused.map((row) => row.code)).toEqual(starts.map(() => 'invalid'));
  return { readingRoom, id, mids: refused.map((row) => row.mid) };
}

/** Every order in which a person could discard n refused edits. */
const orders = (n: number): number[][] =>
  n === 0
    ? [[]]
    : orders(n - 1).flatMap((order) =>
        Array.from({ length: n }, (_, slot) => [
          ...order.slice(0, slot),
          n - 1,
          ...order.slice(slot),
        ]),
      );

describe('discarding edits the server refused, in whatever order the person picks', () => {
  const cases: [string, string[], number[]][] = [
    ['oldest first (two edits)', ['12:30', '12:15'], [0, 1]],
    ['newest first (two edits)', ['12:30', '12:15'], [1, 0]],
    ...orders(3).map((order): [string, string[], number[]] => [
      `in the order ${order.join('-')} (three edits)`,
      ['12:30', '12:15', '12:45'],
      order,
    ]),
  ];
  it.each(cases)(
    'refused reschedules discarded %s: the PC ends up holding what the server holds',
    async (_, starts, order) => {
      const { readingRoom, id, mids } = await refusedReschedules(starts);

      for (const index of order) await discardRejected(readingRoom.db, mids[index] ?? '');

      expect(await readingRoom.db.rejected.count()).toBe(0);
      const held = await heldOn(readingRoom, id);
      expect(held.data).toMatchObject({ startsAt: at('10:00'), endsAt: at('12:00') });
      expect(held).toEqual(await serverRow(id));
    },
  );

  it('while one of two refused reschedules is left, the seminar shows that one’s start', async () => {
    const { readingRoom, id, mids } = await refusedReschedules(['12:30', '12:15']);

    await discardRejected(readingRoom.db, mids[1] ?? '');

    expect((await heldOn(readingRoom, id)).data?.startsAt).toBe(at('12:30'));
  });

  it('a new start chosen after the refusals reaches the server without a made-up conflict', async () => {
    const { readingRoom, id, mids } = await refusedReschedules(['12:30', '12:15']);
    await save(readingRoom, id, { startsAt: at('11:00') });

    for (const mid of mids) await discardRejected(readingRoom.db, mid);
    await readingRoom.sync();

    expect(await readingRoom.db.rejected.count()).toBe(0);
    expect(await readingRoom.db.records('conflicts').count()).toBe(0);
    const held = await heldOn(readingRoom, id);
    expect(held.data).toMatchObject({ startsAt: at('11:00'), endsAt: at('12:00') });
    expect(held).toEqual(await serverRow(id));
  });

  it('an organization filed under the wrong centre and renamed twice leaves nothing behind', async () => {
    const library = await pc();
    const id = crypto.randomUUID();
    const organization = {
      centreId: centreId('palana'),
      name: 'Община КМНС «Тымкытын»',
      legalForm: 'community',
      status: 'registering',
      settlement: 'пгт Палана',
    };
    for (const patch of [organization, { name: 'Община «Тымкытын»' }, { name: 'ТОС «Тымкытын»' }]) {
      const result = await mutate('organizations', id, patch, library.db);
      expect(result.ok).toBe(true);
      await tryWithoutLink(library);
    }
    await library.sync();
    const refused = bySeq(await library.db.rejected.toArray());
    expect(refused.map((row) => row.code)).toEqual([
      'wrong_centre',
      'wrong_centre',
      'wrong_centre',
    ]);

    for (const row of refused) await discardRejected(library.db, row.mid);

    expect(await library.db.records('organizations').get(id)).toBeUndefined();
    expect(await library.db.clocks.get(['organizations', id])).toBeUndefined();
  });
});
