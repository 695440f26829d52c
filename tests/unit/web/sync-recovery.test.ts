// @vitest-environment node
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renewStoreId } from '../../../src/server/store/store-identity.ts';
import type { Conflict } from '../../../src/shared/model/conflicts.ts';
import type { SyncRequest } from '../../../src/shared/sync/protocol.ts';
import { SCHEMA_VERSION } from '../../../src/web/store/db.ts';
import { META, readMeta, writeMeta } from '../../../src/web/store/meta.ts';
import { mutate } from '../../../src/web/store/mutate.ts';
import { discardRejected } from '../../../src/web/sync/discard-rejected.ts';
import { restoreLostValue } from '../../../src/web/sync/resolve-conflict.ts';
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

let logins = 0;
async function pc(name: string): Promise<LibraryPc> {
  const device = await LibraryPc.signIn(world, `${name}-${++logins}`, 'tigil');
  pcs.push(device);
  return device;
}

async function addOrganization(device: LibraryPc, name: string): Promise<string> {
  const id = crypto.randomUUID();
  const result = await mutate(
    'organizations',
    id,
    {
      centreId: device.centreId,
      name,
      legalForm: 'ano',
      status: 'registering',
      settlement: 'с. Тигиль',
    },
    device.db,
  );
  if (!result.ok) throw new Error(result.message);
  return id;
}

async function edit(device: LibraryPc, id: string, patch: Record<string, unknown>) {
  const result = await mutate('organizations', id, patch, device.db);
  if (!result.ok) throw new Error(result.message);
}

async function serverOrganization(id: string) {
  const rows = await world.store.query<{ data: Record<string, unknown> }>(
    `select data from records where collection = 'organizations' and id = $1`,
    [id],
  );
  return rows[0]?.data;
}

/** The self-check is due again, as it is once a day. */
const aDayLater = (device: LibraryPc) =>
  device.db.transaction('rw', device.db.meta, () =>
    writeMeta(device.db, META.verifiedAt, new Date(Date.now() - 2 * 86_400_000).toISOString()),
  );

/** A backup of the server's tables now; `restore` puts them back, sequence and all. */
async function backup(): Promise<{ restore(): Promise<void> }> {
  const tag = `b${++logins}`;
  await world.store.query(`create table ${tag}_records as select * from records;
    create table ${tag}_mutations as select * from applied_mutations;`);
  return {
    async restore() {
      await world.store
        .query(`delete from records; insert into records select * from ${tag}_records;
        delete from applied_mutations; insert into applied_mutations select * from ${tag}_mutations;
        select setval('change_seq', (select coalesce(max(seq), 1) from records));`);
    },
  };
}

describe('PCs cloned from one disk image', () => {
  it('a reused mutation id is refused, the PC takes a new identity and its change arrives', async () => {
    const original = await pc('tigil-image');
    const clone = await pc('tigil-clone');
    for (const device of [original, clone])
      await device.db.transaction('rw', device.db.meta, async () => {
        await writeMeta(device.db, META.mutationIdPrefix, '0a1b2c3d4e5f607');
        await writeMeta(device.db, META.mutationIdCounter, 0);
      });
    const first = await addOrganization(original, 'АНО «Берег Тигиля»');
    await original.sync();
    const second = await addOrganization(clone, 'ТОС «Северный»');
    expect((await clone.db.outbox.toArray())[0]?.mid).toBe(
      (await original.db.rejected.toArray())[0]?.mid ?? '0a1b2c3d-4e5f-8607-8000-000000000000',
    );

    await clone.sync();

    expect(await clone.db.outbox.count()).toBe(0);
    expect(await clone.db.rejected.count()).toBe(0);
    expect((await serverOrganization(first))?.name).toBe('АНО «Берег Тигиля»');
    expect((await serverOrganization(second))?.name).toBe('ТОС «Северный»');
    expect(await readMeta(clone.db, META.mutationIdPrefix)).not.toBe('0a1b2c3d4e5f607');
  });
});

