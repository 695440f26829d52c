import { expect, test } from '@playwright/test';
import { E2E_USERS } from './e2e-server.ts';
import { openSignedIn } from './helpers.ts';

const NEXT_YEAR = new Date().getFullYear() + 1;

test('the kiosk clears a form a volunteer walked away from', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install(); // real time flows; two idle minutes are skipped below
  await openSignedIn(page, E2E_USERS.syncFeedback.login, '/trainings');
  await page.getByRole('link', { name: 'Новое мероприятие' }).click();
  await page.getByLabel('Название').fill('Круглый стол «Промыслы Хайрюзово»');
  await page.getByLabel('Вид').selectOption({ label: 'Семинар' });
  await page.getByLabel('Начало').fill(`${NEXT_YEAR}-04-10T14:00`);
  await page.getByLabel('Окончание').fill(`${NEXT_YEAR}-04-10T17:00`);
  await page.getByLabel('Населённый пункт').fill('с. Хайрюзово');
  await page.getByLabel('Адрес, помещение').fill('сельская библиотека');
  await page.getByLabel('Число мест').fill('20');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByLabel('Пароль сотрудника').fill('Хайрюзово-2026');
  await page.getByLabel('Пароль ещё раз').fill('Хайрюзово-2026');
  await page.getByRole('button', { name: 'Включить режим киоска' }).click();

  const name = page.getByLabel('Фамилия, имя, отчество');
  await name.fill('Ивтэкова Анна Николаевна');
  await page.getByLabel('Телефон', { exact: true }).fill('+7 914 780-12-34');
  await page.clock.fastForward('02:00');
  await expect(page.getByText('Форма очистится через 10 секунд')).toBeVisible();
  await page.clock.fastForward(10_000);
  await expect(name).toHaveValue('');
  await expect(page.getByLabel('Телефон', { exact: true })).toHaveValue('');

  // the next visitor changes their mind: «Очистить» empties the form at once
  await name.fill('Слепцов Пётр Ильич');
  await page.getByRole('button', { name: 'Очистить', exact: true }).click();
  await expect(name).toHaveValue('');
  await context.close();
});
