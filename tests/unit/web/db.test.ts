import { beforeEach, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../../src/shared/model/registry.ts';
import { COLLECTION_INDEXES, db } from '../../../src/web/store/db.ts';
import { mutate } from '../../../src/web/store/mutate.ts';
import { outboxCount } from '../../../src/web/store/outbox-count.ts';
import { BEREG_ID, beregTigilya } from './fixtures.ts';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await db.open();
});

describe('the local database schema', () => {
  it('has a table for every synced collection, keyed by id', () => {
    expect(Object.keys(COLLECTION_INDEXES).sort()).toEqual([...COLLECTION_NAMES].sort());
    for (const name of COLLECTION_NAMES) expect(db.table(name).schema.primKey.name).toBe('id');
  });

  it('refuses two outbox rows with the same mutation id', async () => {
    const row = {
      mid: '3b9f4c2a-1d6e-4f8a-9b0c-7e5d4c3b2a19',
      collection: 'organizations' as const,
      recordId: BEREG_ID,
      patch: { phone: '+7 914 780 12 34' },
      hlc: '001795770000000:00000:device-1',
      base: {},
    };
    await db.outbox.add(row);

    await expect(db.outbox.add({ ...row })).rejects.toThrow();
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('outboxCount', () => {
  it('tells the status strip each time a change is queued', async () => {
    const seen: number[] = [];
    const subscription = outboxCount().subscribe({ next: (count) => seen.push(count) });
    await expect.poll(() => seen).toEqual([0]);

    await mutate('organizations', BEREG_ID, beregTigilya());
    await mutate('organizations', BEREG_ID, { contactPerson: 'Иван Николаевич Етынкеу' });

    await expect.poll(() => seen.at(-1)).toBe(2);
    subscription.unsubscribe();
  });
});
