import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_USERS } from './e2e-server.ts';
import { openSignedIn, seriousViolations } from './helpers.ts';

const { login } = E2E_USERS.trainings;
const NEXT_YEAR = new Date().getFullYear() + 1;
const STAFF_PASSWORD = 'Нымылан-2026';

async function libraryPc(browser: Browser, path = '/trainings') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openSignedIn(page, login, path);
  return { context, page };
}

const outbox = (page: Page) => page.getByTestId('outbox-count');

/** Staff add a training in the editor; lands on its page. */
async function addTraining(page: Page, title: string, capacity: number, day: string) {
  await page.getByRole('link', { name: 'Новое мероприятие' }).click();
  await page.getByLabel('Название').fill(title);
  await page.getByLabel('Вид').selectOption({ label: 'Семинар' });
  await page.getByLabel('Начало').fill(`${NEXT_YEAR}-${day}T14:00`);
  await page.getByLabel('Окончание').fill(`${NEXT_YEAR}-${day}T18:00`);
  await page.getByLabel('Населённый пункт').fill('пгт Палана');
  await page.getByLabel('Адрес, помещение').fill('ул. Обухова, 6, центральная библиотека');
  await page.getByLabel('Число мест').fill(String(capacity));
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('(камчатское время, UTC+12)')).toBeVisible();
}

/** A volunteer fills the form and the consent step, as at the kiosk or on a phone. */
async function register(page: Page, name: string, phone: string) {
  await page.getByLabel('Фамилия, имя, отчество').fill(name);
  await page.getByLabel('Телефон', { exact: true }).fill(phone);
  await page.getByLabel('Населённый пункт').fill('пгт Палана');
  await page.getByLabel('18 лет и старше').check();
  await page.getByRole('button', { name: 'Далее: согласие на обработку данных' }).click();
  await expect(
    page.getByRole('heading', { name: 'Согласие на обработку персональных данных' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Записаться' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Без согласия на обработку персональных данных записаться нельзя.',
  );
  await page.getByLabel('Я прочитал(а) текст и даю согласие').check();
  await page.getByRole('button', { name: 'Записаться' }).click();
  await expect(page.getByRole('heading', { name: 'Вы записаны' })).toBeVisible();
}

const rows = (page: Page) => page.getByTestId('registration-row');

test('kiosk offline: two volunteers register, the kiosk holds, sync decides their places', async ({
  browser,
}) => {
  const { context, page } = await libraryPc(browser);
  await addTraining(page, 'Семинар «Как написать социальный проект»', 1, '03-14');
  await expect(outbox(page)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('Пароль сотрудника').fill(STAFF_PASSWORD);
  await page.getByLabel('Пароль ещё раз').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Включить режим киоска' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Запись на обучение' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await context.setOffline(true);

  await register(page, 'Косыгина Ольга Сергеевна', '+7 914 621-10-01');
  await expect(page.getByTestId('registration-placement')).toHaveText('ожидает подтверждения');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Готово' }).click();

  // the next volunteer finds nothing of the previous one
  await expect(page.getByLabel('Фамилия, имя, отчество')).toHaveValue('');
  await expect(page.getByLabel('Телефон', { exact: true })).toHaveValue('');
  await expect(page.getByText('Косыгина')).toHaveCount(0);
  await register(page, 'Яганов Николай Андреевич', '+7 914 621-10-02');
  await expect(page.getByTestId('registration-placement')).toHaveText('ожидает подтверждения');
  await page.getByRole('button', { name: 'Готово' }).click();

  // leaving needs the password: none, a wrong one, or another address all keep the kiosk
  await page.getByRole('button', { name: 'Для сотрудника' }).click();
  await page.getByRole('button', { name: 'Выйти из киоска' }).click();
  await expect(page.getByRole('alert')).toHaveText('Неверный пароль.');
  await page.getByLabel('Пароль сотрудника').fill('12345');
  await page.getByRole('button', { name: 'Выйти из киоска' }).click();
  await expect(page.getByRole('alert')).toHaveText('Неверный пароль.');
  await page.goto('/organizations');
  await expect(page.getByRole('heading', { level: 1, name: 'Запись на обучение' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);

  await page.getByRole('button', { name: 'Для сотрудника' }).click();
  await page.getByLabel('Пароль сотрудника').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Выйти из киоска' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).nth(0)).toContainText('Косыгина Ольга Сергеевна');
  for (const n of [0, 1]) await expect(rows(page).nth(n)).toContainText('ожидает подтверждения');

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Синхронизировать' }).click();
  await expect(outbox(page)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });
  await expect(rows(page).nth(0)).toContainText('место подтверждено', { timeout: 15_000 });
  await expect(rows(page).nth(1)).toContainText('лист ожидания');
  await expect(page.getByText(/Свободных мест: 0 из 1, в листе ожидания: 1\./)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

test('a volunteer registers on the public page; the centre sees it after sync', async ({
  browser,
}) => {
  const staff = await libraryPc(browser);
  const title = 'Круглый стол «Добровольцы и договоры ГПХ»';
  await addTraining(staff.page, title, 5, '04-11');
  await expect(outbox(staff.page)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });

  const phone = await browser.newContext();
  const page = await phone.newPage();
  await page.goto('/public/trainings');
  await expect(page.getByRole('heading', { level: 1, name: 'Запись на обучение' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: title }).click();
  await register(page, 'Эттувье Татьяна Юрьевна', '8 (914) 621-20-03');
  await expect(page.getByTestId('registration-placement')).toHaveText('место подтверждено');
  expect(await seriousViolations(page)).toEqual([]);

  await staff.page.getByRole('button', { name: 'Синхронизировать' }).click();
  await expect(rows(staff.page)).toHaveCount(1, { timeout: 15_000 });
  await expect(rows(staff.page).first()).toContainText('Эттувье Татьяна Юрьевна');
  await expect(rows(staff.page).first()).toContainText('место подтверждено');
  await phone.close();
  await staff.context.close();
});

test('the trainings list, calendar and editor have no serious accessibility problems', async ({
  browser,
}) => {
  const { context, page } = await libraryPc(browser);
  await expect(page.getByRole('heading', { level: 1, name: 'Обучение' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Календарь' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Новое мероприятие' }).click();
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('alert')).toHaveText('Укажите название мероприятия');
  await expect(page.getByLabel('Название')).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
