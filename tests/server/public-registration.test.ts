import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONSENT_VERSION } from '../../src/shared/domain/consent-text.ts';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import { seed } from '../../src/server/seed/seed.ts';
import { ServerClock } from '../../src/server/sync/server-clock.ts';
import { training } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, recordCount, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('the public registration page', () => {
  let store: TestStore;
  let server: TestApp;
  let tigilPc: TestDevice;
  const seminar = training('tigil', 2, {
    title: 'Мастер-класс «Пост для соцсетей о вашем проекте»',
    kind: 'master_class',
    startsAt: later(10),
    endsAt: later(10.2),
  });

  const volunteer = (overrides: Record<string, unknown> = {}) => ({
    trainingId: seminar.id,
    fullName: 'Ханкевич Мария Ивановна',
    phone: '8 (914) 555-12-34',
    settlement: 'с. Тигиль',
    ageGroup: 'adult',
    consent: { textVersion: CONSENT_VERSION, accepted: true },
    website: '',
    ...overrides,
  });
  const post = (payload: Record<string, unknown>, ip = '10.0.0.1') =>
    server.app.inject({
      method: 'POST',
      url: '/api/public/registrations',
      payload,
      remoteAddress: ip,
    });

  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store, {
      registrationRateLimit: { max: 5, timeWindowMs: 60_000 },
    });
    await seed(store, new ServerClock(), false);
    await addUser(store, 'tigil', 'tigil');
    tigilPc = new TestDevice(injectTransport(server.app, await signIn(server.app, 'tigil')));
    tigilPc.edit('trainings', seminar.id, seminar);
    await tigilPc.sync();
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });
  beforeEach(() => {
    tigilPc.rejected = [];
  });

  it('lists the published training and registers a volunteer, placed at once', async () => {
    const listed = await server.app.inject({ url: '/api/public/trainings' });
    expect(listed.json<{ trainings: { id: string }[] }>().trainings.map((t) => t.id)).toEqual([
      seminar.id,
    ]);

    const response = await post(volunteer(), '10.0.0.2');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ placement: 'confirmed' });

    await tigilPc.sync();
    const onTheList = [...tigilPc.records.values()]
      .map((r) => r.data)
      .filter((d) => d.trainingId === seminar.id && d.fullName);
    expect(onTheList).toMatchObject([
      {
        fullName: 'Ханкевич Мария Ивановна',
        source: 'public',
        placement: 'confirmed',
        consent: { textVersion: CONSENT_VERSION, givenBy: 'self', deviceId: 'public-page' },
      },
    ]);
  });

  it('the same form sent twice is kept once; a sister on the same phone is kept and flagged for staff', async () => {
    const before = await recordCount(store);
    const again = await post(volunteer({ phone: '+7 914 555 1234' }), '10.0.0.3');
    expect(again.json()).toEqual({ placement: 'confirmed' });
    expect(await recordCount(store)).toBe(before);

    const sister = await post(volunteer({ fullName: 'Ханкевич Ольга Ивановна' }), '10.0.0.3');
    expect(sister.json()).toEqual({ placement: 'confirmed' });
    const third = await post(volunteer({ fullName: 'Бабиков Олег', phone: '+7 914 777-00-01' }));
    expect(third.json()).toEqual({ placement: 'waitlist' });

    await tigilPc.sync();
    const byName = (name: string) =>
      [...tigilPc.records.values()].find((r) => r.data.fullName === name)?.data;
    expect(byName('Ханкевич Ольга Ивановна')?.duplicateOf).toBe(
      byName('Ханкевич Мария Ивановна')?.id,
    );
  });

  it('a filled honeypot is answered politely and nothing is kept', async () => {
    const before = await recordCount(store);
    const response = await post(volunteer({ website: 'http://cheap-pills.example' }), '10.0.0.4');
    expect(response.statusCode).toBe(201);
    expect(await recordCount(store)).toBe(before);
  });

  it('refuses without consent, a minor without a parent, and a closed training', async () => {
    const noConsent = await post(volunteer({ consent: { textVersion: CONSENT_VERSION } }));
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.message).toBe(
      'Без согласия на обработку данных записаться нельзя',
    );
    const child = await post(volunteer({ ageGroup: 'child' }), '10.0.0.5');
    expect(child.json().error.message).toContain('Укажите ФИО родителя');
    const unknown = await post(volunteer({ trainingId: crypto.randomUUID() }), '10.0.0.5');
    expect(unknown.statusCode).toBe(404);
  });

  it('asks a regional training’s registrant which centre they will come to', async () => {
    await addUser(store, 'region');
    const regional = new TestDevice(
      injectTransport(server.app, await signIn(server.app, 'region')),
    );
    const forum = training(null, 30, { startsAt: later(20), endsAt: later(20.3) });
    regional.edit('trainings', forum.id, forum);
    await regional.sync();
    const without = await post(volunteer({ trainingId: forum.id }), '10.0.0.6');
    expect(without.json().error.code).toBe('centre_required');
    const palana = await post(
      volunteer({ trainingId: forum.id, centreId: centreId('palana') }),
      '10.0.0.6',
    );
    expect(palana.json()).toEqual({ placement: 'confirmed' });
  });

  it('one address gets 5 tries in a minute, then a Russian «too many»', async () => {
    const answers: number[] = [];
    for (let n = 0; n < 6; n++)
      answers.push((await post(volunteer({ website: 'x' }), '10.9.9.9')).statusCode);
    expect(answers).toEqual([201, 201, 201, 201, 201, 429]);
    const refused = await post(volunteer(), '10.9.9.9');
    expect(refused.json().error.message).toMatch(/^Слишком много попыток/);
  });
});
