import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGAL_FORMS } from '../../src/shared/model/common.ts';
import { seed } from '../../src/server/seed/seed.ts';
import { ServerClock } from '../../src/server/sync/server-clock.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { recordCount, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

describe('a fresh server is seeded', () => {
  let store: TestStore;
  let server: TestApp;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  it('with centres, a template per legal form, materials and demo accounts, once', async () => {
    const first = await seed(store, new ServerClock(), true);
    const count = await recordCount(store);
    const again = await seed(store, new ServerClock(), true);
    expect(first.inserted).toBe(count);
    expect(again.inserted).toBe(0);
    expect(await recordCount(store)).toBe(count);
    expect(again.demoUsers.map((u) => u.login)).toEqual(['regional', 'tigil', 'palana']);
    // demo people are shown by name, as real ones are
    expect(again.demoUsers.map((u) => u.displayName)).toEqual([
      'Ольга Смирнова (региональный центр)',
      'Ирина Петрова',
      'Мария Яганова',
    ]);

    const device = new TestDevice(
      injectTransport(server.app, await signIn(server.app, 'tigil', 'sopka-demo')),
    );
    await device.sync();
    const pulled = [...device.records.values()].map((r) => r.data);
    const settlements = pulled.filter((d) => 'district' in d).map((d) => d.settlement);
    expect(settlements).toEqual(
      expect.arrayContaining(['с. Тигиль', 'пгт Палана', 'с. Ковран', 'с. Лесная']),
    );
    const forms = pulled.filter((d) => 'legalForm' in d && 'steps' in d).map((d) => d.legalForm);
    expect([...forms].sort()).toEqual([...LEGAL_FORMS].sort());
    const materials = pulled.filter((d) => 'body' in d);
    expect(materials.map((d) => d.title).sort()).toEqual([
      'Добровольцы и согласие на обработку персональных данных',
      'Ежегодный отчёт НКО в Минюст',
      'Как выбрать форму НКО',
      'Как написать социальный проект',
      'Основной пакет документов для регистрации НКО',
    ]);
    // values the sources disagree on are flagged for the reader, not stated as settled
    const flagged = materials.filter((d) => String(d.body).includes('проверьте актуальность'));
    expect(flagged).toHaveLength(4);
    expect(String(materials.find((d) => d.title === 'Ежегодный отчёт НКО в Минюст')?.body)).toMatch(
      /до 31 марта \(проверьте актуальность\)/,
    );
  });
});
