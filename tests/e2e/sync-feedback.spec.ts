import { expect, test, type Page } from '@playwright/test';
import { E2E_USERS } from './e2e-server.ts';
import { openSignedIn } from './helpers.ts';

/** «02.12.2026»: today's date as the app shows it, in Kamchatka. */
const kamchatkaToday = () =>
  new Intl.DateTimeFormat('ru-RU', { dateStyle: 'short', timeZone: 'Asia/Kamchatka' }).format(
    new Date(),
  );

const KEPT = 'Нет связи — всё сохранено на этом компьютере и уйдёт при появлении связи';

test('«Синхронизировать» pressed with no link says the work is kept, where it was pressed', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openSignedIn(page, E2E_USERS.syncFeedback.login);
  await expect(page.getByTestId('last-sync')).toHaveText(/^Синхронизировано/, { timeout: 15_000 });
  await context.setOffline(true);
  await expect(page.getByText('Нет связи — работа офлайн')).toBeVisible();

  const strip = page.locator('.status-strip');
  await strip.getByRole('button', { name: 'Синхронизировать' }).click();
  await expect(strip.getByText(KEPT)).toBeVisible();

  await page.getByRole('link', { name: 'Синхронизация' }).click();
  const screenState = page.locator('[aria-labelledby="sync-state-title"]');
  await screenState.getByRole('button', { name: 'Синхронизировать' }).click();
  await expect(screenState.getByText(KEPT)).toBeVisible();

  // the link returns: the answer goes away and the button syncs again
  await context.setOffline(false);
  await expect(strip.getByText(KEPT)).toBeHidden();
  await context.close();
});

test('a PC whose clock is three days slow is told so once it has synced', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install({ time: Date.now() - 3 * 86_400_000 });
  await openSignedIn(page, E2E_USERS.syncFeedback.login);
  await expect(page.getByTestId('clock-notice')).toHaveText(
    'Часы компьютера отстают на 3 дня — проверьте дату',
    { timeout: 20_000 },
  );
  // the last sync is told by the server's clock, not three days ago
  await expect(page.getByTestId('last-sync')).toHaveText('Синхронизировано только что');

  // what the slow PC writes is stamped by the corrected clock, here and on the server
  const title = `Музей промыслов Хайрюзово ${Date.now().toString(36)}`;
  const project = (p: Page) => p.getByRole('listitem').filter({ hasText: title });
  await page.getByRole('link', { name: 'Проекты', exact: true }).click();
  await page.getByLabel('Название проекта').fill(title);
  await page.getByRole('button', { name: 'Создать проект' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('link', { name: 'Проекты', exact: true }).click();
  await expect(project(page)).toContainText(`изменён ${kamchatkaToday()}`);
  await expect(page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 0', {
    timeout: 30_000,
  });
  const rightClock = await browser.newContext();
  const other = await rightClock.newPage();
  await openSignedIn(other, E2E_USERS.unsavedInput.login, '/initiatives');
  await expect(project(other)).toContainText(`изменён ${kamchatkaToday()}`, { timeout: 30_000 });
  await rightClock.close();
  await context.close();
});
