import { expect, test, type Page } from '@playwright/test';
import { E2E_USERS } from './e2e-server.ts';
import { addOrganization, openControlled, seriousViolations, signIn } from './helpers.ts';

const { login, name, position } = E2E_USERS.home;
const CENTRE = 'Консультационный центр для НКО — с. Седанка (сельская библиотека)';
const ORG = 'АНО «Седанкинские промыслы»';
const ANO_TEMPLATE = 'Регистрация автономной некоммерческой организации (АНО)';
const MEETING = 'Провести учредительное собрание и оформить протокол';
// the count, and what it is made of in small print below it
const ONE_REGISTERING = /^1\s*зарегистрированы: 0, в процессе: 1$/;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
];

/** The page at both library-PC sizes, saved for a person to look at. */
async function screenshots(page: Page, label: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({
      path: `test-results/home/${label}-${size.width}x${size.height}.png`,
      fullPage: true,
    });
  }
}

test('a new centre is told where to start, then sees its overdue step; the region sees every centre, offline too', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const librarian = await browser.newContext();
  const page = await librarian.newPage();
  await openControlled(page);
  await signIn(page, login);
  await expect(page.getByTestId('signed-in')).toHaveText(
    `Вы вошли как ${name}, ${position} — ${CENTRE}`,
  );
  await expect(page.getByRole('heading', { name: 'С чего начать' })).toBeVisible();
  await expect(page.getByText(/Синхронизировано/)).toBeVisible({ timeout: 20_000 });
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, 'staff-empty');

  // the guide's first step, then the checklist with a founding meeting in August: filing is late
  await page.getByRole('link', { name: 'Добавьте организацию или инициативную группу' }).click();
  await addOrganization(page, {
    name: ORG,
    legalForm: 'АНО',
    settlement: 'с. Седанка',
    status: 'Регистрируется',
  });
  await page.getByRole('link', { name: ORG }).click();
  await page.getByLabel('Шаблон чек-листа').selectOption({ label: ANO_TEMPLATE });
  await page.getByRole('button', { name: 'Начать чек-лист' }).click();
  await page.getByLabel(`Состояние шага «${MEETING}»`).selectOption({ label: 'Сделано' });
  await page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: MEETING }) })
    .getByLabel('Дата')
    .fill('2026-08-20');
  await expect(page.getByText('Срок прошёл: 18 ноября 2026 г.')).toBeVisible();

  await page.getByRole('link', { name: 'Главная' }).click();
  const late = page.getByRole('link', {
    name: `${ORG}: «Подать документы в Управление Минюста России по Камчатскому краю» — срок прошёл 18 ноября 2026 г.`,
  });
  await expect(late).toBeVisible();
  await expect(page.getByRole('heading', { name: 'С чего начать' })).toBeHidden();
  await expect(page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 0', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('home-sync')).toContainText('Всё отправлено.');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshots(page, 'staff-today');
  await late.click();
  await expect(page.getByRole('heading', { level: 1, name: ANO_TEMPLATE })).toBeVisible();

  // the regional consultant: one row per centre, Седанка's with what its PC reported just now
  const region = await browser.newContext();
  const regional = await region.newPage();
  await openControlled(regional);
  await signIn(regional, 'regional', 'sopka-demo');
  await expect(regional.getByRole('heading', { name: 'Все центры' })).toBeVisible();
  await expect(regional.getByTestId('region-as-of')).toContainText('по данным сервера на', {
    timeout: 20_000,
  });
  const sedanka = regional.getByRole('row', { name: /^с\. Седанка/ });
  await expect(sedanka.getByRole('cell').nth(0)).toHaveText(/только что|минут/);
  await expect(sedanka.getByRole('cell').nth(1)).toHaveText('0');
  await expect(sedanka.getByRole('cell').nth(3)).toHaveText(ONE_REGISTERING, {
    timeout: 30_000,
  });
  await expect(sedanka.getByRole('cell').nth(5)).toHaveText('1');
  await expect(regional.getByRole('row')).toHaveCount(9);
  expect(await seriousViolations(regional)).toEqual([]);
  await screenshots(regional, 'region');

  // no link to Петропавловск: the table comes back from this PC alone
  await region.setOffline(true);
  await regional.reload();
  await expect(regional.getByRole('heading', { name: 'Все центры' })).toBeVisible();
  await expect(regional.getByTestId('region-as-of')).toContainText('по данным сервера на');
  await expect(sedanka.getByRole('cell').nth(3)).toHaveText(ONE_REGISTERING);
  await librarian.close();
  await region.close();
});
