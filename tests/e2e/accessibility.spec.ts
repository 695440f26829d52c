import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the shell and home screen have no serious accessibility problems', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();

  expect(await seriousViolations(page)).toEqual([]);
});

test('the organizations screen has no serious accessibility problems', async ({ page }) => {
  await page.goto('/organizations');
  await expect(page.getByRole('heading', { level: 1, name: 'Организации' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // with an error shown and a list to read
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await page.getByLabel('Название').fill('ТОС «Солнечный»');
  await page.getByLabel('Форма').selectOption({ label: 'ТОС' });
  await page.getByLabel('Населённый пункт').fill('Палана');
  await page.getByLabel('Статус').selectOption({ label: 'Без регистрации' });
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('table', { name: 'Организации центра' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the skip link is the first stop and leads to the main content', async ({ page }) => {
  await page.goto('/');

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Перейти к содержанию' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.locator('main')).toBeFocused();
});
