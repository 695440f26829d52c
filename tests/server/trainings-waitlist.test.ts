import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CentreKey } from '../../src/server/seed/seed-centres.ts';
import { registration, training } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

/** Sends only the first `count` queued mutations, as a slow link cut mid-sync would. */
async function pushFirst(device: TestDevice, count: number): Promise<void> {
  const rest = device.outbox.splice(count);
  await device.syncOnce();
  device.outbox.push(...rest);
}

describe('a regional seminar with 5 seats, registrations made offline in Тигиль and Палана', () => {
  let store: TestStore;
  let server: TestApp;
  const devices = {} as Record<'tigil' | 'palana' | 'regional', TestDevice>;
  // both kiosks were offline for the morning; their clocks say when each person registered
  let wallClock = Date.now() - 3 * 60 * 60_000;
  const offlineNow = () => wallClock;
  // the region announced the seminar the evening before: a registration can only come after it
  const eveningBefore = () => wallClock - 12 * 60 * 60_000;

  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil', 'tigil');
    await addUser(store, 'palana', 'palana');
    await addUser(store, 'region');
    const device = async (login: string, centre: CentreKey | null) =>
      new TestDevice(
        injectTransport(server.app, await signIn(server.app, login)),
        `${login}-kiosk`,
        centre ? offlineNow : eveningBefore,
      );
    devices.tigil = await device('tigil', 'tigil');
    devices.palana = await device('palana', 'palana');
    devices.regional = await device('region', null);
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  const seminar = training(null, 5, { title: 'Семинар «Добровольцы и договоры ГПХ»' });
  // who registered where, in the order they did it (one minute apart)
  const order: [CentreKey & ('tigil' | 'palana'), string][] = [
    ['palana', 'Косыгина Ольга Сергеевна'],
    ['tigil', 'Кечгельхут Анна Петровна'],
    ['tigil', 'Слепцова Ирина Васильевна'],
    ['palana', 'Яганов Николай Андреевич'],
    ['tigil', 'Тополов Василий Никитич'],
    ['palana', 'Эттувье Татьяна Юрьевна'],
    ['tigil', 'Заева Мария Ивановна'],
    ['tigil', 'Ивтакова Ольга Сергеевна'],
    ['palana', 'Пинелей Геннадий Павлович'],
    ['tigil', 'Лазарев Геннадий Павлович'],
    ['tigil', 'Чечулина Татьяна Юрьевна'],
  ];
  const people = order.map(([centre, name], n) => ({
    centre,
    record: { ...registration(centre, seminar.id, name), contact: `+7 914 100-20-${10 + n}` },
  }));
  const placementOf = (n: number) => {
    const person = people[n];
    if (!person) throw new Error(`no person ${n}`);
    return devices[person.centre].record('registrations', person.record.id)?.placement;
  };
  const placements = () => people.map((_, n) => placementOf(n));

  it('confirms exactly the first 5 by registration time, whatever order the batches arrive in', async () => {
    devices.regional.edit('trainings', seminar.id, seminar);
    await devices.regional.sync();
    for (const { centre, record } of people) {
      wallClock += 60_000;
      devices[centre].edit('registrations', record.id, record);
    }
    expect(devices.tigil.outbox).toHaveLength(7);
    expect(devices.palana.outbox).toHaveLength(4);

    // Тигиль's link comes up first; Палана's batches arrive in between
    await pushFirst(devices.tigil, 3);
    await pushFirst(devices.palana, 1);
    await pushFirst(devices.tigil, 4);
    await pushFirst(devices.palana, 3);
    for (const device of Object.values(devices)) await device.sync();

    expect(devices.tigil.rejected).toEqual([]);
    expect(devices.palana.rejected).toEqual([]);
    expect(placements()).toEqual([
      ...Array<string>(5).fill('confirmed'),
      ...Array<string>(6).fill('waitlist'),
    ]);
    // Тигиль's 4th reached the server before Палана's 2nd, but Палана's 2nd registered earlier
    expect(placementOf(3)).toBe('confirmed');
    expect(placementOf(6)).toBe('waitlist');
    for (const device of [devices.tigil, devices.palana, devices.regional])
      expect(device.record('trainings', seminar.id)).toMatchObject({
        confirmedCount: 5,
        waitlistCount: 6,
      });
  });

  it('every centre sees the same result, and the region sees all eleven', async () => {
    const regional = people.map(
      ({ record }) => devices.regional.record('registrations', record.id)?.placement,
    );
    expect(regional).toEqual(placements());
  });

  it('a cancellation in Тигиль confirms the first on the waitlist, who registered in Палана', async () => {
    const cancelled = people[1]?.record.id ?? '';
    devices.tigil.edit('registrations', cancelled, { status: 'cancelled' });
    await devices.tigil.sync();
    await devices.palana.sync();

    expect(placementOf(5)).toBe('confirmed');
    expect(placements().filter((p) => p === 'waitlist')).toHaveLength(5);
    expect(devices.palana.record('trainings', seminar.id)).toMatchObject({
      confirmedCount: 5,
      waitlistCount: 5,
    });
  });

  it('a device cannot place a registration itself', async () => {
    const waiting = people[10]?.record.id ?? '';
    devices.tigil.edit('registrations', waiting, { placement: 'confirmed' });
    await devices.tigil.sync();
    expect(devices.tigil.rejected.at(-1)?.code).toBe('server_owned');
  });
});
