import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organization } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

/**
 * Whatever a single mutation does wrong in the database, only it is refused. The database
 * itself refuses here: a trigger stands for any value or constraint PostgreSQL rejects.
 */
describe('one mutation the database refuses', () => {
  let store: TestStore;
  let server: TestApp;
  let token: string;
  beforeAll(async () => {
    store = await openTestStore();
    await store.query(`
      create function refuse_explosive() returns trigger language plpgsql as $$
      begin
        if new.data->>'notes' = 'взрыв' then raise exception 'the database refuses this row'; end if;
        return new;
      end $$;
      create trigger refuse_explosive before insert or update on records
        for each row execute function refuse_explosive();`);
    server = await startTestApp(store);
    await addUser(store, 'tigil-isolation', 'tigil');
    token = await signIn(server.app, 'tigil-isolation');
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  it('is refused alone with a message; the rest of the batch applies, on every retry', async () => {
    const pc = new TestDevice(injectTransport(server.app, token), 'tigil-isolated');
    const before = organization('tigil', { name: 'АНО «Берег Тигиля»' });
    const bad = organization('tigil', { name: 'ТОС «Северный»', notes: 'взрыв' });
    const after = organization('tigil', { name: 'Община «Тымкытын»' });
    pc.edit('organizations', before.id, before);
    const refused = pc.edit('organizations', bad.id, bad);
    pc.edit('organizations', after.id, after);

    const [response] = await pc.sync();

    expect(response?.acks).toHaveLength(2);
    expect(response?.rejected).toEqual([
      { mid: refused.mid, code: 'invalid', message: expect.stringMatching(/не смог сохранить/) },
    ]);
    const names = await store.query<{ name: string }>(
      `select data->>'name' as name from records where collection = 'organizations' order by 1`,
    );
    expect(names.map((row) => row.name)).toEqual(['АНО «Берег Тигиля»', 'Община «Тымкытын»']);

    // the same batch again (a lost answer): acked as before, still only the one refused
    pc.outbox = [refused];
    const [retry] = await pc.sync();
    expect(retry?.rejected.map((r) => r.mid)).toEqual([refused.mid]);
    const health = await server.app.inject({ url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });
});
