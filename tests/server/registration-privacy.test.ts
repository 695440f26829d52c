import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymizationPatch } from '../../src/shared/domain/anonymize.ts';
import type { Registration } from '../../src/shared/model/registrations.ts';
import { registration, training } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

describe('a person asks the centre to delete their data', () => {
  let store: TestStore;
  let server: TestApp;
  let office: TestDevice;
  let readingRoom: TestDevice;
  const seminar = training('tigil', 10);
  const teen = {
    ...registration('tigil', seminar.id, 'Ильин Артём'),
    contact: '+7 914 021-45-67',
    organization: 'Школьный волонтёрский отряд «Родник»',
    ageGroup: 'teen',
    minor: true,
    consent: {
      textVersion: 'pd-2025-09',
      givenAt: new Date().toISOString(),
      givenBy: 'self_and_parent',
      parentName: 'Ильина Светлана Николаевна',
      parentContact: '+7 914 021-45-00',
      deviceId: 'tigil-office',
    },
  };

  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil', 'tigil');
    const token = await signIn(server.app, 'tigil');
    office = new TestDevice(injectTransport(server.app, token), 'tigil-office');
    readingRoom = new TestDevice(injectTransport(server.app, token), 'tigil-reading-room');
    office.edit('trainings', seminar.id, seminar);
    office.edit('registrations', teen.id, teen);
    await office.sync();
    await readingRoom.sync();
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  it('removes the personal fields on every device and keeps the anonymous count', async () => {
    expect(readingRoom.record('registrations', teen.id)?.fullName).toBe('Ильин Артём');
    const held = office.record('registrations', teen.id) as Registration;
    office.edit('registrations', teen.id, anonymizationPatch(held));
    await office.sync();
    await readingRoom.sync();

    const kept = readingRoom.record('registrations', teen.id);
    expect(kept).toMatchObject({ anonymized: true, ageGroup: 'teen', placement: 'confirmed' });
    for (const field of ['fullName', 'contact', 'organization'])
      expect(kept).not.toHaveProperty(field);
    expect(kept?.consent).toEqual({
      textVersion: 'pd-2025-09',
      givenAt: teen.consent.givenAt,
      givenBy: 'self_and_parent',
      deviceId: 'tigil-office',
    });
    expect(readingRoom.record('trainings', seminar.id)?.confirmedCount).toBe(1);
  });

  it('a later edit cannot write the name back, and no conflict or PC keeps it', async () => {
    readingRoom.edit('registrations', teen.id, { fullName: 'Ильин Артём Олегович' });
    await readingRoom.sync();
    await readingRoom.sync();
    // anonymization wins: the late name is dropped, not refused and kept on the PC
    expect(readingRoom.rejected).toEqual([]);
    expect(readingRoom.record('registrations', teen.id)).not.toHaveProperty('fullName');
    const rows = await store.query<{ data: unknown }>('select data from records');
    expect(JSON.stringify(rows)).not.toContain('Ильин');
  });
});
