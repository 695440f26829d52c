import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/web/store/db.ts';
import { mutate } from '../../../src/web/store/mutate.ts';
import { BEREG_ID, beregTigilya } from './fixtures.ts';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await db.open();
});

async function everything() {
  return {
    organizations: await db.records('organizations').toArray(),
    clocks: await db.clocks.toArray(),
    outbox: await db.outbox.toArray(),
    meta: await db.meta.toArray(),
  };
}

describe('saving text pasted from a PDF on the library computer', () => {
  it('a NUL in the notes is refused with advice and nothing is written or queued', async () => {
    await mutate('organizations', BEREG_ID, beregTigilya());
    const before = await everything();

    const result = await mutate('organizations', BEREG_ID, {
      notes: 'Выписка из ЕГРЮЛ:\u0000 ОГРН 1234100001234',
    });

    expect(result).toMatchObject({ ok: false, code: 'invalid', field: 'notes' });
    expect(!result.ok && result.message).toMatch(/NUL.*удалите/);
    expect(await everything()).toEqual(before);
  });

  it('a new organization whose name ends in half an emoji is not created', async () => {
    const result = await mutate('organizations', BEREG_ID, {
      ...beregTigilya(),
      name: 'АНО «Берег Тигиля» \uD83D',
    });

    expect(result).toMatchObject({ ok: false, field: 'name' });
    expect(!result.ok && result.message).toMatch(/половина эмодзи/);
    expect(await db.records('organizations').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a name made of zero-width spaces is refused', async () => {
    const result = await mutate('organizations', BEREG_ID, {
      ...beregTigilya(),
      name: '\u200B\u200B',
    });

    expect(result).toMatchObject({ ok: false, field: 'name' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('emoji and «ё» are saved and queued as typed', async () => {
    const result = await mutate('organizations', BEREG_ID, {
      ...beregTigilya(),
      name: 'ТОС «Ёлочка» 🌲',
    });

    expect(result.ok).toBe(true);
    expect((await db.records('organizations').get(BEREG_ID))?.name).toBe('ТОС «Ёлочка» 🌲');
    expect((await db.outbox.toArray())[0]?.patch.name).toBe('ТОС «Ёлочка» 🌲');
  });
});
