import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { E2E_USERS } from './e2e-server.ts';
import { openControlled, openSignedIn, seriousViolations, signIn } from './helpers.ts';

// unique per run: a reused local server keeps the drafts of earlier runs
const TITLE = `Воямполка — живая речь: летний лагерь ${Date.now().toString(36)}`;
const SUMMARY = 'Летний лагерь корякского языка для детей Воямполки и Лесной.';
const PROBLEM = 'Дети в селе почти не слышат родной язык: носителей осталось меньше десяти.';

async function libraryPc(browser: Browser, login: string, path = '/initiatives') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openSignedIn(page, login, path);
  // the first sync brings the contests; going offline before it ends would leave none here
  await expect(page.getByTestId('last-sync')).toHaveText(/^Синхронизировано/, { timeout: 15_000 });
  return { context, page };
}

const outbox = (page: Page) => page.getByTestId('outbox-count');
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const section = (page: Page, key: string) => page.locator(`[data-section="${key}"]`);
const syncNow = (page: Page) =>
  page.getByRole('button', { name: 'Синхронизировать' }).first().click();

async function typeAndWaitForAutosave(page: Page, name: string, text: string) {
  await field(page, name).fill(text);
  // the autosave fires ≤ 1 s after typing stops; the page may be gone any moment after that
  await page.waitForTimeout(1_100);
}

