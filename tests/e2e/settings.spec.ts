import { expect, test } from '@playwright/test';
import { E2E_USERS } from './e2e-server.ts';
import { signIn } from './helpers.ts';

test('settings show storage use and switch the interface to English and back', async ({ page }) => {
  await page.goto('/');
  await signIn(page, E2E_USERS.settings.login);
  await page.goto('/settings');

  await expect(page.getByTestId('storage-usage')).toContainText('Занято');
  await expect(page.getByTestId('storage-persisted')).not.toBeEmpty();

  await page.getByLabel('English').check();
  await expect(page.getByRole('link', { name: 'Organizations' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByLabel('Русский').check();
  await expect(page.getByRole('link', { name: 'Организации' })).toBeVisible();
});
