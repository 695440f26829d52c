import { expect, test } from '@playwright/test';
import { E2E_USERS } from './e2e-server.ts';
import { openControlled, openSignedIn, signIn } from './helpers.ts';

const { login } = E2E_USERS.offline;

test('the service worker takes control on the first visit and after a reload', async ({ page }) => {
  await openControlled(page);
  await expect(page.getByText('Готово к работе офлайн')).toBeVisible();

  await page.reload();

  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await signIn(page, login);
});

test('with no connection a reload still opens the app, signed in, and says it works offline', async ({
  page,
  context,
}) => {
  await openSignedIn(page, login);

  await context.setOffline(true);
  await page.reload();

  await expect(page.getByRole('navigation', { name: 'Разделы' })).toBeVisible();
  await expect(page.getByText('Нет связи — работа офлайн')).toBeVisible();
  await page.getByRole('link', { name: 'Организации' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Организации' })).toBeVisible();
});

test('an organization added offline survives a reload and waits in the outbox', async ({
  page,
  context,
}) => {
  await openSignedIn(page, login, '/organizations');
  await context.setOffline(true);
  await expect(page.getByText('Ждут отправки: 0')).toBeVisible();

  await page.getByLabel('Название').fill('АНО «Берег Тигиля»');
  await page.getByLabel('Форма', { exact: true }).selectOption({ label: 'АНО' });
  await page.getByLabel('Населённый пункт').fill('Тигиль');
  await page.getByLabel('Статус').selectOption({ label: 'Регистрируется' });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText('Организация «АНО «Берег Тигиля»» сохранена')).toBeVisible();

  await page.reload();

  const list = page.getByRole('table', { name: 'Организации центра' });
  await expect(list.getByRole('row', { name: /АНО «Берег Тигиля».*Тигиль/ })).toBeVisible();
  await expect(page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 1');
});

test('the form shows the Russian reason when a required field is empty', async ({ page }) => {
  await openSignedIn(page, login, '/organizations');

  await page.getByLabel('Название').fill('Инициативная группа «Паланские ремёсла»');
  await page.getByRole('button', { name: 'Сохранить' }).click();

  await expect(page.getByRole('alert')).toHaveText('Выберите форму организации');
  await expect(page.getByLabel('Форма', { exact: true })).toBeFocused();
  await expect(page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 0');
});
