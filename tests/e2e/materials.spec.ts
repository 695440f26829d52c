import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { openControlled, signIn } from './helpers.ts';

// the demo accounts the server seeds (SOPKA_DEMO=1): the regional consultant and Палана's librarian
const DEMO_PASSWORD = 'sopka-demo';
// unique per run: a reused local server keeps the materials of earlier runs
const TITLE = `Как создать общину коренного малочисленного народа, выпуск ${Date.now().toString(36)}`;
const PDF = {
  name: 'ustav-obshchiny.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% Примерный устав общины КМНС\n${'0'.repeat(20_000)}\n%%EOF\n`),
};

async function pc(browser: Browser, login: string, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openControlled(page);
  await signIn(page, login, DEMO_PASSWORD);
  await page.goto(path);
  return { context, page };
}

/** The text of every file in the PC's offline store (CSP keeps fetch() off blob: URLs). */
function storedFiles(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('sopka');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const rows = open.result.transaction('blobs').objectStore('blobs').getAll();
          rows.onerror = () => reject(rows.error);
          rows.onsuccess = () =>
            void Promise.all((rows.result as { blob: Blob }[]).map((row) => row.blob.text())).then(
              resolve,
              reject,
            );
        };
      }),
  );
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the region publishes a guide with a PDF; a village PC syncs, then finds and opens both offline', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const region = await pc(browser, 'regional', '/materials');
  await region.page.getByRole('link', { name: 'Новый материал' }).click();
  await region.page.getByLabel('Заголовок').fill(TITLE);
  await region.page.getByLabel('Рубрика').selectOption({ label: 'Общины КМНС и ТТП' });
  await region.page.getByLabel('Метки').fill('община, КМНС, 104-ФЗ');
  await region.page
    .getByLabel('Кратко о материале')
    .fill('Кто может учредить общину и что ей нужно.');
  await region.page
    .getByLabel('Текст (Markdown)')
    .fill(
      '## Учредители\n\nОбщину создают **не менее трёх** учредителей старше 18 лет из числа коренных малочисленных народов (104-ФЗ, ст. 8).\n\n<script>window.hacked = true</script>',
    );
  await region.page.getByRole('button', { name: 'Предпросмотр' }).click();
  await expect(region.page.getByRole('region', { name: 'Предпросмотр' })).toContainText(
    'не менее трёх',
  );
  await region.page.getByLabel('Добавить файлы (PDF, DOCX, изображения)').setInputFiles(PDF);
  await expect(
    region.page.getByRole('button', { name: `Убрать файл «${PDF.name}»` }),
  ).toBeVisible();
  await region.page.getByLabel('Опубликовать для всех центров').check();
  expect(await seriousViolations(region.page)).toEqual([]);
  await region.page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(region.page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(region.page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 0', {
    timeout: 15_000,
  });

  const village = await pc(browser, 'palana', '/materials');
  const { page } = village;
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible({ timeout: 15_000 });
  const offline = page.getByRole('region', { name: 'Работа без сети' });
  // the sync brought the PDF after the records (a sync may download 20 MB): nothing to press
  await expect(offline).toContainText('Все файлы материалов сохранены на этом компьютере', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('material-files-here')).toContainText(
    /Уже на этом компьютере файлов: [1-9]/,
  );
  // what is and is not on this PC comes first, above the list
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Работа без сети');
  expect(await seriousViolations(page)).toEqual([]);

  await village.context.setOffline(true);
  await page.goto('/materials');
  // «учредителями» is in neither the title nor the tags: the body says «Учредители», «учредителей»
  await page.getByLabel('Поиск по материалам').fill('учредителями');
  const result = page.getByRole('listitem').filter({ hasText: TITLE });
  await expect(result.locator('mark')).toHaveText(['Учредители', 'учредителей']);
  expect(await seriousViolations(page)).toEqual([]);
  await result.getByRole('link', { name: TITLE }).click();

  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.locator('.material-body strong')).toHaveText('не менее трёх');
  await expect(page.locator('.material-body')).toContainText(
    '<script>window.hacked = true</script>',
  );
  expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
  await expect(page.getByText('сохранён на этом компьютере')).toBeVisible();
  // printed as a handout: the text stays, the app around it goes
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Разделы' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Печать' })).toBeHidden();
  await expect(page.locator('.material-body')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // a village librarian reads; only the regional centre edits
  await expect(page.getByRole('link', { name: 'Изменить' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  const [viewer] = await Promise.all([
    village.context.waitForEvent('page'),
    page.getByRole('button', { name: `Открыть «${PDF.name}»` }).click(),
  ]);
  // the PDF opens from this computer's own copy: a blob: URL of the stored file, still offline
  expect(viewer.url()).toMatch(/^blob:/);
  await viewer.waitForLoadState();
  expect(await viewer.evaluate(() => document.contentType)).toBe('application/pdf');
  expect(await storedFiles(page)).toEqual([PDF.buffer.toString()]);

  await region.context.close();
  await village.context.close();
});

test('a file the region attaches offline keeps its name, waits in «Ждут отправки» and reaches a village PC', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Примерный устав общины, ${Date.now().toString(36)}`;
  const charter = {
    name: 'Устав общины.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(`%PDF-1.4\n% Устав общины, ${title}\n%%EOF\n`),
  };
  const region = await pc(browser, 'regional', '/materials/new');
  await expect(region.page.getByText(/Синхронизировано/)).toBeVisible({ timeout: 20_000 });
  await region.context.setOffline(true); // on the road between villages
  const { page } = region;
  await page.getByLabel('Заголовок').fill(title);
  await page.getByLabel('Рубрика').selectOption({ label: 'Общины КМНС и ТТП' });
  await page.getByLabel('Текст (Markdown)').fill('Устав принимают учредители на общем собрании.');
  await page.getByLabel('Добавить файлы (PDF, DOCX, изображения)').setInputFiles(charter);
  await expect(page.getByRole('listitem').filter({ hasText: charter.name })).toContainText(
    'ждёт отправки',
  );
  await page.getByLabel('Опубликовать для всех центров').check();
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('outbox-count')).toHaveText(
    /Ждут отправки: \d+ изменени[йея]+, 1 файл$/,
  );

  await region.context.setOffline(false);
  await page.getByRole('button', { name: 'Синхронизировать' }).click();
  await expect(page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 0', {
    timeout: 30_000,
  });

  const village = await pc(browser, 'palana', '/materials');
  await village.page.getByRole('link', { name: title }).click({ timeout: 30_000 });
  await expect(village.page.getByText(charter.name, { exact: true })).toBeVisible();
  // the sync brought the file after the record: it is on the village PC under its own name
  await expect(village.page.getByText('сохранён на этом компьютере')).toBeVisible({
    timeout: 30_000,
  });
  expect(await storedFiles(village.page)).toContain(charter.buffer.toString());
  await region.context.close();
  await village.context.close();
});
