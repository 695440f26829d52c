import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_USERS } from './e2e-server.ts';
import { addOrganization, openSignedIn, seriousViolations } from './helpers.ts';

const BEREG = {
  name: 'АНО «Берег Тигиля»',
  legalForm: 'АНО',
  settlement: 'с. Тигиль',
  status: 'Регистрируется',
};

async function libraryPc(browser: Browser, login: string, path = '/organizations') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openSignedIn(page, login, path);
  return { context, page };
}

const outbox = (page: Page) => page.getByTestId('outbox-count');
const list = (page: Page) => page.getByRole('table', { name: 'Организации центра' });

async function editOrganization(page: Page, name: string, changes: Record<string, string>) {
  await page.getByRole('button', { name: `Изменить «${name}»` }).click();
  for (const [label, value] of Object.entries(changes)) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.evaluate((node) => node.tagName)) === 'SELECT')
      await field.selectOption({ label: value });
    else await field.fill(value);
  }
  await page.getByRole('button', { name: 'Сохранить' }).click();
}

test('two PCs of one centre edit one organization offline, converge, and list the lost value', async ({
  browser,
}) => {
  const reading = await libraryPc(browser, E2E_USERS.readingRoom.login);
  await addOrganization(reading.page, BEREG);
  await expect(outbox(reading.page)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });
  const office = await libraryPc(browser, E2E_USERS.office.login);
  await expect(list(office.page).getByRole('row', { name: /АНО «Берег Тигиля»/ })).toBeVisible();

  await reading.context.setOffline(true);
  await office.context.setOffline(true);
  await editOrganization(reading.page, BEREG.name, {
    'Населённый пункт': 'с. Тигиль, ул. Партизанская',
    Статус: 'Зарегистрирована',
  });
  await editOrganization(office.page, BEREG.name, {
    Название: 'АНО «Берег Тигиля» (рыбацкая)',
    Статус: 'Без регистрации',
  });
  await expect(outbox(reading.page)).toHaveText('Ждут отправки: 1');
  await expect(outbox(office.page)).toHaveText('Ждут отправки: 1');

  await reading.context.setOffline(false);
  await expect(outbox(reading.page)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });
  await office.context.setOffline(false);
  await expect(outbox(office.page)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });
  await reading.page.getByRole('button', { name: 'Синхронизировать' }).click();

  const merged = /АНО «Берег Тигиля» \(рыбацкая\).*с\. Тигиль, ул\. Партизанская.*Без регистрации/;
  for (const { page } of [reading, office]) {
    await expect(list(page).getByRole('row', { name: merged })).toBeVisible();
    await expect(page.getByTestId('attention')).toHaveText('Требуют внимания: 1');
    await page.getByRole('link', { name: 'Синхронизация' }).click();
    const conflict = page.getByTestId('conflict');
    await expect(conflict).toHaveCount(1);
    await expect(conflict).toContainText('Поле «Статус»');
    await expect(conflict).toContainText('Потерянное значение: Зарегистрирована');
  }

  expect(await seriousViolations(reading.page)).toEqual([]);

  // the reading room decides the registration did happen: the value comes back on both PCs
  await reading.page.getByRole('button', { name: 'Вернуть это значение' }).click();
  await expect(reading.page.getByText('Потерянных значений нет.')).toBeVisible();
  await expect(outbox(reading.page)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });
  await office.page.getByRole('button', { name: 'Синхронизировать' }).first().click();
  await expect(office.page.getByText('Потерянных значений нет.')).toBeVisible();
  await office.page.getByRole('link', { name: 'Организации' }).click();
  await expect(
    list(office.page).getByRole('row', { name: /\(рыбацкая\).*Зарегистрирована/ }),
  ).toBeVisible();
  await reading.context.close();
  await office.context.close();
});

test('a PC signed in to another centre never sees the first centre’s organizations', async ({
  browser,
}) => {
  const tigil = await libraryPc(browser, E2E_USERS.readingRoom.login);
  await addOrganization(tigil.page, { ...BEREG, name: 'ТОС «Тигильский берег»', legalForm: 'ТОС' });
  await expect(outbox(tigil.page)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });

  const otherCentre = await libraryPc(browser, E2E_USERS.otherCentre.login);
  await expect(otherCentre.page.getByTestId('last-sync')).toContainText('Синхронизировано');
  await expect(otherCentre.page.getByText('Организаций пока нет.')).toBeVisible();
  await expect(otherCentre.page.getByText('Тигильский берег')).toHaveCount(0);
  await tigil.context.close();
  await otherCentre.context.close();
});
