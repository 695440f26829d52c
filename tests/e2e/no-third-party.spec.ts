import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { openControlled, signIn } from './helpers.ts';

// the regional consultant sees every section; seeded with SOPKA_DEMO=1
const DEMO_PASSWORD = 'sopka-demo';

const SCREENS = [
  '/',
  '/organizations',
  '/organizations/choose-form',
  '/initiatives',
  '/initiatives/contests',
  '/materials',
  '/trainings',
  '/public/trainings',
  '/checklist-templates',
  '/sync',
  '/settings',
] as const;

/** Every request the pages and the service worker make, and every CSP refusal, as they happen. */
function watchOrigins(context: BrowserContext, page: Page, own: string) {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== own) foreign.push(url);
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) foreign.push(`CSP: ${message.text()}`);
  });
  return foreign;
}

/** 23-ФЗ: personal data go to no server abroad — so the app talks to no other origin at all. */
test('the main screens load nothing from another origin, signed out and signed in', async ({
  page,
  context,
  baseURL,
}) => {
  // eleven screens, each until the network is quiet: longer than one screen's test
  test.setTimeout(180_000);
  const own = new URL(baseURL ?? '').origin;
  const foreign = watchOrigins(context, page, own);

  await page.goto('/public/trainings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await openControlled(page);
  await signIn(page, 'regional', DEMO_PASSWORD);

  for (const path of SCREENS) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/materials');
  await page.getByRole('link').filter({ hasText: 'Как выбрать форму НКО' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Как выбрать форму НКО');
  await page.waitForLoadState('networkidle');

  expect(foreign).toEqual([]);
});
