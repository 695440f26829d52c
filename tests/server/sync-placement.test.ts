import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registration, training } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

describe('the server decides who gets a seat', () => {
  let store: TestStore;
  let server: TestApp;
  let kiosk: TestDevice;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil', 'tigil');
    kiosk = new TestDevice(
      injectTransport(server.app, await signIn(server.app, 'tigil')),
      'tigil-kiosk',
    );
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  it('confirms while seats last, waitlists the rest, promotes when someone cancels', async () => {
    const seminar = training('tigil', 2);
    kiosk.edit('trainings', seminar.id, seminar);
    const people = ['Кечгельхут Анна', 'Слепцова Ирина', 'Тополов Василий'].map((name) =>
      registration('tigil', seminar.id, name),
    );
    for (const person of people) kiosk.edit('registrations', person.id, person);
    await kiosk.sync();

    const placement = (id: string) => kiosk.record('registrations', id)?.placement;
    expect(people.map((p) => placement(p.id))).toEqual(['confirmed', 'confirmed', 'waitlist']);

    const [first, , third] = people;
    kiosk.edit('registrations', first?.id ?? '', { status: 'cancelled' });
    await kiosk.sync();
    expect(placement(third?.id ?? '')).toBe('confirmed');
  });

  it('leaves a registration pending while its training is unknown here', async () => {
    const person = registration('tigil', crypto.randomUUID(), 'Заева Мария');
    kiosk.edit('registrations', person.id, person);
    await kiosk.sync();
    expect(kiosk.rejected).toEqual([]);
    expect(kiosk.record('registrations', person.id)?.placement).toBe('pending');
  });
});
