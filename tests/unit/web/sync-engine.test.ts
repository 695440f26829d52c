// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mutate } from '../../../src/web/store/mutate.ts';
import { isPersonsValue } from '../../../src/web/sync/conflict-fields.ts';
import { recordCount } from '../../server/helpers/test-app.ts';
import { LibraryPc, startSyncWorld, type SyncWorld } from './sync-world.ts';

let world: SyncWorld;
const pcs: LibraryPc[] = [];

beforeAll(async () => {
  world = await startSyncWorld();
}, 60_000);
afterAll(() => world.close());
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(pcs.splice(0).map((pc) => pc.close()));
});

async function pc(login: string, centre: 'tigil' | 'palana' = 'tigil'): Promise<LibraryPc> {
  const device = await LibraryPc.signIn(world, login, centre);
  pcs.push(device);
  return device;
}

function beregTigilya(device: LibraryPc): Record<string, unknown> {
  return {
    centreId: device.centreId,
    name: 'АНО «Берег Тигиля»',
    legalForm: 'ano',
    status: 'registering',
    settlement: 'с. Тигиль',
    contactPerson: 'Кечгельхут Анна Петровна',
  };
}

async function addOrganization(device: LibraryPc, fields: Record<string, unknown> = {}) {
  const id = crypto.randomUUID();
  const result = await mutate(
    'organizations',
    id,
    { ...beregTigilya(device), ...fields },
    device.db,
  );
  if (!result.ok) throw new Error(result.message);
  return id;
}

async function edit(device: LibraryPc, id: string, patch: Record<string, unknown>) {
  const result = await mutate('organizations', id, patch, device.db);
  if (!result.ok) throw new Error(result.message);
}

describe('the sync engine against the real server', () => {
  it('sends edits made offline once the link is back, and the outbox empties', async () => {
    const library = await pc('tigil-library');
    const id = await addOrganization(library);
    await edit(library, id, { phone: '+7 914 781-23-45' });
    expect(await library.db.outbox.count()).toBe(2);

    await library.sync();

    expect(await library.db.outbox.count()).toBe(0);
    const otherPc = await pc('tigil-library');
    await otherPc.sync();
    expect(await otherPc.record('organizations', id)).toMatchObject({
      name: 'АНО «Берег Тигиля»',
      phone: '+7 914 781-23-45',
    });
  });

  it('retries after a response lost on the way back without duplicating anything', async () => {
    const library = await pc('tigil-satellite');
    const id = await addOrganization(library, { name: 'ТОС «Северный»', legalForm: 'tos' });
    const before = await recordCount(world.store);
    let lose = true;
    library.wrap = (send) => async (request) => {
      const response = await send(request);
      if (lose) {
        lose = false;
        throw new TypeError('Failed to fetch'); // the link dropped after the server applied it
      }
      return response;
    };

    await expect(library.sync()).rejects.toThrow('Failed to fetch');
    expect(await library.db.outbox.count()).toBe(1);
    await library.sync();

    expect(await library.db.outbox.count()).toBe(0);
    expect(await recordCount(world.store)).toBe(before + 1);
    expect(await library.db.records('conflicts').count()).toBe(0);
    expect(await library.record('organizations', id)).toMatchObject({ name: 'ТОС «Северный»' });
  });

  it('converges two PCs that edited the same organization, and lists the lost value', async () => {
    const reading = await pc('tigil-reading-room');
    const office = await pc('tigil-office');
    const id = await addOrganization(reading);
    await reading.sync();
    await office.sync();

    // both offline: different fields, and the same field
    await edit(reading, id, { phone: '+7 914 000-11-22', status: 'registered' });
    await new Promise((resolve) => setTimeout(resolve, 5)); // the office edits a moment later
    await edit(office, id, { notes: 'Собрание учредителей 12 марта', status: 'informal' });
    await reading.sync();
    await office.sync();
    await reading.sync();

    const onReading = await reading.record('organizations', id);
    const onOffice = await office.record('organizations', id);
    expect(onOffice).toEqual(onReading);
    expect(onReading).toMatchObject({
      phone: '+7 914 000-11-22',
      notes: 'Собрание учредителей 12 марта',
      status: 'informal',
    });
    for (const device of [reading, office]) {
      const conflicts = (await device.db.records('conflicts').toArray()).filter(isPersonsValue);
      expect(conflicts).toEqual([
        expect.objectContaining({ recordId: id, field: 'status', lostValue: 'registered' }),
      ]);
    }
  });

  it('corrects a PC clock two days fast, resends its edits and still converges', async () => {
    const honest = await pc('tigil-honest-clock');
    const fast = await pc('tigil-fast-clock');
    const id = await addOrganization(honest);
    await honest.sync();
    await fast.sync();

    const realNow = Date.now.bind(Date);
    const twoDays = 2 * 24 * 60 * 60 * 1000;
    const clock = vi.spyOn(Date, 'now');
    /** Runs the fast PC's own code with its clock; the server, in this process, keeps true time. */
    const onFastPc = async (work: () => Promise<void>) => {
      clock.mockImplementation(() => realNow() + twoDays);
      try {
        await work();
      } finally {
        clock.mockImplementation(realNow);
      }
    };
    fast.wrap = (send) => async (request) => {
      clock.mockImplementation(realNow);
      try {
        return await send(request);
      } finally {
        clock.mockImplementation(() => realNow() + twoDays);
      }
    };
    await onFastPc(() => edit(fast, id, { phone: '+7 914 222-33-44', status: 'registered' }));
    await onFastPc(() => fast.sync());
    expect(await fast.db.outbox.count()).toBe(0);
    expect(await fast.db.rejected.count()).toBe(0);

    // a later edit on the honest PC wins: the fast clock's stamp no longer reaches into the future
    await new Promise((resolve) => setTimeout(resolve, 5));
    await edit(honest, id, { status: 'informal' });
    await honest.sync();
    await onFastPc(() => fast.sync());

    const onFast = await fast.record('organizations', id);
    expect(onFast).toEqual(await honest.record('organizations', id));
    expect(onFast).toMatchObject({ phone: '+7 914 222-33-44', status: 'informal' });
    expect(Date.parse(String(onFast?.updatedAt))).toBeLessThan(realNow() + 60_000);
  });

  it('sends 1,000 pending changes in at most 3 requests', async () => {
    const library = await pc('tigil-big-batch');
    for (let n = 0; n < 1000; n++)
      await addOrganization(library, { name: `Инициативная группа №${n + 1}` });

    await library.sync();

    expect(await library.db.outbox.count()).toBe(0);
    expect(library.requests).toBeLessThanOrEqual(3);
    process.stdout.write(`sync of 1,000 pending changes: ${library.requests} requests\n`);
  }, 60_000);
});