describe('a server restored from a backup', () => {
  it('gets back, from the PC, the changes it acked after the backup was made', async () => {
    const library = await pc('tigil-restore');
    const kept = await addOrganization(library, 'АНО «Берег Тигиля»');
    await library.sync();
    const snapshot = await backup();
    const lost = await addOrganization(library, 'ТОС «Северный»');
    await edit(library, kept, { phone: '+7 914 222-33-44' });
    await library.sync();
    expect(await library.db.outbox.count()).toBe(0);

    await snapshot.restore();
    expect(await serverOrganization(lost)).toBeUndefined();
    await library.sync();
    await library.sync();

    expect((await serverOrganization(lost))?.name).toBe('ТОС «Северный»');
    expect((await serverOrganization(kept))?.phone).toBe('+7 914 222-33-44');
    const other = await pc('tigil-other');
    await other.sync();
    expect(await other.record('organizations', lost)).toEqual(
      await library.record('organizations', lost),
    );
  });

  it('with a new store id, a PC whose cursor is behind the new writes still re-pulls them', async () => {
    const library = await pc('tigil-renewed');
    const office = await pc('tigil-renewed-office');
    await addOrganization(library, 'АНО «Берег Тигиля»');
    await library.sync();
    const snapshot = await backup();
    const lost = await addOrganization(library, 'ТОС «Северный»');
    await library.sync();

    await snapshot.restore();
    await renewStoreId(world.store);
    await world.restart();
    // the office writes enough after the restore to carry the seq past the library's cursor
    const written: string[] = [];
    for (let n = 0; n < 5; n++) written.push(await addOrganization(office, `Группа ${n}`));
    await office.sync();
    await library.sync();
    await library.sync();

    for (const id of written) expect(await library.record('organizations', id)).toBeDefined();
    expect((await serverOrganization(lost))?.name).toBe('ТОС «Северный»');
  });
});

describe('an upgrade that adds a collection', () => {
  it('brings the records an older build dropped, although its cursor moved past them', async () => {
    const consultant = `consultant-${++logins}`;
    await world.server.app.inject({ method: 'GET', url: '/api/health' });
    const { addUser, signIn } = await import('../../server/helpers/test-app.ts');
    await addUser(world.store, consultant);
    const regional = new LibraryPc(world, await signIn(world.server.app, consultant), 'tigil');
    pcs.push(regional);
    const contest = crypto.randomUUID();
    const created = await mutate(
      'contests',
      contest,
      {
        centreId: null,
        name: 'Конкурс «Камчатка — наш дом»',
        requiredSections: [],
        characterLimits: [],
      },
      regional.db,
    );
    if (!created.ok) throw new Error(`${created.message} ${created.field}`);
    await regional.sync();

    const library = await pc('tigil-old-build');
    // the old build: no schemaVersion or self-check, and no table for contests
    library.wrap = (send) => async (request) => {
      const { schemaVersion: _v, digest: _d, repair: _r, ...old } = request as SyncRequest;
      const response = await send(old as SyncRequest);
      return { ...response, changes: response.changes.filter((c) => c.collection !== 'contests') };
    };
    await library.sync();
    expect(await library.db.records('contests').count()).toBe(0);
    expect(await readMeta(library.db, META.cursor)).not.toBeNull();

    library.wrap = (send) => send;
    await library.sync();

    expect(await library.db.records('contests').get(contest)).toMatchObject({
      name: 'Конкурс «Камчатка — наш дом»',
    });
  });
});

describe('the daily self-check', () => {
  it('finds a PC that lost a record by a bug and repairs it by re-pulling', async () => {
    const library = await pc('tigil-drift');
    const ids = [
      await addOrganization(library, 'АНО «Берег Тигиля»'),
      await addOrganization(library, 'ТОС «Северный»'),
    ];
    await library.sync();
    await library.sync();
    expect(await readMeta(library.db, META.verifiedAt)).toBeDefined();
    // a bug (or a cleaner) removed one record and garbled a clock on this PC only
    await library.db.transaction('rw', library.db.tables, async () => {
      await library.db.records('organizations').delete(ids[0] ?? '');
      await library.db.clocks.delete(['organizations', ids[0] ?? '']);
    });
    await aDayLater(library);
    await library.sync();
    await library.sync();

    expect(await library.record('organizations', ids[0] ?? '')).toEqual(
      await serverOrganization(ids[0] ?? ''),
    );
    expect(await readMeta(library.db, META.verifyProblem)).toBeNull();
  });

  it('finds a change the server lost and sends it again', async () => {
    const library = await pc('tigil-server-drift');
    const id = await addOrganization(library, 'Община «Тымкытын»');
    await library.sync();
    await world.store.query(`delete from records where collection = 'organizations' and id = $1`, [
      id,
    ]);
    await aDayLater(library);
    await library.sync();
    await library.sync();
    expect((await serverOrganization(id))?.name).toBe('Община «Тымкытын»');
  });

  it('costs a few hundred bytes on an idle sync', async () => {
    const library = await pc('tigil-idle');
    await addOrganization(library, 'АНО «Берег Тигиля»');
    await library.sync();
    await aDayLater(library);
    const sizes: number[] = [];
    library.wrap = (send) => async (request) => {
      sizes.push(gzipSync(JSON.stringify(request)).length);
      return send(request);
    };
    await library.sync();
    await aDayLater(library);
    library.wrap = (send) => async (request) => {
      const { digest: _d, ...plain } = request;
      sizes.push(gzipSync(JSON.stringify(request)).length - gzipSync(JSON.stringify(plain)).length);
      return send(request);
    };
    await library.sync();
    process.stdout.write(
      `self-check: idle sync request ${sizes[0]} B gzip, the digest adds ${sizes.at(-1)} B\n`,
    );
    expect(sizes.at(-1)).toBeLessThan(400);
    expect(await readMeta(library.db, META.verifiedAt)).toBeDefined();
  });
});

