import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/server/seed/seed.ts';
import { ServerClock } from '../../src/server/sync/server-clock.ts';
import { CONSENT_VERSION } from '../../src/shared/domain/consent-text.ts';
import { registration, training } from './helpers/fixtures.ts';
import { injectTransport, TestDevice, type Transport } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

const FORTY_MINUTES = 40 * 60_000;
const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('seats decided after a restart or by another server process', () => {
  let store: TestStore;
  const apps: TestApp[] = [];
  beforeAll(async () => {
    store = await openTestStore();
    await seed(store, new ServerClock(), false);
    await addUser(store, 'tigil-seats', 'tigil');
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await store.dispose();
  });

  async function startApp(): Promise<TestApp> {
    const server = await startTestApp(store);
    apps.push(server);
    return server;
  }

  /**
   * One seat. Ильин registers on a kiosk whose clock runs 40 minutes fast (within what the
   * server accepts) and the office PC sees him confirmed. Then, served by `decider`, a
   * volunteer signs up on the public page and the server places everyone again.
   */
  async function officeAgreesAfter(decider: () => Promise<TestApp>) {
    let serving = await startApp();
    const token = await signIn(serving.app, 'tigil-seats');
    // the PCs keep their records and clocks; only the server behind the address changes
    const viaCurrentServer: Transport = (request) => injectTransport(serving.app, token)(request);
    const kiosk = new TestDevice(
      viaCurrentServer,
      `kiosk-${apps.length}`,
      () => Date.now() + FORTY_MINUTES,
    );
    const office = new TestDevice(viaCurrentServer, `office-${apps.length}`);
    const seminar = training('tigil', 1, { startsAt: later(5), endsAt: later(5.2) });
    const ilyin = registration('tigil', seminar.id, 'Ильин Артём');
    kiosk.edit('trainings', seminar.id, seminar);
    kiosk.edit('registrations', ilyin.id, ilyin);
    await kiosk.sync();
    await office.sync();
    expect(office.record('registrations', ilyin.id)?.placement).toBe('confirmed');

    serving = await decider();
    const signedUp = await serving.app.inject({
      method: 'POST',
      url: '/api/public/registrations',
      payload: {
        trainingId: seminar.id,
        fullName: 'Ханкевич Мария Ивановна',
        phone: '8 (914) 555-12-34',
        settlement: 'с. Тигиль',
        ageGroup: 'adult',
        consent: { textVersion: CONSENT_VERSION, accepted: true },
        website: '',
      },
    });
    expect(signedUp.statusCode).toBe(201);
    await office.sync();
    const fresh = new TestDevice(viaCurrentServer, `fresh-pc-${apps.length}`);
    await fresh.sync();

    const placements = (pc: TestDevice) =>
      [...pc.records.values()]
        .filter((record) => record.data.trainingId === seminar.id)
        .map((record) => `${String(record.data.fullName)}: ${String(record.data.placement)}`)
        .sort();
    expect(placements(fresh)).toHaveLength(2);
    expect(placements(office)).toEqual(placements(fresh));
    expect(office.record('trainings', seminar.id)).toMatchObject({
      confirmedCount: 1,
      waitlistCount: 1,
    });
  }

  it('a PC that synced before the restart agrees with the server about the seat', async () => {
    await officeAgreesAfter(async () => {
      await apps.splice(0).at(-1)?.close();
      return startApp();
    });
  });

  it('a second server process with its own clock decides it, and every PC agrees', async () => {
    const other = await startApp();
    await officeAgreesAfter(async () => other);
  });
});