test('a grant draft written offline over visits, by two PCs, reviewed by the region', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const group = await libraryPc(browser, E2E_USERS.initiativeGroup.login);

  // a visit with no link: the project is started and two sections typed, then the tab is closed
  await group.context.setOffline(true);
  await group.page.getByLabel('Название проекта').fill(TITLE);
  await group.page.getByRole('button', { name: 'Создать проект' }).click();
  await expect(group.page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const address = group.page.url();
  await typeAndWaitForAutosave(group.page, 'Краткое описание', SUMMARY);
  await field(group.page, 'Обоснование социальной значимости (проблема)').pressSequentially(
    PROBLEM.slice(0, 20),
  );
  await typeAndWaitForAutosave(group.page, 'Обоснование социальной значимости (проблема)', PROBLEM);
  await group.page.close({ runBeforeUnload: false });

  group.page = await group.context.newPage();
  await group.page.goto(address);
  await expect(field(group.page, 'Краткое описание')).toHaveValue(SUMMARY);
  await expect(field(group.page, 'Обоснование социальной значимости (проблема)')).toHaveValue(
    PROBLEM,
  );
  expect(await seriousViolations(group.page)).toEqual([]);

  // written for the generic contest the region seeded: what is still missing shows at the top
  await group.page
    .getByLabel('Конкурс', { exact: true })
    .selectOption({ label: 'Типовой конкурс социальных проектов (лимиты условные)' });
  const completeness = group.page.getByTestId('completeness');
  await expect(completeness).toContainText('Не заполнен раздел «Цель проекта»');
  await expect(completeness).not.toContainText('Краткое описание');

  // a budget line: 100 booklets at 120 ₽, 2 000 ₽ of them from the group's own funds
  const budget = section(group.page, 'budget');
  await budget
    .getByLabel('Статья')
    .selectOption({ label: 'Издательские и полиграфические расходы' });
  await budget.getByLabel('Расход').fill('Буклеты «Разговорник для детей»');
  await budget.getByLabel('Количество').fill('100');
  await budget.getByLabel('Цена, ₽').fill('120');
  await budget.getByLabel('Софинансирование, ₽').fill('2000');
  await budget.getByRole('button', { name: 'Добавить строку' }).click();
  await expect(budget.getByTestId('budget-total')).toHaveText(/^12\s000,00$/);
  await expect(budget.getByTestId('cofinancing-share')).toContainText('16,7');

  await group.context.setOffline(false);
  await expect(outbox(group.page)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });

  // the reading-room PC of the same library takes another section, both without a link
  const home = await libraryPc(browser, E2E_USERS.initiativeHome.login);
  await home.page.getByRole('link', { name: TITLE }).click();
  await expect(field(home.page, 'Краткое описание')).toHaveValue(SUMMARY);
  await group.context.setOffline(true);
  await home.context.setOffline(true);
  await typeAndWaitForAutosave(group.page, 'Цель проекта', 'Сохранить корякский язык в семьях.');
  await typeAndWaitForAutosave(home.page, 'Целевые группы', 'Дети 7–14 лет, их родители.');
  await group.context.setOffline(false);
  await expect(outbox(group.page)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });
  await home.context.setOffline(false);
  await expect(outbox(home.page)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });
  await syncNow(group.page);
  for (const { page } of [group, home]) {
    await expect(field(page, 'Цель проекта')).toHaveValue('Сохранить корякский язык в семьях.');
    await expect(field(page, 'Целевые группы')).toHaveValue('Дети 7–14 лет, их родители.');
  }
  await expect(completeness).not.toContainText('Цель проекта');

  // sent for consultation with no link: it leaves with the next sync
  await group.context.setOffline(true);
  await group.page.getByRole('button', { name: 'Отправить на консультацию' }).click();
  await expect(group.page.getByTestId('initiative-status')).toHaveText(
    'Статус: отправлен на консультацию',
  );
  // every submit keeps a version of the draft as it was sent
  await expect(group.page.getByTestId('version')).toHaveCount(1);
  await expect(group.page.getByTestId('version')).toContainText('При отправке на консультацию');
  await group.context.setOffline(false);
  await expect(outbox(group.page)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });

  // the regional consultant comments on the problem section and returns the draft
  const region = await browser.newContext();
  const consultant = await region.newPage();
  await openControlled(consultant);
  await signIn(consultant, 'regional', 'sopka-demo');
  await consultant.goto('/initiatives');
  await consultant.getByRole('link', { name: TITLE }).click();
  const problem = section(consultant, 'problem');
  await expect(problem.getByRole('textbox').first()).toHaveValue(PROBLEM);
  await problem
    .getByLabel('Замечание к разделу «Обоснование социальной значимости (проблема)»')
    .fill('Добавьте цифры: сколько детей в селе и сколько говорят на языке.');
  await problem.getByRole('button', { name: 'Оставить замечание' }).click();
  await consultant.getByRole('button', { name: 'Вернуть с замечаниями' }).click();
  expect(await seriousViolations(consultant)).toEqual([]);
  await expect(outbox(consultant)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });

  // the village sees the note beside the section after its next sync, and marks it addressed
  await syncNow(group.page);
  const note = section(group.page, 'problem').getByTestId('section-comment');
  await expect(note).toContainText('Добавьте цифры', { timeout: 15_000 });
  await expect(group.page.getByTestId('initiative-status')).toHaveText('Статус: есть замечания');
  await note.getByRole('button', { name: 'Отметить как учтённое' }).click();
  await expect(note).toContainText('Учтено');

  // the application leaves as a Word file for the grant portal
  const [download] = await Promise.all([
    group.page.waitForEvent('download'),
    group.page.getByRole('button', { name: 'Скачать .docx' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const documentXml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  expect(documentXml).toContain(TITLE);
  expect(documentXml).toContain('Дети в селе почти не слышат родной язык');

  // and on paper: the print view has every section and the budget total
  await group.page.getByRole('link', { name: 'Версия для печати' }).click();
  await expect(group.page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(
    group.page.getByRole('heading', { name: 'Бюджет и софинансирование' }),
  ).toBeVisible();
  await expect(group.page.getByRole('table').last()).toContainText(/12\s000,00/);
  expect(await seriousViolations(group.page)).toEqual([]);
});

test('an earlier version comes back as a new edit; the region keeps a contest’s limits', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const group = await libraryPc(browser, E2E_USERS.initiativeGroup.login);
  const title = `${TITLE} — вторая заявка`;
  await group.page.getByLabel('Название проекта').fill(title);
  await group.page.getByRole('button', { name: 'Создать проект' }).click();
  await typeAndWaitForAutosave(group.page, 'Цель проекта', 'Научить детей ста словам.');
  await group.page.getByRole('button', { name: 'Сохранить версию' }).click();
  await expect(group.page.getByTestId('version')).toContainText('Сохранена вручную');
  await typeAndWaitForAutosave(group.page, 'Цель проекта', 'Научить детей песням.');
  await group.page.getByRole('button', { name: 'Показать' }).click();
  await expect(group.page.getByTestId('version-view')).toContainText('Научить детей ста словам.');
  await group.page.getByRole('button', { name: 'Восстановить эту версию' }).click();
  await expect(field(group.page, 'Цель проекта')).toHaveValue('Научить детей ста словам.');
  await expect(group.page.getByTestId('version')).toHaveCount(1);

  const region = await browser.newContext();
  const consultant = await region.newPage();
  await openControlled(consultant);
  await signIn(consultant, 'regional', 'sopka-demo');
  await consultant.goto('/initiatives/contests');
  const contest = `Конкурс «Родные языки» ${Date.now().toString(36)}`;
  await consultant.getByLabel('Название конкурса').fill(contest);
  await consultant.getByLabel('Максимальная сумма гранта, ₽').fill('500000');
  await consultant.getByLabel('«Цель проекта» — обязательный раздел').check();
  await consultant.getByLabel('Лимит знаков раздела «Цель проекта»').fill('10');
  await consultant.getByRole('button', { name: 'Сохранить конкурс' }).click();
  await expect(consultant.getByText(`Конкурс «${contest}» сохранён`)).toBeVisible();
  expect(await seriousViolations(consultant)).toEqual([]);
  await expect(outbox(consultant)).toHaveText('Ждут отправки: 0', { timeout: 15_000 });

  // the village gets the contest with its next sync and checks the draft against it
  await syncNow(group.page);
  await group.page.getByLabel('Конкурс', { exact: true }).selectOption({ label: contest });
  await expect(group.page.getByTestId('completeness')).toContainText(
    'Раздел «Цель проекта» длиннее лимита: 25 знаков из 10',
  );
});
