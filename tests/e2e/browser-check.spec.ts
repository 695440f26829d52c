import { expect, test, type Page } from '@playwright/test';

/** Every script the page asked for: the app's own chunks must not load on a browser that fails. */
function scriptsRequested(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

test('a window without a service worker (Firefox private window) is told to open a normal one', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined });
  });
  const scripts = scriptsRequested(page);

  await page.goto('/');

  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'В этом окне Сопка не сможет работать без интернета',
    }),
  ).toBeVisible();
  await expect(page.getByText(/откройте Сопку в обычном окне браузера/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Вход' })).toHaveCount(0);
  expect(scripts.filter((path) => path.includes('/main-'))).toEqual([]);
});

test('a browser that refuses IndexedDB says how to allow site data', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });

  await page.goto('/');

  await expect(
    page.getByRole('heading', { level: 1, name: 'Браузер не разрешает Сопке хранить данные' }),
  ).toBeVisible();
  await expect(page.getByText(/разрешите в настройках браузера файлы cookie/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Проверить ещё раз' })).toBeVisible();
});

test('a browser older than the targets names the browsers Sopka runs in', async ({ page }) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(globalThis, 'structuredClone');
  });

  await page.goto('/');

  await expect(
    page.getByRole('heading', { level: 1, name: 'Этот браузер слишком старый для Сопки' }),
  ).toBeVisible();
  await expect(page.getByText(/Chrome 109 и новее и в Firefox 115 и новее/)).toBeVisible();
});

test('a browser that cannot parse the app’s code gets the same page, not a blank screen', async ({
  page,
}) => {
  // what Chrome 100 meets in code built for Chrome 109: syntax it does not know
  await page.route(/\/assets\/main-[^/]+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'export const app = class { static {' }),
  );

  await page.goto('/');

  await expect(
    page.getByRole('heading', { level: 1, name: 'Этот браузер слишком старый для Сопки' }),
  ).toBeVisible();
});
