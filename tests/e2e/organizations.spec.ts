import { expect, test } from '@playwright/test';
import { E2E_USERS } from './e2e-server.ts';
import { openSignedIn, seriousViolations, signIn, openControlled } from './helpers.ts';

const GROUP = 'Инициативная группа «Тигильские ремёсла»';
const ANO_TEMPLATE = 'Регистрация автономной некоммерческой организации (АНО)';
// a 1×1 PNG: the «photo» of a signed protocol
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('a Тигиль librarian walks an informal group to the АНО checklist offline; the region sees it', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const librarian = await browser.newContext();
  const page = await librarian.newPage();
  await openSignedIn(page, E2E_USERS.checklists.login, '/organizations');
  // the first sync brings the checklist templates; after that the whole story runs offline
  await expect(page.getByText(/Синхронизировано/)).toBeVisible({ timeout: 15_000 });
  await librarian.setOffline(true);

  await page.getByLabel('Название', { exact: true }).fill(GROUP);
  await page.getByLabel('Форма', { exact: true }).selectOption({ label: 'Неформальная группа' });
  await page.getByLabel('Населённый пункт', { exact: true }).fill('с. Тигиль');
  await page.getByLabel('Статус', { exact: true }).selectOption({ label: 'Без регистрации' });
  await page.getByLabel('Контактное лицо').fill('Ульяна Петровна Заев');
  await page.getByLabel('Телефон').fill('+7 914 021-45-67');
  await page.getByLabel('Число учредителей').fill('2');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText(`Организация «${GROUP}» сохранена`)).toBeVisible();

  // search by the contact person finds the group
  await page.getByLabel('Найти по названию, селу или контакту').fill('заев');
  await expect(page.getByText('Показано: 1')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // «Какую форму выбрать?»: two founders, no members → АНО
  await page.getByRole('link', { name: 'Какую форму выбрать?' }).click();
  await page.getByLabel('Сколько взрослых готовы стать учредителями').fill('2');
  await page.getByRole('button', { name: 'Подсказать' }).click();
  await expect(page.getByRole('heading', { name: 'Подходит: АНО' })).toBeVisible();
  await expect(page.getByText('достаточно одного учредителя')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'К списку организаций' }).click();
  await page.getByRole('link', { name: GROUP }).click();
  await expect(page.getByRole('heading', { level: 1, name: GROUP })).toBeVisible();
  await expect(page.getByText('Ульяна Петровна Заев')).toBeVisible();
  await page.getByLabel('Шаблон чек-листа').selectOption({ label: ANO_TEMPLATE });
  await page.getByRole('button', { name: 'Начать чек-лист' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ANO_TEMPLATE })).toBeVisible();
  await expect(page.getByText('Устав — 3 экз.')).toBeVisible();
  await expect(page.getByText('проверьте актуальность').first()).toBeVisible();

  await page.getByLabel('Состояние шага «Собрать учредителей»').selectOption({ label: 'Сделано' });
  const meeting = 'Провести учредительное собрание и оформить протокол';
  await page.getByLabel(`Состояние шага «${meeting}»`).selectOption({ label: 'Сделано' });
  await page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: meeting }) })
    .getByLabel('Дата')
    .fill('2026-11-20');
  await page
    .getByLabel('Состояние шага «Открыть расчётный счёт»')
    .selectOption({ label: 'Не требуется' });
  await expect(page.getByTestId('checklist-progress')).toHaveText('Выполнено шагов: 2 из 15');
  // filing is due 90 days after the founding meeting (Kamchatka calendar)
  await expect(page.getByText('Срок: до 18 февраля 2027 г.')).toBeVisible();

  await page.getByLabel(`Приложить скан или фото к шагу «${meeting}»`).setInputFiles({
    name: 'protokol.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await expect(page.getByText('Файл «protokol.png» сохранён на этом компьютере')).toBeVisible();
  await expect(page.getByText(/protokol\.png — \d+ Б · ждёт отправки/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(`Чек-лист для ${GROUP}`)).toBeVisible();
  await expect(
    page.getByRole('heading', { name: /Собрать основной пакет документов/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Печать' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // back online: the outbox drains and the regional consultant sees the group and its progress
  await librarian.setOffline(false);
  await expect(page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 0', {
    timeout: 20_000,
  });

  const region = await browser.newContext();
  const regional = await region.newPage();
  await openControlled(regional);
  await signIn(regional, 'regional', 'sopka-demo');
  await regional.getByRole('link', { name: 'Организации' }).click();
  const row = regional
    .getByRole('table', { name: 'Организации центра' })
    .getByRole('row', { name: new RegExp(`${GROUP}.*2 из 15`) });
  await expect(row).toBeVisible({ timeout: 20_000 });
  expect(await seriousViolations(regional)).toEqual([]);

  // the region adds a step to the АНО template: the started checklist can move to version 2
  await regional.getByRole('link', { name: 'Шаблоны чек-листов' }).click();
  await regional.getByRole('button', { name: `Изменить шаблон «${ANO_TEMPLATE}»` }).click();
  await regional.getByRole('button', { name: 'Добавить шаг' }).click();
  await regional.getByLabel('Название шага 17').fill('Встать на учёт в Социальном фонде');
  await regional.getByRole('button', { name: 'Выше: шаг 17' }).click();
  expect(await seriousViolations(regional)).toEqual([]);
  await regional.getByRole('button', { name: 'Опубликовать новую версию' }).click();
  await expect(regional.getByText(`${ANO_TEMPLATE} — Версия шаблона: 2`)).toBeVisible();
  await expect(regional.getByTestId('outbox-count')).toHaveText('Ждут отправки: 0', {
    timeout: 20_000,
  });

  await page.getByRole('button', { name: 'Синхронизировать' }).click();
  await page.getByRole('button', { name: 'Перейти на версию 2' }).click();
  await expect(page.getByText('Версия шаблона: 2')).toBeVisible();
  await expect(page.getByTestId('checklist-progress')).toHaveText('Выполнено шагов: 2 из 16');
  await librarian.close();
  await region.close();
});
