import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hlcWallMs } from '../../src/shared/sync/hlc.ts';
import { registration, training } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, snapshot, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

type Who = 'tigil' | 'palana' | 'regional';

describe('a centre registers people for its own and regional trainings, in fair order', () => {
  let store: TestStore;
  let server: TestApp;
  const tokens = {} as Record<Who, string>;
  const device = (who: Who, now?: () => number) =>
    new TestDevice(injectTransport(server.app, tokens[who]), undefined, now);

  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil', 'tigil');
    await addUser(store, 'palana', 'palana');
    await addUser(store, 'regional');
    for (const who of ['tigil', 'palana', 'regional'] as const)
      tokens[who] = await signIn(server.app, who);
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  it('Тигиль cannot put a person on Палана’s own round table', async () => {
    const palanaPc = device('palana');
    const roundTable = training('palana', 2, {
      title: 'Круглый стол «Корякский язык в работе НКО»',
      kind: 'round_table',
      place: 'пгт Палана, ул. Обухова, 6, библиотека',
    });
    palanaPc.edit('trainings', roundTable.id, roundTable);
    await palanaPc.sync();

    const tigilPc = device('tigil');
    const intruder = registration('tigil', roundTable.id, 'Лазарев Геннадий Павлович');
    tigilPc.edit('registrations', intruder.id, intruder);
    const before = await snapshot(store);
    await tigilPc.sync();

    expect(tigilPc.rejected.map((r) => r.code)).toEqual(['wrong_centre']);
    expect(tigilPc.rejected[0]?.message).toMatch(/мероприят/);
    expect(await snapshot(store)).toBe(before);
  });

  it('Тигиль cannot move its registration onto Палана’s training either', async () => {
    const palanaPc = device('palana');
    const closed = training('palana', 5, { title: 'Встреча актива ТОС Паланы', kind: 'meeting' });
    palanaPc.edit('trainings', closed.id, closed);
    await palanaPc.sync();
    const tigilPc = device('tigil');
    const own = training('tigil', 5);
    tigilPc.edit('trainings', own.id, own);
    const person = registration('tigil', own.id, 'Заева Мария Ивановна');
    tigilPc.edit('registrations', person.id, person);
    await tigilPc.sync();

    tigilPc.edit('registrations', person.id, { trainingId: closed.id });
    await tigilPc.sync();
    expect(tigilPc.rejected.map((r) => r.code)).toEqual(['wrong_centre']);
    await palanaPc.sync();
    expect(palanaPc.record('trainings', closed.id)?.confirmedCount ?? 0).toBe(0);
  });

  it('Тигиль may register its people for a regional seminar', async () => {
    const regionalPc = device('regional');
    const seminar = training(null, 10, { title: 'Семинар «Президентские гранты: заявка»' });
    regionalPc.edit('trainings', seminar.id, seminar);
    await regionalPc.sync();
    const tigilPc = device('tigil');
    const person = registration('tigil', seminar.id, 'Кечгельхут Анна Петровна');
    tigilPc.edit('registrations', person.id, person);
    await tigilPc.sync();
    expect(tigilPc.rejected).toEqual([]);
    expect(tigilPc.record('registrations', person.id)?.placement).toBe('confirmed');
  });

  it('a clock set to 1970 does not push Палана’s confirmed volunteers to the waitlist', async () => {
    const regionalPc = device('regional');
    const forum = training(null, 2, { title: 'Форум «Добровольцы Корякии»' });
    regionalPc.edit('trainings', forum.id, forum);
    await regionalPc.sync();
    const palanaPc = device('palana');
    const volunteers = ['Косыгина Ольга Сергеевна', 'Яганов Николай Андреевич'].map((name) =>
      registration('palana', forum.id, name),
    );
    for (const person of volunteers) palanaPc.edit('registrations', person.id, person);
    await palanaPc.sync();
    expect(volunteers.map((p) => palanaPc.record('registrations', p.id)?.placement)).toEqual([
      'confirmed',
      'confirmed',
    ]);

    // the mutation's hlc is 000000000000001:00000:…, long before the forum was announced
    const cheater = device('tigil', () => 1);
    const jumper = registration('tigil', forum.id, 'Бабиков Олег');
    const sent = cheater.edit('registrations', jumper.id, jumper);
    expect(sent.hlc).toMatch(/^000000000000001:/);
    await cheater.sync();
    await palanaPc.sync();

    expect(volunteers.map((p) => palanaPc.record('registrations', p.id)?.placement)).toEqual([
      'confirmed',
      'confirmed',
    ]);
    const queued = cheater.record('registrations', jumper.id);
    expect(queued?.placement).toBe('waitlist');
    const forumCreated = hlcWallMs(
      String(regionalPc.records.get(`trainings/${forum.id}`)?.clocks.createdAt),
    );
    expect(hlcWallMs(String(queued?.queueHlc))).toBeGreaterThanOrEqual(forumCreated);
  });

  it('a clock running fast cannot place a registration in the future', async () => {
    const tigilPc = device('tigil');
    const lesson = training('tigil', 3, {
      title: 'Мастер-класс «Бюджет проекта»',
      kind: 'master_class',
    });
    tigilPc.edit('trainings', lesson.id, lesson);
    await tigilPc.sync();

    const fast = device('tigil', () => Date.now() + 50 * 60_000);
    const person = registration('tigil', lesson.id, 'Слепцова Ирина Васильевна');
    fast.edit('registrations', person.id, person);
    await fast.sync();
    const afterSync = Date.now();

    expect(fast.rejected).toEqual([]);
    const queueHlc = String(fast.record('registrations', person.id)?.queueHlc);
    expect(hlcWallMs(queueHlc)).toBeLessThanOrEqual(afterSync);
  });
});
