import { expect, test, type BrowserContext } from '@playwright/test';
import { E2E_USERS } from './e2e-server.ts';
import { openSignedIn } from './helpers.ts';

const TITLE = 'Браузер может удалить данные этого компьютера';

/** The browser's answer to «will you keep this site's data?», as Chromium gives it per site. */
async function browserPromises(context: BrowserContext, persisted: boolean): Promise<void> {
  await context.addInitScript((answer) => {
    const reply = () => Promise.resolve(answer);
    Object.defineProperty(StorageManager.prototype, 'persisted', { value: reply });
    Object.defineProperty(StorageManager.prototype, 'persist', { value: reply });
  }, persisted);
}

test('a browser that may clear the data: the home screen says so and how to fix it; Settings always does', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await browserPromises(context, false);
  const page = await context.newPage();
  await openSignedIn(page, E2E_USERS.settings.login);

  const notice = page.getByRole('region', { name: TITLE });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(notice).toContainText('установите Сопку как приложение');
  await expect(notice.getByRole('link', { name: 'Подробнее — в Настройках' })).toBeVisible();
  // asking again does not help while the browser still refuses: the warning stays
  await notice.getByRole('button', { name: 'Попросить браузер не удалять данные' }).click();
  await expect(notice).toBeVisible();

  await notice.getByRole('button', { name: 'Скрыть' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();
  await expect(notice).toBeHidden();

  await page.getByRole('link', { name: 'Настройки' }).click();
  await expect(page.getByRole('region', { name: TITLE })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('storage-persisted')).toContainText('Браузер может удалить');
  await context.close();
});

test('a browser that promised to keep the data: no warning anywhere', async ({ browser }) => {
  const context = await browser.newContext();
  await browserPromises(context, true);
  const page = await context.newPage();
  await openSignedIn(page, E2E_USERS.settings.login);
  await page.getByRole('link', { name: 'Настройки' }).click();
  await expect(page.getByTestId('storage-persisted')).not.toBeEmpty();
  await expect(page.getByTestId('storage-persisted')).not.toContainText('Браузер может удалить');
  await expect(page.getByRole('region', { name: TITLE })).toBeHidden();
  await context.close();
});