describe('an outbox that already holds a change the server cannot store', () => {
  it('drains: that change is refused with a reason, the others arrive', async () => {
    const library = await pc('tigil-nul');
    const good = await addOrganization(library, 'АНО «Берег Тигиля»');
    await library.sync();
    const bad = await addOrganization(library, 'ТОС «Северный»');
    // queued by an older build, which let a NUL pasted from a PDF through
    await library.db.outbox.toCollection().modify((row) => {
      if (row.recordId === bad) row.patch.notes = 'Протокол\u0000 собрания';
    });
    await edit(library, good, { phone: '+7 914 222-33-44' });
    await library.sync();

    expect(await library.db.outbox.count()).toBe(0);
    const [refused] = await library.db.rejected.toArray();
    expect(refused).toMatchObject({ recordId: bad, code: 'invalid' });
    expect(refused?.message).toMatch(/[А-Яа-я]/);
    expect((await serverOrganization(good))?.phone).toBe('+7 914 222-33-44');
  });
});

describe('an edit hidden by a delete made on another PC', () => {
  it('is listed as a conflict, and «Вернуть» brings the record back with it', async () => {
    const library = await pc('tigil-delete');
    const office = await pc('tigil-delete-office');
    const id = await addOrganization(library, 'АНО «Берег Тигиля»');
    await library.sync();
    await office.sync();
    await edit(library, id, { deleted: true });
    await edit(office, id, { notes: 'Собрание учредителей 12 марта' });
    await library.sync();
    await office.sync();

    const conflicts = (await office.db.records('conflicts').toArray()) as Conflict[];
    const hidden = conflicts.find((c) => c.recordId === id && c.field === 'notes');
    expect(hidden?.lostValue).toBe('Собрание учредителей 12 марта');
    expect((await restoreLostValue(hidden as Conflict, office.db)).ok).toBe(true);
    await office.sync();
    await library.sync();
    for (const device of [library, office])
      expect(await device.record('organizations', id)).toMatchObject({
        deleted: false,
        notes: 'Собрание учредителей 12 марта',
      });
  });
});

describe('discarding a refused edit after the server’s value moved on', () => {
  it('fetches the record again, so the PC shows what the server holds', async () => {
    const readingRoom = await pc('tigil-moved-on');
    const office = await pc('tigil-moved-on-office');
    const id = crypto.randomUUID();
    const day = (time: string) => `2026-04-14T${time}:00.000Z`;
    const save = async (device: LibraryPc, patch: Record<string, unknown>) => {
      const result = await mutate('trainings', id, patch, device.db);
      if (!result.ok) throw new Error(result.message);
    };
    await save(readingRoom, {
      centreId: readingRoom.centreId,
      title: 'Семинар «Как зарегистрировать НКО»',
      kind: 'seminar',
      startsAt: day('10:00'),
      endsAt: day('13:00'),
      place: 'с. Тигиль, библиотека',
      capacity: 20,
      published: true,
    });
    await readingRoom.sync();
    await office.sync();
    // the office moves the seminar to 9:00–12:00; a moment later the reading room, offline,
    // moves its start to 12:30: merged, it would end before it starts, so it is refused
    await save(office, { startsAt: day('09:00'), endsAt: day('12:00') });
    const lead =
      ((await readMeta<number>(office.db, META.clockOffsetMs)) ?? 0) -
      ((await readMeta<number>(readingRoom.db, META.clockOffsetMs)) ?? 0);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, lead) + 5));
    await save(readingRoom, { startsAt: day('12:30') });
    await office.sync();
    await readingRoom.sync();
    const [refused] = await readingRoom.db.rejected.toArray();
    expect(refused?.code).toBe('invalid');

    // verified a moment ago: the daily self-check will not be what repairs it
    await readingRoom.db.transaction('rw', readingRoom.db.meta, async () => {
      await writeMeta(readingRoom.db, META.verifiedAt, new Date().toISOString());
      await writeMeta(readingRoom.db, META.verifiedSchemaVersion, SCHEMA_VERSION);
    });
    await discardRejected(readingRoom.db, refused?.mid ?? '');
    await readingRoom.sync();

    expect(await readingRoom.db.records('trainings').get(id)).toMatchObject({
      startsAt: day('09:00'),
      endsAt: day('12:00'),
    });
  });
});
