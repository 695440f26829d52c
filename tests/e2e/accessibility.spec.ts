import { expect, test } from '@playwright/test';
import { E2E_USERS } from './e2e-server.ts';
import { seriousViolations, signIn } from './helpers.ts';

const { login } = E2E_USERS.a11y;

test('the sign-in, shell and home screens have no serious accessibility problems', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Вход' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('alert')).toHaveText('Укажите имя пользователя и пароль');
  expect(await seriousViolations(page)).toEqual([]);

  await signIn(page, login);

  expect(await seriousViolations(page)).toEqual([]);
});

test('the organizations screen has no serious accessibility problems', async ({ page }) => {
  await page.goto('/');
  await signIn(page, login);
  await page.goto('/organizations');
  await expect(page.getByRole('heading', { level: 1, name: 'Организации' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // with an error shown and a list to read
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await page.getByLabel('Название').fill('ТОС «Солнечный»');
  await page.getByLabel('Форма', { exact: true }).selectOption({ label: 'ТОС' });
  await page.getByLabel('Населённый пункт').fill('Палана');
  await page.getByLabel('Статус').selectOption({ label: 'Без регистрации' });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('table', { name: 'Организации центра' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the skip link is the first stop and leads to the main content', async ({ page }) => {
  await page.goto('/');
  await signIn(page, login);
  await page.reload();
  // the app starts after the browser check: Tab means something once the screen is there
  const skip = page.getByRole('link', { name: 'Перейти к содержанию' });
  await expect(skip).toBeAttached();
  await expect(page.locator('main')).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.locator('main')).toBeFocused();
});

test('the sync screen and the account settings have no serious accessibility problems', async ({
  page,
}) => {
  await page.goto('/');
  await signIn(page, login);
  await page.getByRole('link', { name: 'Синхронизация' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Синхронизация' })).toBeVisible();
  await expect(page.getByText('Все отправленные изменения приняты.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Настройки' }).click();
  await page.getByRole('button', { name: 'Удалить данные этого центра с компьютера' }).click();
  await expect(page.getByRole('button', { name: 'Да, удалить' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
