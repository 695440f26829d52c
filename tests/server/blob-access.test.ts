import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklist, material, organization } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

// stand-in bytes: a JPEG photo of a passport page and a PDF of the founding meeting's protocol
const passport = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from('Паспорт РФ, серия 30 07, Кечгельхут Анна Петровна, с. Тигиль '.repeat(40)),
]);
const protocol = Buffer.from('%PDF-1.7 Протокол №1 учредительного собрания АНО «Берег Тигиля» ');
const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

type Who = 'tigil' | 'tigilReadingRoom' | 'palana' | 'regional';

describe('a scan of one centre is served to that centre and the region only', () => {
  let store: TestStore;
  let server: TestApp;
  const tokens = {} as Record<Who, string>;
  const device = (who: Who) => new TestDevice(injectTransport(server.app, tokens[who]));
  const put = (who: Who, bytes: Buffer) =>
    server.app.inject({
      method: 'PUT',
      url: `/api/blobs/${hashOf(bytes)}`,
      headers: {
        authorization: `Bearer ${tokens[who]}`,
        'content-type': 'application/octet-stream',
      },
      payload: bytes,
    });
  const get = (who: Who, sha256: string, method: 'GET' | 'HEAD' = 'GET', range?: string) =>
    server.app.inject({
      method,
      url: `/api/blobs/${sha256}`,
      headers: { authorization: `Bearer ${tokens[who]}`, ...(range ? { range } : {}) },
    });

  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil', 'tigil');
    await addUser(store, 'palana', 'palana');
    await addUser(store, 'tigilReadingRoom', 'tigil');
    await addUser(store, 'regional');
    for (const who of ['tigil', 'tigilReadingRoom', 'palana', 'regional'] as const)
      tokens[who] = await signIn(server.app, who);

    // Тигиль photographs the chairwoman's passport and the protocol for the ANO's checklist
    expect((await put('tigil', passport)).statusCode).toBe(201);
    expect((await put('tigil', protocol)).statusCode).toBe(201);
    const tigilPc = device('tigil');
    const org = organization('tigil');
    tigilPc.edit('organizations', org.id, org);
    const list = checklist('tigil', org.id, {
      founders: [hashOf(passport)],
      meeting: [hashOf(protocol)],
    });
    tigilPc.edit('checklists', list.id, list);
    await tigilPc.sync();
    expect(tigilPc.rejected).toEqual([]);
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  it('Палана cannot download, probe or resume Тигиль’s passport scan: it is as if absent', async () => {
    const missing = await get('palana', hashOf(Buffer.from('никогда не загружался')));
    expect(missing.statusCode).toBe(404);

    for (const attempt of [
      await get('palana', hashOf(passport)),
      await get('palana', hashOf(passport), 'GET', 'bytes=0-99'),
      await get('palana', hashOf(protocol), 'GET', 'bytes=-10'),
    ]) {
      expect(attempt.statusCode).toBe(404);
      expect(attempt.json()).toEqual(missing.json());
      expect(attempt.rawPayload.includes(Buffer.from('Паспорт'))).toBe(false);
    }
    const head = await get('palana', hashOf(passport), 'HEAD');
    expect(head.statusCode).toBe(404);
    expect(head.headers['content-length']).toBe(missing.headers['content-length']);
  });

  it('Тигиль and the region get the scan, cached privately, resumable by range', async () => {
    for (const who of ['tigil', 'regional'] as const) {
      const whole = await get(who, hashOf(passport));
      expect(whole.statusCode).toBe(200);
      expect(whole.rawPayload.equals(passport)).toBe(true);
      expect(whole.headers['cache-control']).toMatch(/^private\b/);
      expect(whole.headers['cache-control']).not.toContain('public');
      const part = await get(who, hashOf(protocol), 'GET', 'bytes=5-9');
      expect(part.statusCode).toBe(206);
      expect(part.rawPayload.equals(protocol.subarray(5, 10))).toBe(true);
      expect((await get(who, hashOf(passport), 'HEAD')).statusCode).toBe(200);
    }
  });

  it('a file is served to its uploader before any record names it, to no other centre', async () => {
    const charterDraft = Buffer.from('%PDF-1.7 Проект устава ТОС «Лесная», редакция 2 ');
    expect((await put('palana', charterDraft)).statusCode).toBe(201);

    expect((await get('palana', hashOf(charterDraft))).statusCode).toBe(200);
    expect((await get('tigil', hashOf(charterDraft))).statusCode).toBe(404);
    expect((await get('regional', hashOf(charterDraft))).statusCode).toBe(200);
  });

  it('a file attached to a regional material reaches every centre, and stops when it is removed', async () => {
    const sample = Buffer.from('%PDF-1.7 Образец заявления Р11001 для АНО ');
    expect((await put('regional', sample)).statusCode).toBe(201);
    expect((await get('palana', hashOf(sample))).statusCode).toBe(404);

    const regionalPc = device('regional');
    const attachment = {
      sha256: hashOf(sample),
      name: 'Образец Р11001.pdf',
      size: sample.length,
      mime: 'application/pdf',
    };
    const samples = material([attachment]);
    regionalPc.edit('materials', samples.id, samples);
    await regionalPc.sync();
    for (const who of ['tigil', 'palana'] as const)
      expect((await get(who, hashOf(sample))).statusCode).toBe(200);

    regionalPc.edit('materials', samples.id, { attachments: [] });
    await regionalPc.sync();
    expect((await get('palana', hashOf(sample))).statusCode).toBe(404);
  });

  it('Палана, knowing the hash, cannot claim Тигиль’s scan by naming it in its own checklist', async () => {
    const palanaPc = device('palana');
    const org = organization('palana', { name: 'АНО «Палана-Медиа»', settlement: 'пгт Палана' });
    palanaPc.edit('organizations', org.id, org);
    const stolen = checklist('palana', org.id, { founders: [hashOf(passport)] });
    palanaPc.edit('checklists', stolen.id, stolen);
    await palanaPc.sync();

    expect(palanaPc.rejected.map((r) => r.code)).toEqual(['forbidden']);
    expect(palanaPc.rejected[0]?.message).toMatch(/файл/i);
    expect((await get('palana', hashOf(passport))).statusCode).toBe(404);
  });

  it('a scan whose file has not reached the server yet may be named by its own centre', async () => {
    const later = Buffer.from('%PDF-1.7 Гарантийное письмо администрации с. Ковран ');
    const tigilPc = device('tigil');
    const org = organization('tigil', { name: 'ТОС «Ковран»', settlement: 'с. Ковран' });
    tigilPc.edit('organizations', org.id, org);
    const list = checklist('tigil', org.id, { address: [hashOf(later)] });
    tigilPc.edit('checklists', list.id, list);
    await tigilPc.sync();
    expect(tigilPc.rejected).toEqual([]);

    expect((await put('tigil', later)).statusCode).toBe(201);
    expect((await get('tigil', hashOf(later))).statusCode).toBe(200);
    expect((await get('palana', hashOf(later))).statusCode).toBe(404);
  });

  it('a scan that survives only in a conflict is served to a colleague who may restore it', async () => {
    const office = device('tigil');
    const readingRoom = device('tigilReadingRoom');
    const org = organization('tigil', { name: 'Родовая община «Чавыча»' });
    office.edit('organizations', org.id, org);
    const list = checklist('tigil', org.id, { founders: [] });
    office.edit('checklists', list.id, list);
    await office.sync();
    await readingRoom.sync();

    const minutes = Buffer.from(
      '%PDF-1.7 Протокол собрания общины «Чавыча» о выборе председателя ',
    );
    expect((await put('tigil', minutes)).statusCode).toBe(201);
    office.edit('checklists', list.id, {
      steps: { founders: { state: 'done', scans: [hashOf(minutes)] } },
    });
    await office.sync();
    readingRoom.edit('checklists', list.id, { steps: { founders: { state: 'todo', scans: [] } } });
    await readingRoom.sync();
    expect(readingRoom.record('checklists', list.id)?.steps).toEqual({
      founders: { state: 'todo', scans: [] },
    });

    expect((await get('tigilReadingRoom', hashOf(minutes))).statusCode).toBe(200);
    expect((await get('palana', hashOf(minutes))).statusCode).toBe(404);
  });
});
