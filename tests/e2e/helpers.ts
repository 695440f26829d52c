import type { Page } from '@playwright/test';

/** Loads the app and waits until the service worker controls the page (first install claims it). */
export async function openControlled(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
