import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organization } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

describe('a change carrying text PostgreSQL cannot keep', () => {
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

  const storedNotes = async (id: string) =>
    (
      await store.query<{ notes: string | null }>(
        `select data->>'notes' as notes from records where id = $1`,
        [id],
      )
    )[0]?.notes;

  it('is refused as invalid with a Russian reason, and the rest of the batch is applied', async () => {
    const bereg = organization('tigil');
    device.edit('organizations', bereg.id, bereg);
    await device.sync();
    const pasted = device.edit('organizations', bereg.id, {
      notes: 'Протокол собрания скопирован из PDF:\u0000 подписи на стр. 2',
    });
    const halfEmoji = device.edit('organizations', bereg.id, { name: 'АНО «Берег» \uD83C' });
    const disguised = device.edit('organizations', bereg.id, {
      contactPerson: 'Анна \u202EанвонавИ',
    });
    const good = device.edit('organizations', bereg.id, { phone: '+7 914 780-55-66' });

    const [response] = await device.sync();

    expect(response?.acks).toEqual([good.mid]);
    const reasons = Object.fromEntries(
      response?.rejected.map((r) => [r.mid, `${r.code}: ${r.message}`]) ?? [],
    );
    expect(reasons[pasted.mid]).toMatch(/^invalid: .*NUL.*\(notes\)$/);
    expect(reasons[halfEmoji.mid]).toMatch(/^invalid: .*половина эмодзи.*\(name\)$/);
    expect(reasons[disguised.mid]).toMatch(/^invalid: .*\(contactPerson\)$/);
    const [stored] = await store.query<{ data: Record<string, unknown> }>(
      `select data from records where id = $1`,
      [bereg.id],
    );
    expect(stored?.data).toMatchObject({
      name: bereg.name,
      notes: bereg.notes,
      contactPerson: bereg.contactPerson,
      phone: '+7 914 780-55-66',
    });
  });

  it('keeps Cyrillic, «ё», emoji and line breaks exactly as typed', async () => {
    const notes = 'Ёлки 🌲 на субботнике.\n\tПринести: грабли, 🧤 перчатки';
    const org = organization('tigil', { name: 'ТОС «Ёлочка» 🌲', notes });
    device.edit('organizations', org.id, org);

    const [response] = await device.sync();

    expect(response?.rejected).toEqual([]);
    expect(await storedNotes(org.id)).toBe(notes);
  });
});
