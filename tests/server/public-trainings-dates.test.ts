import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { training } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('the public list of trainings and dates PostgreSQL cannot read', () => {
  let store: TestStore;
  let server: TestApp;
  let device: TestDevice;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil', 'tigil');
    device = new TestDevice(injectTransport(server.app, await signIn(server.app, 'tigil')), 'pc');
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  /** A record that reached the table some other way: an old version, a restore, a bug. */
  const insertUnchecked = (data: Record<string, unknown>) =>
    store.query(
      `insert into records (collection, id, centre_id, data, clocks, seq)
       values ('trainings', $1, $2, $3::jsonb, '{}'::jsonb, nextval('change_seq'))`,
      [data.id, data.centreId, JSON.stringify(data)],
    );
  const listed = async () => {
    const response = await server.app.inject({ url: '/api/public/trainings' });
    expect(response.statusCode).toBe(200);
    return response.json<{ trainings: { title: string }[] }>().trainings.map((t) => t.title);
  };

  it('a training dated at UTC+23:00 is refused when a librarian syncs it', async () => {
    const impossible = training('tigil', 20, {
      startsAt: '2030-06-01T10:00:00+23:00',
      endsAt: '2030-06-01T12:00:00+23:00',
    });
    const mutation = device.edit('trainings', impossible.id, impossible);

    const [response] = await device.sync();

    expect(response?.rejected).toEqual([
      { mid: mutation.mid, code: 'invalid', message: expect.stringMatching(/пояс.*\(startsAt\)/) },
    ]);
  });

  it('one unreadable stored training does not take the list down for everyone', async () => {
    const seminar = training('tigil', 20, {
      title: 'Семинар «Отчётность НКО в Минюст»',
      startsAt: inDays(12),
      endsAt: inDays(12.2),
    });
    const roundTable = training('tigil', 40, {
      title: 'Круглый стол «Гранты для ТОС»',
      kind: 'round_table',
      startsAt: inDays(5),
      endsAt: inDays(5.1),
    });
    const ended = training('tigil', 20, {
      title: 'Семинар, который уже прошёл',
      startsAt: inDays(-3),
      endsAt: inDays(-2.9),
    });
    for (const good of [seminar, roundTable, ended]) device.edit('trainings', good.id, good);
    const [synced] = await device.sync();
    expect(synced?.rejected).toEqual([]);
    const broken = (overrides: Record<string, unknown>) =>
      training('tigil', 10, { title: 'Сломанная запись', id: randomUUID(), ...overrides });
    await insertUnchecked(broken({ endsAt: '2030-06-01T12:00:00+23:00' }));
    await insertUnchecked(broken({ endsAt: '0000-06-01T12:00:00Z' }));
    await insertUnchecked(broken({ endsAt: '2030-02-30T12:00:00Z' }));
    await insertUnchecked(broken({ endsAt: 'после путины' }));
    await insertUnchecked(broken({ endsAt: 20300601 }));
    await insertUnchecked(broken({ startsAt: 'скоро', endsAt: inDays(3) }));
    await insertUnchecked(broken({ published: 'да', startsAt: inDays(3), endsAt: inDays(3.1) }));
    await insertUnchecked(broken({ deleted: 'нет', startsAt: inDays(3), endsAt: inDays(3.1) }));

    expect(await listed()).toEqual([roundTable.title, seminar.title]);
  });
});
