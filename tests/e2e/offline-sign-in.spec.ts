import { expect, test } from '@playwright/test';
import { E2E_USERS } from './e2e-server.ts';
import { addOrganization, openSignedIn } from './helpers.ts';

test('a librarian who signed in here before signs back in with no link; a wrong password is refused', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { login } = E2E_USERS.offlineSignIn;
  const context = await browser.newContext();
  const page = await context.newPage();
  await openSignedIn(page, login);
  await expect(page.getByTestId('last-sync')).toHaveText(/^Синхронизировано/, { timeout: 15_000 });

  // the satellite link drops; a colleague wants to switch user
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Настройки' }).click();
  await page.getByRole('button', { name: 'Сменить пользователя' }).click();
  await expect(
    page.getByText('Без связи снова войти смогут только те, кто уже входил на этом компьютере', {
      exact: false,
    }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Всё равно сменить пользователя' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Вход' })).toBeVisible();

  await page.getByLabel('Имя пользователя').fill(login);
  await page.getByLabel('Пароль').fill('не-тот-пароль');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Неверный пароль' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Вход' })).toBeVisible();

  await page.getByLabel('Пароль').fill('кедровый-стланик-e2e');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();

  // the app works: an organization saved offline waits to be sent, and goes once the link is back
  await page.getByRole('link', { name: 'Организации' }).click();
  await addOrganization(page, {
    name: 'ТОС «Хайрюзовские промыслы»',
    legalForm: 'ТОС',
    settlement: 'с. Хайрюзово',
    status: 'Без регистрации',
  });
  await expect(page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 1');
  await context.setOffline(false);
  await expect(page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 0', {
    timeout: 20_000,
  });
  await context.close();
});

test('a person who never signed in on this PC is told the first sign-in needs the link', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Вход' })).toBeVisible();
  await context.setOffline(true);
  await page.getByLabel('Имя пользователя').fill(E2E_USERS.syncFeedback.login);
  await page.getByLabel('Пароль').fill('кедровый-стланик-e2e');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'в первый раз нужен интернет' }),
  ).toBeVisible();
  await context.close();
});
