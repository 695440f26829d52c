import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_VERSION } from '../../src/shared/domain/consent-text.ts';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import { seed } from '../../src/server/seed/seed.ts';
import { ServerClock } from '../../src/server/sync/server-clock.ts';
import { registration, training } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
// the phone of a Палана volunteer someone wants to find
const volunteerPhone = '+7 914 622-18-40';

describe('a phone number tells nobody outside its centre who registered', () => {
  let store: TestStore;
  let server: TestApp;
  let tigilPc: TestDevice;
  let palanaPc: TestDevice;
  const forum = training(null, 50, {
    title: 'Форум «Добровольцы Корякии»',
    startsAt: later(12),
    endsAt: later(12.3),
  });
  const registrationsOfForum = async () =>
    (
      await store.query<{ n: number }>(
        `select count(*)::int as n from records
         where collection = 'registrations' and data->>'trainingId' = $1`,
        [forum.id],
      )
    )[0]?.n;
  const probe = (fullName: string, ip: string, phone = volunteerPhone) =>
    server.app.inject({
      method: 'POST',
      url: '/api/public/registrations',
      remoteAddress: ip,
      payload: {
        trainingId: forum.id,
        centreId: centreId('tigil'),
        fullName,
        phone,
        ageGroup: 'adult',
        consent: { textVersion: CONSENT_VERSION, accepted: true },
        website: '',
      },
    });

  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await seed(store, new ServerClock(), false);
    await addUser(store, 'tigil', 'tigil');
    await addUser(store, 'palana', 'palana');
    await addUser(store, 'regional');
    tigilPc = new TestDevice(injectTransport(server.app, await signIn(server.app, 'tigil')));
    palanaPc = new TestDevice(injectTransport(server.app, await signIn(server.app, 'palana')));
    const regionalPc = new TestDevice(
      injectTransport(server.app, await signIn(server.app, 'regional')),
    );
    regionalPc.edit('trainings', forum.id, forum);
    await regionalPc.sync();
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  const volunteer = {
    ...registration('palana', forum.id, 'Эттувье Татьяна Юрьевна'),
    phone: volunteerPhone,
  };

  it('Тигиль repeating a Палана volunteer’s phone learns nothing about Палана’s registration', async () => {
    palanaPc.edit('registrations', volunteer.id, volunteer);
    await palanaPc.sync();

    const probeRecord = {
      ...registration('tigil', forum.id, 'Проверка Номера'),
      phone: '8 914 622 18 40',
    };
    tigilPc.edit('registrations', probeRecord.id, probeRecord);
    await tigilPc.sync();

    const seen = tigilPc.record('registrations', probeRecord.id);
    expect(seen?.placement).toBe('confirmed');
    expect(seen).not.toHaveProperty('duplicateOf');
    await palanaPc.sync();
    expect(palanaPc.record('registrations', volunteer.id)).not.toHaveProperty('duplicateOf');
  });

  it('within one centre the same phone twice is still flagged for the librarian', async () => {
    const again = { ...registration('palana', forum.id, 'Эттувье Т. Ю.'), phone: '89146221840' };
    palanaPc.edit('registrations', again.id, again);
    await palanaPc.sync();
    expect(palanaPc.record('registrations', again.id)?.duplicateOf).toBe(volunteer.id);
  });

  it('the public form answers a known phone exactly as an unknown one, with no duplicate flag', async () => {
    const known = await probe('Кто-то Неизвестный', '10.1.0.1');
    const unknown = await probe('Другой Человек', '10.1.0.2', '+7 914 000-00-01');
    expect(known.statusCode).toBe(201);
    expect(known.json()).toEqual({ placement: 'confirmed' });
    expect(unknown.json()).toEqual(known.json());
  });

  it('the same submission sent again stores no second record', async () => {
    const before = await registrationsOfForum();
    const first = await probe('Ханкевич Мария Ивановна', '10.1.0.3');
    const again = await probe('Ханкевич Мария Ивановна', '10.1.0.4');
    const thrice = await probe('  ханкевич   мария ивановна ', '10.1.0.5');

    expect([first, again, thrice].map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(again.json()).toEqual(first.json());
    expect(thrice.json()).toEqual(first.json());
    expect(await registrationsOfForum()).toBe((before ?? 0) + 1);
  });
});
