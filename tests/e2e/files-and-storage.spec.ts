import { createHash } from 'node:crypto';
import { expect, test, type Browser } from '@playwright/test';
import { E2E_BASE_URL } from '../../playwright.config.ts';
import { E2E_USERS } from './e2e-server.ts';
import { addOrganization, openSignedIn } from './helpers.ts';

const ANO_TEMPLATE = 'Регистрация автономной некоммерческой организации (АНО)';
const MEETING = 'Провести учредительное собрание и оформить протокол';
// a 1×1 PNG with a per-run byte, so the server has not seen this scan before
const PNG = Buffer.concat([
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
  Buffer.from(`run ${Date.now()}`),
]);
const SCAN = { name: 'Протокол собрания.png', mimeType: 'image/png', buffer: PNG };
const SCAN_SHA = createHash('sha256').update(PNG).digest('hex');

async function pc(browser: Browser, login: string, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openSignedIn(page, login, path);
  await expect(page.getByText(/Синхронизировано/)).toBeVisible({ timeout: 20_000 });
  return { context, page };
}

async function regionalToken(): Promise<string> {
  const response = await fetch(`${E2E_BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'regional', password: 'sopka-demo' }),
  });
  return ((await response.json()) as { token: string }).token;
}

test('a scan attached offline on one PC of Тигиль reaches the server and opens on the other PC', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const group = `ТОС «Улица Партизанская», ${Date.now().toString(36)}`;
  const a = await pc(browser, E2E_USERS.readingRoom.login, '/organizations');
  await a.context.setOffline(true);
  await addOrganization(a.page, {
    name: group,
    legalForm: 'Неформальная группа',
    settlement: 'с. Тигиль',
    status: 'Без регистрации',
  });
  await a.page.getByRole('link', { name: group }).click();
  await a.page.getByLabel('Шаблон чек-листа').selectOption({ label: ANO_TEMPLATE });
  await a.page.getByRole('button', { name: 'Начать чек-лист' }).click();
  await expect(a.page.getByRole('heading', { level: 1, name: ANO_TEMPLATE })).toBeVisible();
  await a.page.getByLabel(`Приложить скан или фото к шагу «${MEETING}»`).setInputFiles(SCAN);
  await expect(a.page.getByText(/Протокол собрания\.png — \d+ Б · ждёт отправки/)).toBeVisible();
  await expect(a.page.getByTestId('outbox-count')).toHaveText(
    /Ждут отправки: \d+ изменени[йея]+, 1 файл$/,
  );

  // the librarian tries to clear the PC before the scan has left it: refused
  await a.page.getByRole('link', { name: 'Настройки' }).click();
  await a.page.getByRole('button', { name: 'Удалить данные этого центра с компьютера' }).click();
  await expect(a.page.getByText(/Удалить нельзя: не отправлено изменений и файлов/)).toBeVisible();

  // back online: the sync sends the records, then the file
  await a.context.setOffline(false);
  await a.page.getByRole('button', { name: 'Синхронизировать' }).click();
  await expect(a.page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 0', {
    timeout: 30_000,
  });
  const onServer = await fetch(`${E2E_BASE_URL}/api/blobs/${SCAN_SHA}`, {
    headers: { authorization: `Bearer ${await regionalToken()}` },
  });
  expect(onServer.status).toBe(200);
  expect(Buffer.from(await onServer.arrayBuffer()).equals(PNG)).toBe(true);

  // the office PC of the same centre opens the checklist: the scan is fetched on demand, by name
  const b = await pc(browser, E2E_USERS.office.login, '/organizations');
  await b.page.getByRole('link', { name: group }).click();
  await b.page.getByRole('link', { name: `Открыть чек-лист «${ANO_TEMPLATE}»` }).click();
  await expect(
    b.page.getByText(/Протокол собрания\.png — \d+ Б · не на этом компьютере/),
  ).toBeVisible();
  const popup = b.page.waitForEvent('popup');
  await b.page.getByRole('button', { name: 'Открыть «Протокол собрания.png»' }).click();
  await popup;
  await expect(
    b.page.getByText(/Протокол собрания\.png — \d+ Б · на этом компьютере/),
  ).toBeVisible();
  await a.context.close();
  await b.context.close();
});

test('the browser clears the database: after a reload the PC says how many unsent changes were lost', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { context, page } = await pc(browser, E2E_USERS.settings.login, '/organizations');
  await context.setOffline(true);
  for (const name of ['ТОС «Лесная-1»', 'ТОС «Лесная-2»', 'ТОС «Лесная-3»'])
    await addOrganization(page, {
      name: `${name} ${Date.now().toString(36)}`,
      legalForm: 'Неформальная группа',
      settlement: 'с. Лесная',
      status: 'Без регистрации',
    });
  await expect(page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 3');

  // what storage pressure does: IndexedDB goes, localStorage stays
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('sopka');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();

  await expect(
    page.getByRole('heading', { name: 'Браузер удалил данные Сопки с этого компьютера' }),
  ).toBeVisible();
  await expect(page.getByTestId('lost-storage')).toContainText(
    'пропало неотправленное: 3 изменения',
  );
  await context.close();
});
