// @vitest-environment node
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SyncRequest } from '../../../src/shared/sync/protocol.ts';
import { mutate } from '../../../src/web/store/mutate.ts';
import { LibraryPc, startSyncWorld, type SyncWorld } from './sync-world.ts';

let world: SyncWorld;
const pcs: LibraryPc[] = [];
beforeAll(async () => {
  world = await startSyncWorld();
}, 60_000);
afterAll(() => world.close());
afterEach(async () => {
  await Promise.all(pcs.splice(0).map((pc) => pc.close()));
});

async function pc(login: string): Promise<LibraryPc> {
  const device = await LibraryPc.signIn(world, login, 'tigil');
  pcs.push(device);
  return device;
}

async function save(device: LibraryPc, id: string, patch: Record<string, unknown>) {
  const result = await mutate('organizations', id, patch, device.db);
  if (!result.ok) throw new Error(result.message);
}

async function newOrganization(device: LibraryPc, name: string): Promise<string> {
  const id = crypto.randomUUID();
  await save(device, id, {
    centreId: device.centreId,
    name,
    legalForm: 'ano',
    status: 'registering',
    settlement: 'с. Тигиль',
  });
  await device.sync();
  return id;
}

/** What the server holds and the conflicts it kept, read from its tables, not through the app. */
async function serverView(id: string) {
  const [row] = await world.store.query<{ data: Record<string, unknown> }>(
    `select data from records where collection = 'organizations' and id = $1`,
    [id],
  );
  const conflicts = await world.store.query<{ field: string; lost: unknown }>(
    `select data->>'field' as field, data->'lostValue' as lost from records
      where collection = 'conflicts' and data->>'recordId' = $1`,
    [id],
  );
  return { notes: row?.data.notes, lost: conflicts.map((c) => c.lost) };
}

const WORDS = (
  'собрание устав смета грант инициатива жители посёлок библиотека волонтёры рыбаки ' +
  'совет община праздник ремонт клуб детская площадка дорога причал огород школа ' +
  'заявка отчёт взнос председатель протокол решение учредители регистрация налог'
).split(' ');

/** Notes typed the way a person types: ~3,000 characters, autosaved after every few words. */
function typing(saves: number): string[] {
  let seed = 7;
  const words: string[] = [];
  const drafts: string[] = [];
  for (let save = 0; save < saves; save++) {
    for (let w = 0; w < 8; w++) {
      seed = (seed * 48_271) % 2_147_483_647;
      words.push(WORDS[seed % WORDS.length]!);
    }
    drafts.push(`${words.join(' ')}.`);
  }
  return drafts;
}

describe('many autosaves of one field before a sync', () => {
  it('go up as one mutation with the final text, a small multiple of its gzip', async () => {
    const library = await pc('tigil-coalesce-typing');
    const id = await newOrganization(library, 'АНО «Берег Тигиля»');
    const drafts = typing(40);
    for (const notes of drafts) await save(library, id, { notes });
    expect(await library.db.outbox.count()).toBe(1);

    const sent: SyncRequest[] = [];
    library.wrap = (send) => (request) => {
      sent.push(request);
      return send(request);
    };
    await library.sync();
    const final = drafts.at(-1)!;
    expect(final.length).toBeGreaterThan(2500);
    const upBytes = gzipSync(JSON.stringify(sent.map((request) => request.mutations))).length;
    expect(upBytes).toBeLessThanOrEqual(2 * gzipSync(final).length);
    expect((await serverView(id)).notes).toBe(final);
    expect(await library.db.outbox.count()).toBe(0);
  });

  it('keeps the same winner and the other PC’s lost value as edits sent one by one', async () => {
    // the same story twice: once folded before one sync, once with a sync after every edit
    const outcomes = [];
    for (const oneByOne of [false, true]) {
      const office = await pc(`tigil-coalesce-office-${oneByOne}`);
      const room = await pc(`tigil-coalesce-room-${oneByOne}`);
      const id = await newOrganization(office, 'ТОС «Хайрюзово»');
      await room.sync();

      await save(office, id, { notes: 'Черновик: собрание в марте' });
      if (oneByOne) await office.sync();
      await save(room, id, { notes: 'Читальный зал: собрание перенесли на апрель' });
      await room.sync();
      await save(office, id, { notes: 'Итог: собрание 12 апреля, устав принят' });
      await office.sync();
      await room.sync();
      outcomes.push({
        server: await serverView(id),
        office: (await office.record('organizations', id))?.notes,
        room: (await room.record('organizations', id))?.notes,
      });
    }
    const [folded, separate] = outcomes;
    expect(folded!.server.notes).toBe('Итог: собрание 12 апреля, устав принят');
    expect(folded!.server.notes).toBe(separate!.server.notes);
    expect([folded!.office, folded!.room]).toEqual([separate!.office, separate!.room]);
    // the reading room's text is kept for someone to bring back, folded or not
    expect(folded!.server.lost).toContain('Читальный зал: собрание перенесли на апрель');
    expect(separate!.server.lost).toContain('Читальный зал: собрание перенесли на апрель');
  });

  it('a sent mutation whose answer was lost is sent again unchanged, while new typing waits apart', async () => {
    const library = await pc('tigil-coalesce-retry');
    const id = await newOrganization(library, 'Община «Чавыча»');
    await save(library, id, { notes: 'Первая запись' });

    let dropped = false;
    library.wrap = (send) => async (request) => {
      const answer = await send(request);
      if (!dropped && request.mutations.length > 0) {
        dropped = true;
        // the link drops after the server applied it; the person types on meanwhile
        await save(library, id, { notes: 'Первая запись, дополненная' });
        throw new TypeError('link dropped');
      }
      return answer;
    };
    await expect(library.sync()).rejects.toThrow();
    expect(await library.db.outbox.count()).toBe(2);
    await library.sync();

    expect((await serverView(id)).notes).toBe('Первая запись, дополненная');
    expect((await serverView(id)).lost).toEqual([]);
    expect(await library.db.outbox.count()).toBe(0);
    expect(await library.db.rejected.count()).toBe(0);
  });
});
