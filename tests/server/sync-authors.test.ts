import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser, type User } from '../../src/server/auth/users.ts';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { PASSWORD, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

const FORGED = 'Региональный центр (консультант)';

describe('who wrote it is what the server knows, not what the PC says', () => {
  let store: TestStore;
  let server: TestApp;
  let librarian: User;
  let consultant: User;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    ({ user: librarian } = await ensureUser(store, {
      login: 'tigil-authors',
      displayName: 'Ирина Петрова',
      password: PASSWORD,
      role: 'staff',
      centreId: centreId('tigil'),
    }));
    ({ user: consultant } = await ensureUser(store, {
      login: 'regional-authors',
      displayName: 'Ольга Смирнова',
      password: PASSWORD,
      role: 'regional',
      centreId: null,
    }));
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  const device = async (user: User) =>
    new TestDevice(injectTransport(server.app, await signIn(server.app, user.login)), user.login);
  const stored = async (collection: string, id: string) => {
    const [row] = await store.query<{ data: Record<string, unknown> }>(
      'select data from records where collection = $1 and id = $2',
      [collection, id],
    );
    return row?.data;
  };
  const draft = (pc: TestDevice) => {
    const id = randomUUID();
    const at = new Date().toISOString();
    pc.edit('initiatives', id, {
      id,
      centreId: centreId('tigil'),
      createdAt: at,
      updatedAt: at,
      applicantGroup: 'Инициативная группа «Ковран — наш дом»',
      status: 'draft',
      title: 'Школа активных жителей Коврана',
      tasks: [],
      calendarPlan: [],
      quantitativeResults: [],
      budget: [],
      team: [],
    });
    return id;
  };
  const comment = (pc: TestDevice, initiativeId: string, author: Record<string, unknown>) => {
    const id = randomUUID();
    const at = new Date().toISOString();
    pc.edit('comments', id, {
      id,
      centreId: centreId('tigil'),
      createdAt: at,
      updatedAt: at,
      initiativeId,
      section: 'budget',
      body: 'Проезд консультанта перенесите в софинансирование — так выше балл.',
      resolved: false,
      ...author,
    });
    return id;
  };

  it('sign-in and /me name the person as well as the login', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: librarian.login, password: PASSWORD },
    });
    const { token, user } = response.json<{ token: string; user: Record<string, unknown> }>();
    expect(user).toMatchObject({ login: 'tigil-authors', displayName: 'Ирина Петрова' });
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json()).toEqual({ user });
  });

  it('a librarian’s comment signed as the regional consultant is kept under her own name', async () => {
    const pc = await device(librarian);
    const initiative = draft(pc);
    const id = comment(pc, initiative, { authorId: consultant.id, authorName: FORGED });
    await pc.sync();

    expect(pc.rejected).toEqual([]);
    expect(await stored('comments', id)).toMatchObject({
      authorId: librarian.id,
      authorName: 'Ирина Петрова',
    });
    // the PC that sent the forged name is told the real one
    expect(pc.record('comments', id)).toMatchObject({ authorName: 'Ирина Петрова' });
  });

  it('a comment sent with no author is signed by the consultant who sent it', async () => {
    const tigil = await device(librarian);
    const initiative = draft(tigil);
    await tigil.sync();
    const region = await device(consultant);
    await region.sync();
    const id = comment(region, initiative, {});
    await region.sync();
    await tigil.sync();

    expect(region.rejected).toEqual([]);
    expect(tigil.record('comments', id)).toMatchObject({
      authorId: consultant.id,
      authorName: 'Ольга Смирнова',
    });
    // marking it addressed does not make the librarian its author
    tigil.edit('comments', id, { resolved: true, authorName: FORGED });
    await tigil.sync();
    expect(await stored('comments', id)).toMatchObject({
      resolved: true,
      authorName: 'Ольга Смирнова',
    });
  });

  it('each status move names who made it; a name in the patch is ignored', async () => {
    const tigil = await device(librarian);
    const region = await device(consultant);
    const id = draft(tigil);
    await tigil.sync();
    tigil.edit('initiatives', id, { status: 'submitted', statusChangedByName: FORGED });
    await tigil.sync();
    expect(await stored('initiatives', id)).toMatchObject({
      status: 'submitted',
      statusChangedById: librarian.id,
      statusChangedByName: 'Ирина Петрова',
    });

    await region.sync();
    region.edit('initiatives', id, { status: 'needs_changes' });
    await region.sync();
    await tigil.sync();
    expect(tigil.record('initiatives', id)).toMatchObject({
      status: 'needs_changes',
      statusChangedByName: 'Ольга Смирнова',
    });

    // a title edit is no status move: the last mover stays named
    tigil.edit('initiatives', id, { title: 'Школа активных жителей Коврана и Тигиля' });
    await tigil.sync();
    expect(await stored('initiatives', id)).toMatchObject({
      statusChangedByName: 'Ольга Смирнова',
    });
  });

  it('a status move that lost to a newer one does not take the name', async () => {
    const tigil = await device(librarian);
    const id = draft(tigil);
    await tigil.sync();
    tigil.edit('initiatives', id, { status: 'submitted' });
    await tigil.sync();
    const region = await device(consultant);
    await region.sync();
    // the consultant accepts it; a second librarian PC, offline since before, sends an older move
    const stale = await device(librarian);
    await stale.sync();
    const late = stale.edit('initiatives', id, {
      status: 'submitted',
      summary: 'Обучаем жителей Коврана создавать ТОС.',
    });
    region.edit('initiatives', id, { status: 'ready' });
    await region.sync();
    stale.outbox = [
      {
        ...late,
        hlc: late.hlc.replace(/^\d+/, (ms) => String(Number(ms) - 60_000).padStart(ms.length, '0')),
      },
    ];
    await stale.sync();

    expect(await stored('initiatives', id)).toMatchObject({
      status: 'ready',
      summary: 'Обучаем жителей Коврана создавать ТОС.',
      statusChangedByName: 'Ольга Смирнова',
    });
  });

  it('closing a conflict names who closed it; the PC may not name anyone', async () => {
    const first = await device(librarian);
    const id = draft(first);
    await first.sync();
    const second = await device(consultant);
    await second.sync();
    first.edit('initiatives', id, { summary: 'Учим жителей Коврана создавать ТОС.' });
    second.edit('initiatives', id, { summary: 'Школа для жителей Коврана.' });
    await first.sync();
    await second.sync();
    await first.sync();
    const conflict = [...first.records.values()].find(
      (state) => state.data.recordId === id && state.data.status === 'open',
    );
    if (!conflict) throw new Error('no conflict was kept');
    const conflictId = String(conflict.data.id);

    first.edit('conflicts', conflictId, { status: 'dismissed', resolvedByName: FORGED });
    await first.sync();
    expect(first.rejected.map((r) => r.code)).toEqual(['server_owned']);

    first.edit('conflicts', conflictId, { status: 'dismissed' });
    await first.sync();
    expect(await stored('conflicts', conflictId)).toMatchObject({
      status: 'dismissed',
      resolvedById: librarian.id,
      resolvedByName: 'Ирина Петрова',
    });
  });

  it('a version taken at submit carries its taker’s name, whatever the PC wrote', async () => {
    const pc = await device(librarian);
    const initiative = draft(pc);
    const id = randomUUID();
    const at = new Date().toISOString();
    pc.edit('initiativeVersions', id, {
      id,
      centreId: centreId('tigil'),
      createdAt: at,
      updatedAt: at,
      initiativeId: initiative,
      reason: 'submit',
      authorId: consultant.id,
      authorName: FORGED,
      content: {
        title: 'Школа активных жителей Коврана',
        tasks: [],
        calendarPlan: [],
        quantitativeResults: [],
        budget: [],
        team: [],
      },
    });
    await pc.sync();
    expect(pc.rejected).toEqual([]);
    expect(await stored('initiativeVersions', id)).toMatchObject({
      authorId: librarian.id,
      authorName: 'Ирина Петрова',
    });
  });
});
