import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymizationPatch } from '../../src/shared/domain/anonymize.ts';
import type { Registration } from '../../src/shared/model/registrations.ts';
import { organization, registration, training } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

let store: TestStore;
let server: TestApp;
let tigil: string;
let clock = Date.now();
const tick = () => (clock += 7);
const stamp = () => new Date(clock).toISOString();

beforeAll(async () => {
  store = await openTestStore();
  server = await startTestApp(store);
  await addUser(store, 'tigil-crossings', 'tigil');
  tigil = await signIn(server.app, 'tigil-crossings');
});
afterAll(async () => {
  await server.close();
  await store.dispose();
});

const device = (name: string, now: () => number = tick) =>
  new TestDevice(injectTransport(server.app, tigil), name, now);

async function conflictsOf(recordId: string) {
  const rows = await store.query<{ data: Record<string, unknown> }>(
    `select data from records where collection = 'conflicts' and data->>'recordId' = $1`,
    [recordId],
  );
  return rows.map((row) => row.data);
}

async function twoPcsWith(record: { id: string } & Record<string, unknown>, collection: string) {
  const library = device(`library-${record.id.slice(0, 6)}`);
  const laptop = device(`laptop-${record.id.slice(0, 6)}`);
  library.edit(collection, record.id, record);
  await library.sync();
  await laptop.sync();
  return { library, laptop };
}

describe('an edit and a delete that crossed', () => {
  it('keeps the edit as a conflict when the delete reached the server first', async () => {
    const org = organization('tigil');
    const { library, laptop } = await twoPcsWith(org, 'organizations');
    library.edit('organizations', org.id, { deleted: true, updatedAt: stamp() });
    laptop.edit('organizations', org.id, {
      notes: 'Устав согласован с юристом',
      updatedAt: stamp(),
    });
    await library.sync();
    await laptop.sync();
    await library.sync();

    expect(await conflictsOf(org.id)).toEqual([
      expect.objectContaining({ field: 'notes', lostValue: 'Устав согласован с юристом' }),
    ]);
    for (const pc of [library, laptop])
      expect(pc.record('conflicts', String((await conflictsOf(org.id))[0]?.id))).toMatchObject({
        status: 'open',
      });
  });

  it('keeps the edit as a conflict when the edit reached the server first', async () => {
    const org = organization('tigil');
    const { library, laptop } = await twoPcsWith(org, 'organizations');
    laptop.edit('organizations', org.id, { phone: '+7 914 222-33-44', updatedAt: stamp() });
    library.edit('organizations', org.id, { deleted: true, updatedAt: stamp() });
    await laptop.sync();
    await library.sync();

    expect(await conflictsOf(org.id)).toEqual([
      expect.objectContaining({ field: 'phone', lostValue: '+7 914 222-33-44' }),
    ]);
  });

  it('a delete of what the deleter had seen keeps no conflict', async () => {
    const org = organization('tigil');
    const { library } = await twoPcsWith(org, 'organizations');
    library.edit('organizations', org.id, { deleted: true, updatedAt: stamp() });
    await library.sync();
    expect(await conflictsOf(org.id)).toEqual([]);
  });
});

describe('two PCs close the same conflict', () => {
  it('creates no conflict about the conflict', async () => {
    const org = organization('tigil');
    const { library, laptop } = await twoPcsWith(org, 'organizations');
    library.edit('organizations', org.id, { notes: 'Первый вариант' });
    laptop.edit('organizations', org.id, { notes: 'Второй вариант' });
    await library.sync();
    await laptop.sync();
    await library.sync();
    const [conflict] = await conflictsOf(org.id);
    const id = String(conflict?.id);
    library.edit('conflicts', id, { status: 'restored', updatedAt: stamp() });
    laptop.edit('conflicts', id, { status: 'dismissed', updatedAt: stamp() });
    await library.sync();
    await laptop.sync();
    await library.sync();

    const about = await store.query(
      `select 1 from records where collection = 'conflicts' and data->>'collection' = 'conflicts'`,
    );
    expect(about).toEqual([]);
    expect(library.record('conflicts', id)?.status).toBe(laptop.record('conflicts', id)?.status);
  });
});

describe('a refused edit followed by an accepted one of the same field', () => {
  it('does not keep the person’s own earlier value as lost', async () => {
    const org = organization('tigil', { email: 'bereg@mail.ru' });
    const { library } = await twoPcsWith(org, 'organizations');
    // typed offline: first a broken e-mail the server refuses, then the right one
    library.edit('organizations', org.id, { email: 'bereg.tigil@' });
    library.edit('organizations', org.id, { email: 'bereg.tigil@mail.ru' });
    await library.sync();

    expect(library.rejected.map((refusal) => refusal.code)).toEqual(['invalid']);
    const rows = await store.query<{ data: { email: string } }>(
      `select data from records where collection = 'organizations' and id = $1`,
      [org.id],
    );
    expect(rows[0]?.data.email).toBe('bereg.tigil@mail.ru');
    expect(await conflictsOf(org.id)).toEqual([]);
  });
});

describe('152-ФЗ: the deletion of a person’s data cannot be undone by a race', () => {
  const personal = /Ильин|021-45|Родник/;

  async function anonymizedRace(kioskFirst: boolean) {
    const seminar = training('tigil', 10);
    const person = {
      ...registration('tigil', seminar.id, 'Ильин Артём'),
      contact: '+7 914 021-45-67',
      organization: 'Отряд «Родник»',
    };
    const office = device(`office-${kioskFirst}`);
    // the kiosk PC's clock runs 40 minutes fast: its earlier edit carries a later clock
    const kiosk = device(`kiosk-${kioskFirst}`, () => tick() + 40 * 60_000);
    office.edit('trainings', seminar.id, seminar);
    office.edit('registrations', person.id, person);
    await office.sync();
    await kiosk.sync();

    kiosk.edit('registrations', person.id, { contact: '+7 914 021-45-99' });
    const held = office.record('registrations', person.id) as Registration;
    office.edit('registrations', person.id, anonymizationPatch(held));
    for (const pc of kioskFirst ? [kiosk, office, kiosk] : [office, kiosk, office]) await pc.sync();
    await kiosk.sync();

    const rows = await store.query<{ data: unknown }>(
      `select data from records where collection in ('registrations', 'conflicts')`,
    );
    expect(JSON.stringify(rows)).not.toMatch(personal);
    for (const pc of [office, kiosk]) {
      expect(pc.record('registrations', person.id)).toMatchObject({ anonymized: true });
      expect(JSON.stringify([...pc.records.values()])).not.toMatch(personal);
      expect(pc.rejected).toEqual([]);
    }
  }

  it('wins when a late phone fix arrives after it', () => anonymizedRace(false));
  it('wins when the phone fix reached the server first', () => anonymizedRace(true));
});
