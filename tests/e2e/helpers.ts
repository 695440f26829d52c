import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { E2E_PASSWORD } from './e2e-server.ts';

/** Loads the app and waits until the service worker controls the page (first install claims it). */
export async function openControlled(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Signs in on the sign-in screen, as a librarian would, and waits for the home screen. */
export async function signIn(page: Page, login: string, password = E2E_PASSWORD): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Вход' })).toBeVisible();
  await page.getByLabel('Имя пользователя').fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();
}

/** A fresh PC: the app installed for offline use, signed in, then at `path`. */
export async function openSignedIn(page: Page, login: string, path = '/'): Promise<void> {
  await openControlled(page);
  await signIn(page, login);
  if (path !== '/') await page.goto(path);
}

/** The organization form, filled and saved. */
export async function addOrganization(
  page: Page,
  fields: { name: string; legalForm: string; settlement: string; status: string },
): Promise<void> {
  await page.getByLabel('Название', { exact: true }).fill(fields.name);
  await page.getByLabel('Форма', { exact: true }).selectOption({ label: fields.legalForm });
  await page.getByLabel('Населённый пункт', { exact: true }).fill(fields.settlement);
  await page.getByLabel('Статус', { exact: true }).selectOption({ label: fields.status });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText(`Организация «${fields.name}» сохранена`)).toBeVisible();
}

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
