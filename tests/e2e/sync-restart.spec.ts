import { rm } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ServerProcess } from './e2e-server.ts';
import { addOrganization, signIn } from './helpers.ts';

// a port of its own beside the suite's server (SOPKA_E2E_PORT moves both)
const server = new ServerProcess(
  Number(process.env.SOPKA_E2E_PORT ?? 4173) + 7,
  '.tmp/e2e-restart-data',
);
const ORGANIZATIONS = ['ТОС «Солнечный»', 'ТОС «Береговой»', 'ТОС «Школьный»'];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await rm(server.dataDir, { recursive: true, force: true });
  await server.start();
});
test.afterAll(() => server.stop());
// the interception below must see the app's own requests, not a service worker's
test.use({ serviceWorkers: 'block' });

test('the server stops in the middle of a sync and restarts: the app retries, nothing is duplicated', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: server.baseUrl });
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, 'tigil', 'sopka-demo');
  // open both screens while the server is up: with no service worker, a stopped server cannot serve their code
  await page.getByRole('link', { name: 'Синхронизация' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Синхронизация' })).toBeVisible();
  await page.getByRole('link', { name: 'Организации' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Организации' })).toBeVisible();
  await context.setOffline(true);
  for (const name of ORGANIZATIONS)
    await addOrganization(page, {
      name,
      legalForm: 'ТОС',
      settlement: 'с. Тигиль',
      status: 'Без регистрации',
    });

  let stopped = false;
  await page.route('**/api/sync', async (route) => {
    if (stopped) return route.continue();
    stopped = true;
    await route.fetch(); // the server applies the batch…
    await server.stop(); // …and goes down before the answer reaches the library
    await route.abort('connectionreset');
  });
  await context.setOffline(false);
  await expect.poll(() => stopped).toBe(true);
  await page.getByRole('link', { name: 'Синхронизация' }).click();
  await expect(page.getByTestId('sync-problem')).toContainText(
    'Нет связи с сервером регионального центра',
  );
  await expect(page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 3');

  await server.start();
  await page.getByRole('button', { name: 'Синхронизировать' }).first().click();
  await expect(page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 0');
  await expect(page.getByText('Ошибок нет.')).toBeVisible();

  const freshPc = await browser.newContext({ baseURL: server.baseUrl });
  const fresh = await freshPc.newPage();
  await fresh.goto('/');
  await signIn(fresh, 'tigil', 'sopka-demo');
  await fresh.goto('/organizations');
  const rows = fresh.getByRole('table', { name: 'Организации центра' }).getByRole('row');
  await expect(rows).toHaveCount(ORGANIZATIONS.length + 1);
  for (const name of ORGANIZATIONS) await expect(rows.filter({ hasText: name })).toHaveCount(1);
  await context.close();
  await freshPc.close();
});
