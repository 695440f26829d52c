import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, SopkaDb, db } from '../../../src/web/store/db.ts';
import { META } from '../../../src/web/store/meta.ts';
import { mutate } from '../../../src/web/store/mutate.ts';
import { BEREG_ID, TIGIL_CENTRE_ID, beregTigilya } from './fixtures.ts';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await db.open();
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function everything() {
  return {
    organizations: await db.records('organizations').toArray(),
    clocks: await db.clocks.toArray(),
    outbox: await db.outbox.toArray(),
    hlc: (await db.meta.get(META.hlc))?.value,
  };
}

describe('mutate', () => {
  it('creates an organization in its table and queues the whole record in the outbox', async () => {
    const result = await mutate('organizations', BEREG_ID, beregTigilya());

    expect(result.ok).toBe(true);
    const stored = await db.records('organizations').get(BEREG_ID);
    expect(stored).toMatchObject({
      id: BEREG_ID,
      name: 'АНО «Берег Тигиля»',
      settlement: 'Тигиль',
    });
    expect(stored?.createdAt).toBe(stored?.updatedAt);
    const [queued, ...rest] = await db.outbox.toArray();
    expect(rest).toEqual([]);
    expect(queued).toMatchObject({
      collection: 'organizations',
      recordId: BEREG_ID,
      base: {},
      patch: { id: BEREG_ID, centreId: TIGIL_CENTRE_ID, name: 'АНО «Берег Тигиля»' },
    });
    const clocks = (await db.clocks.get(['organizations', BEREG_ID]))?.clocks;
    expect(clocks?.name).toBe(queued?.hlc);
  });

  it('sends the full clocks of the record it edited as base', async () => {
    await mutate('organizations', BEREG_ID, beregTigilya());
    const before = (await db.clocks.get(['organizations', BEREG_ID]))?.clocks;

    await mutate('organizations', BEREG_ID, { phone: '+7 914 780 12 34' });

    const edit = (await db.outbox.toArray())[1];
    expect(edit?.base).toEqual(before);
    expect(Object.keys(edit?.patch ?? {}).sort()).toEqual(['phone', 'updatedAt']);
  });

  it('writes nothing anywhere when the outbox append fails inside the transaction', async () => {
    await mutate('organizations', BEREG_ID, beregTigilya());
    const before = await everything();
    vi.spyOn(db.outbox, 'add').mockRejectedValueOnce(new Error('диск отключён'));

    await expect(
      mutate('organizations', BEREG_ID, { name: 'АНО «Берег Тигиля — Усть-Хайрюзово»' }),
    ).rejects.toThrow('диск отключён');

    expect(await everything()).toEqual(before);
    expect((await db.records('organizations').get(BEREG_ID))?.name).toBe('АНО «Берег Тигиля»');
  });

  it('turns a full disk into a clear Russian message and keeps the stored record', async () => {
    await mutate('organizations', BEREG_ID, beregTigilya());
    const before = await everything();
    vi.spyOn(db.outbox, 'add').mockRejectedValueOnce(
      new DOMException('Quota exceeded', 'QuotaExceededError'),
    );

    const result = await mutate('organizations', BEREG_ID, { notes: 'Устав согласован' });

    expect(result).toMatchObject({ ok: false, code: 'quota' });
    expect(!result.ok && result.message).toMatch(/закончилось место/);
    expect(await everything()).toEqual(before);
  });

  it('says the disk is full when the browser aborts the write (Chromium on a full disk), and keeps nothing half-written', async () => {
    await mutate('organizations', BEREG_ID, beregTigilya());
    const before = await everything();
    // Chromium does not throw QuotaExceededError on a full disk: it aborts the transaction
    // when its last write cannot be kept
    const put = db.meta.put.bind(db.meta);
    vi.spyOn(db.meta, 'put').mockImplementation((row, key) => {
      const written = put(row, key);
      if (row.key === META.hlc) Dexie.currentTransaction?.abort();
      return written;
    });

    const result = await mutate('organizations', BEREG_ID, { notes: 'Устав согласован' });

    expect(result).toMatchObject({ ok: false, code: 'quota' });
    expect(!result.ok && result.message).toMatch(/закончилось место/);
    expect(await everything()).toEqual(before);
    expect(await db.outbox.count()).toBe(before.outbox.length);
  });

  it('rejects an invalid patch with the Russian message and changes nothing', async () => {
    await mutate('organizations', BEREG_ID, beregTigilya());
    const before = await everything();

    const result = await mutate('organizations', BEREG_ID, { inn: '41090' });

    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message: 'ИНН организации — 10 цифр',
      field: 'inn',
    });
    expect(await everything()).toEqual(before);
  });

  it('rejects a new record that misses a required field', async () => {
    const { settlement: _settlement, ...withoutSettlement } = beregTigilya();

    const result = await mutate('organizations', BEREG_ID, withoutSettlement);

    expect(result).toMatchObject({ ok: false, code: 'invalid', field: 'settlement' });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.records('organizations').count()).toBe(0);
  });

  it('rejects a merged record that breaks a cross-field rule', async () => {
    await mutate('organizations', BEREG_ID, {
      ...beregTigilya(),
      legalForm: 'informal',
      status: 'informal',
    });

    const result = await mutate('organizations', BEREG_ID, { status: 'registered' });

    expect(result).toMatchObject({
      ok: false,
      message: 'Неформальная группа не может иметь статус «зарегистрирована»',
    });
    expect((await db.records('organizations').get(BEREG_ID))?.status).toBe('informal');
  });

  it('refuses to move an organization to another centre', async () => {
    await mutate('organizations', BEREG_ID, beregTigilya());
    const before = await everything();

    const result = await mutate('organizations', BEREG_ID, {
      centreId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
    });

    expect(result).toMatchObject({ ok: false, code: 'immutable_field', field: 'centreId' });
    expect(await everything()).toEqual(before);
  });

  it('clears an optional field with null and keeps its clock', async () => {
    await mutate('organizations', BEREG_ID, beregTigilya());

    const result = await mutate('organizations', BEREG_ID, { phone: null });

    expect(result.ok).toBe(true);
    const stored = await db.records('organizations').get(BEREG_ID);
    expect(stored && 'phone' in stored).toBe(false);
    const clocks = (await db.clocks.get(['organizations', BEREG_ID]))?.clocks;
    expect(clocks?.phone).toBe((await db.outbox.toArray())[1]?.hlc);
    expect((await db.outbox.toArray())[1]?.patch).toMatchObject({ phone: null });
  });

  it('refuses to clear a required field', async () => {
    await mutate('organizations', BEREG_ID, beregTigilya());

    const result = await mutate('organizations', BEREG_ID, { name: null });

    expect(result).toMatchObject({ ok: false, field: 'name', message: 'Это поле нельзя очистить' });
  });

  it('stamps every write with a later HLC, also after the database is reopened', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-27T09:00:00.000Z'));
    await mutate('organizations', BEREG_ID, beregTigilya());
    await mutate('organizations', BEREG_ID, { phone: '+7 914 000 00 01' });
    db.close();
    // the clock went back while the computer was off: the HLC must still move forward
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-27T08:00:00.000Z'));
    await db.open();
    await mutate('organizations', BEREG_ID, { contactPerson: 'Кечгельхут Анна Петровна' });

    const stamps = (await db.outbox.toArray()).map((row) => row.hlc);
    expect(stamps).toHaveLength(3);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(3);
    expect((await db.meta.get(META.hlc))?.value).toBe(stamps[2]);
  });

  it('an edit wins over a value another PC stamped ahead of this PC’s kept HLC', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-27T09:00:00.000Z'));
    await mutate('organizations', BEREG_ID, beregTigilya());
    // the office PC, its clock 30 minutes fast, changed the phone; this PC's HLC stayed behind it
    const office = `${String(Date.parse('2026-11-27T09:30:00.000Z')).padStart(15, '0')}:00000:office-pc`;
    const key: [string, string] = ['organizations', BEREG_ID];
    const held = (await db.clocks.get(key))?.clocks ?? {};
    await db.clocks.put({
      collection: 'organizations',
      id: BEREG_ID,
      clocks: { ...held, phone: office },
    });
    await db.records('organizations').update(BEREG_ID, { phone: '+7 914 000-11-22' });

    const result = await mutate('organizations', BEREG_ID, { phone: '+7 914 555-66-77' });

    expect(result.ok).toBe(true);
    expect((await db.records('organizations').get(BEREG_ID))?.phone).toBe('+7 914 555-66-77');
    const edit = (await db.outbox.orderBy('seq').toArray())[1];
    expect(edit?.base.phone).toBe(office);
    expect((edit?.hlc ?? '') > office).toBe(true);
    expect((await db.clocks.get(key))?.clocks.phone).toBe(edit?.hlc);
    expect((await db.meta.get(META.hlc))?.value).toBe(edit?.hlc);
  });

  it('numbers its mutations under one device prefix, also after the database is reopened', async () => {
    await mutate('organizations', BEREG_ID, beregTigilya());
    await mutate('organizations', BEREG_ID, { phone: '+7 914 111-22-33' });
    db.close();
    await db.open();
    await mutate('organizations', BEREG_ID, { notes: 'Устав на согласовании' });

    const mids = (await db.outbox.orderBy('seq').toArray()).map((row) => row.mid);
    const prefixes = new Set(mids.map((mid) => mid.slice(0, 23)));
    expect(prefixes.size).toBe(1);
    expect(mids.map((mid) => parseInt(mid.slice(-12), 16))).toEqual([0, 1, 2]);
  });

  it('uses the clock offset kept in meta for the HLC wall time', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-27T09:00:00.000Z'));
    await db.meta.put({ key: META.clockOffsetMs, value: 90_000 });

    const result = await mutate('organizations', BEREG_ID, beregTigilya());

    expect(result.ok && result.record.updatedAt).toBe('2026-11-27T09:01:30.000Z');
    const [queued] = await db.outbox.toArray();
    expect(
      queued?.hlc.startsWith(String(Date.parse('2026-11-27T09:01:30.000Z')).padStart(15, '0')),
    ).toBe(true);
  });
});

describe('the local database', () => {
  it('keeps records, clocks, outbox and the client id across close and reopen', async () => {
    await mutate('organizations', BEREG_ID, beregTigilya());
    const before = await everything();
    const clientId = (await db.meta.get(META.clientId))?.value;
    db.close();

    const reopened = new SopkaDb();
    await reopened.open();
    expect(await reopened.records('organizations').toArray()).toEqual(before.organizations);
    expect(await reopened.outbox.toArray()).toEqual(before.outbox);
    expect(await reopened.clocks.toArray()).toEqual(before.clocks);
    expect((await reopened.meta.get(META.clientId))?.value).toBe(clientId);
    expect(reopened.verno).toBe(SCHEMA_VERSION);
    reopened.close();
    await db.open();
  });
});
