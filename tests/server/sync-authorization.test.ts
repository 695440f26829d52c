import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import { checklist, organization, registration, training } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, snapshot, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

const now = new Date().toISOString();
const globalRecords = {
  centres: {
    name: 'Консультационный центр — с. Лесная',
    settlement: 'с. Лесная',
    district: 'Тигильский муниципальный район',
    active: true,
  },
  materials: {
    title: 'Устав АНО: образец',
    category: 'charter',
    body: '# Устав',
    tags: [],
    attachments: [],
    published: true,
  },
  checklistTemplates: {
    legalForm: 'ano',
    title: 'Регистрация АНО',
    version: 2,
    published: true,
    steps: [{ key: 'charter', title: 'Подготовить устав', documents: [], materialIds: [] }],
  },
};

describe('who may write and see what', () => {
  let store: TestStore;
  let server: TestApp;
  const tokens: Record<'tigil' | 'tigilColleague' | 'palana' | 'regional', string> = {
    tigil: '',
    tigilColleague: '',
    palana: '',
    regional: '',
  };
  const device = (who: keyof typeof tokens) =>
    new TestDevice(injectTransport(server.app, tokens[who]));
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil', 'tigil');
    await addUser(store, 'tigilColleague', 'tigil');
    await addUser(store, 'palana', 'palana');
    await addUser(store, 'regional');
    for (const who of ['tigil', 'tigilColleague', 'palana', 'regional'] as const)
      tokens[who] = await signIn(server.app, who);
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  for (const [collection, fields] of Object.entries(globalRecords)) {
    it(`staff may not write ${collection}; regional may`, async () => {
      const record = {
        id: randomUUID(),
        centreId: null,
        createdAt: now,
        updatedAt: now,
        ...fields,
      };
      const staff = device('tigil');
      staff.edit(collection, record.id, record);
      const before = await snapshot(store);
      await staff.sync();
      expect(staff.rejected.map((r) => r.code)).toEqual(['forbidden']);
      expect(await snapshot(store)).toBe(before);

      const regional = device('regional');
      regional.edit(collection, record.id, record);
      await regional.sync();
      expect(regional.rejected).toEqual([]);
    });
  }

  it('staff may not create a record for another centre, nor a global training', async () => {
    const staff = device('tigil');
    staff.edit('organizations', randomUUID(), organization('palana'));
    const globalTraining = training(null, 20);
    staff.edit('trainings', globalTraining.id, globalTraining);
    const before = await snapshot(store);
    await staff.sync();
    expect(staff.rejected.map((r) => r.code)).toEqual(['wrong_centre', 'wrong_centre']);
    expect(await snapshot(store)).toBe(before);
  });

  it("staff may not edit another centre's record; regional may edit any centre's", async () => {
    const palanaPc = device('palana');
    const org = organization('palana', { name: 'АНО «Палана-Медиа»', settlement: 'пгт Палана' });
    palanaPc.edit('organizations', org.id, org);
    await palanaPc.sync();

    const tigilPc = device('tigil');
    tigilPc.edit('organizations', org.id, { notes: 'чужая правка' });
    const before = await snapshot(store);
    await tigilPc.sync();
    expect(tigilPc.rejected.map((r) => r.code)).toEqual(['wrong_centre']);
    expect(await snapshot(store)).toBe(before);

    const regional = device('regional');
    await regional.sync();
    regional.edit('organizations', org.id, { notes: 'Рекомендуем подать через Госуслуги.' });
    await regional.sync();
    expect(regional.rejected).toEqual([]);
    await palanaPc.sync();
    expect(palanaPc.record('organizations', org.id)?.notes).toBe(
      'Рекомендуем подать через Госуслуги.',
    );
  });

  it("staff pulling never sees another centre's records; regional sees all", async () => {
    const tigilPc = device('tigil');
    const org = organization('tigil');
    tigilPc.edit('organizations', org.id, org);
    await tigilPc.sync();

    const palanaPc = device('palana');
    await palanaPc.sync();
    const palanaCentres = new Set(
      [...palanaPc.records.values()].map((r) => r.data.centreId ?? null),
    );
    expect([...palanaCentres].sort()).toEqual([centreId('palana'), null].sort());

    const regional = device('regional');
    await regional.sync();
    expect(regional.record('organizations', org.id)?.name).toBe(org.name);
    expect(palanaPc.record('organizations', org.id)).toBeUndefined();
  });

  it('regional may publish a global training and a centre training', async () => {
    const regional = device('regional');
    const forAll = training(null, 30, {
      title: 'Вебинар «Отчётность НКО в Минюст»',
      kind: 'webinar',
    });
    const forPalana = training('palana', 15);
    regional.edit('trainings', forAll.id, forAll);
    regional.edit('trainings', forPalana.id, forPalana);
    await regional.sync();
    expect(regional.rejected).toEqual([]);
    const tigilPc = device('tigil');
    await tigilPc.sync();
    expect(tigilPc.record('trainings', forAll.id)?.title).toBe(forAll.title);
    expect(tigilPc.record('trainings', forPalana.id)).toBeUndefined();
  });

  it('a scan: its uploader before any record names it, then its centre and the region; never another centre', async () => {
    const scan = Buffer.from('%PDF-1.7 Решение учредителей о создании АНО «Берег Тигиля» ');
    const sha256 = createHash('sha256').update(scan).digest('hex');
    const upload = await server.app.inject({
      method: 'PUT',
      url: `/api/blobs/${sha256}`,
      headers: {
        authorization: `Bearer ${tokens.tigil}`,
        'content-type': 'application/octet-stream',
      },
      payload: scan,
    });
    expect(upload.statusCode).toBe(201);
    const readers = async () => {
      const seen: Record<string, number> = {};
      for (const who of Object.keys(tokens) as (keyof typeof tokens)[])
        seen[who] = (
          await server.app.inject({
            method: 'GET',
            url: `/api/blobs/${sha256}`,
            headers: { authorization: `Bearer ${tokens[who]}` },
          })
        ).statusCode;
      return seen;
    };
    expect(await readers()).toEqual({
      tigil: 200,
      tigilColleague: 404,
      palana: 404,
      regional: 200,
    });

    const tigilPc = device('tigil');
    const org = organization('tigil');
    tigilPc.edit('organizations', org.id, org);
    const list = checklist('tigil', org.id, { decision: [sha256] });
    tigilPc.edit('checklists', list.id, list);
    await tigilPc.sync();
    expect(await readers()).toEqual({
      tigil: 200,
      tigilColleague: 200,
      palana: 404,
      regional: 200,
    });
  });

  it('registrations: staff for their centre’s and regional trainings only; the region for any', async () => {
    const regional = device('regional');
    const trainings = {
      tigil: training('tigil', 10),
      palana: training('palana', 10),
      all: training(null, 10),
    };
    for (const t of Object.values(trainings)) regional.edit('trainings', t.id, t);
    await regional.sync();
    expect(regional.rejected).toEqual([]);

    const outcome = async (
      who: 'tigil' | 'palana' | 'regional',
      centre: 'tigil' | 'palana',
      on: keyof typeof trainings,
    ) => {
      const pc = device(who);
      const person = registration(centre, trainings[on].id, 'Чечулина Татьяна Юрьевна');
      pc.edit('registrations', person.id, person);
      await pc.sync();
      return pc.rejected[0]?.code ?? 'accepted';
    };
    expect({
      tigilOwn: await outcome('tigil', 'tigil', 'tigil'),
      tigilRegional: await outcome('tigil', 'tigil', 'all'),
      tigilOnPalana: await outcome('tigil', 'tigil', 'palana'),
      palanaOnTigil: await outcome('palana', 'palana', 'tigil'),
      regionOnPalana: await outcome('regional', 'palana', 'palana'),
    }).toEqual({
      tigilOwn: 'accepted',
      tigilRegional: 'accepted',
      tigilOnPalana: 'wrong_centre',
      palanaOnTigil: 'wrong_centre',
      regionOnPalana: 'accepted',
    });
  });

  it('every route that touches data refuses a missing or made-up token', async () => {
    const fake = `Bearer ${'x'.repeat(43)}`;
    const hash = 'a'.repeat(64);
    for (const authorization of [undefined, fake]) {
      const headers = authorization ? { authorization } : {};
      const calls = [
        server.app.inject({
          method: 'POST',
          url: '/api/sync',
          headers,
          payload: { protocol: 1, clientId: 'x', cursor: null, mutations: [] },
        }),
        server.app.inject({ method: 'GET', url: `/api/blobs/${hash}`, headers }),
        server.app.inject({
          method: 'PUT',
          url: `/api/blobs/${hash}`,
          headers: { ...headers, 'content-type': 'application/octet-stream' },
          payload: Buffer.from('скан'),
        }),
        server.app.inject({ method: 'GET', url: '/api/auth/me', headers }),
      ];
      for (const response of await Promise.all(calls)) {
        expect(response.statusCode).toBe(401);
        expect(response.json()).toMatchObject({ error: { code: 'unauthorized' } });
      }
    }
  });
});
