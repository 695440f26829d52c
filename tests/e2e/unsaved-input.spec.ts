import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { E2E_USERS } from './e2e-server.ts';
import { addOrganization, openControlled, openSignedIn, signIn } from './helpers.ts';

/** Initiative sections were the field that lost most: proven the most times. */
const ROUNDS = Number(process.env.ROUNDS ?? 20);
/** Every other field that keeps what is typed: fewer runs each, so the suite stays short. */
const FORM_ROUNDS = Number(process.env.FORM_ROUNDS ?? 5);
const SECTION = 'Обоснование социальной значимости (проблема)';
const RESTORED = 'Здесь то, что вы ввели в прошлый раз, но не сохранили';
const problem = (page: Page) => page.getByRole('textbox', { name: SECTION, exact: true });

/** 100–500 ms: the person types the last words and closes the tab or presses F5 at once. */
const quickly = (round: number) => 100 + ((round * 137) % 401);

type Way = 'close' | 'reload';
interface Survival {
  kept: Record<Way, number>;
  page: Page;
  text: string;
}

/**
 * `rounds` times each way: a few words typed at the end of `field`, then, after 100–500 ms, the
 * tab closed (and the same address opened again) or F5. Counts the times the field came back
 * with every word; after a loss the person goes on from what is there.
 */
async function typeThenLeave(
  context: BrowserContext,
  first: Page,
  field: (page: Page) => Locator,
  rounds: number,
  words: Record<Way, string>,
): Promise<Survival> {
  let page = first;
  const address = page.url();
  let text = await field(page).inputValue();
  const kept = { close: 0, reload: 0 };
  for (let round = 0; round < rounds; round++) {
    for (const way of ['close', 'reload'] as const) {
      const sentence = ` ${words[way]} ${round + 1}.`;
      await field(page).press('End');
      await field(page).pressSequentially(sentence, { delay: 5 });
      text += sentence;
      await page.waitForTimeout(quickly(round)); // the person's own pause, not a wait for the app
      if (way === 'close') {
        await page.close({ runBeforeUnload: false });
        page = await context.newPage();
        await page.goto(address);
      } else {
        await page.reload();
      }
      await expect(field(page)).toBeVisible({ timeout: 15_000 });
      const there = await field(page).inputValue();
      const whole = there === text;
      if (whole) kept[way]++;
      else text = there;
      console.log(`${way} ${round + 1}: ${whole ? 'kept' : 'lost'}`);
    }
  }
  return { kept, page, text };
}

/** A fresh village PC, signed in, then cut off: everything typed must stay on it. */
async function offlinePc(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await openSignedIn(page, E2E_USERS.unsavedInput.login, path);
  // the templates and the rest arrive with the first sync: then the link goes
  await expect(page.getByTestId('last-sync')).toHaveText(/^Синхронизировано/, { timeout: 60_000 });
  await context.setOffline(true);
  return page;
}

async function newInitiative(page: Page, title: string): Promise<string> {
  const unique = `${title} ${Date.now().toString(36)}`;
  await page.getByLabel('Название проекта').fill(unique);
  await page.getByRole('button', { name: 'Создать проект' }).click();
  await expect(problem(page)).toBeVisible();
  return unique;
}

test('the last words typed into a section survive closing the tab or F5 at once, and reach the server', async ({
  browser,
}) => {
  test.setTimeout(480_000);
  const context = await browser.newContext();
  const page = await offlinePc(context, '/initiatives');
  const title = await newInitiative(page, 'Сети для рыбаков');

  const run = await typeThenLeave(context, page, problem, ROUNDS, {
    close: 'Сети',
    reload: 'Нитки',
  });
  console.log(
    `section: kept after close ${run.kept.close}/${ROUNDS}, after reload ${run.kept.reload}/${ROUNDS}`,
  );
  expect(run.kept).toEqual({ close: ROUNDS, reload: ROUNDS });

  // the link comes back: what was kept on the PC is what the centre's other PC receives
  await context.setOffline(false);
  await run.page.getByRole('button', { name: 'Синхронизировать' }).click();
  await expect(run.page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 0', {
    timeout: 60_000,
  });
  const office = await browser.newContext();
  const other = await office.newPage();
  await openSignedIn(other, E2E_USERS.syncFeedback.login, '/initiatives');
  await other.getByRole('link', { name: title }).click({ timeout: 30_000 });
  await expect(problem(other)).toHaveValue(run.text, { timeout: 15_000 });
  await office.close();
  await context.close();
});

test('a budget row being typed and a checklist step note survive closing the tab or F5', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const context = await browser.newContext();
  const page = await offlinePc(context, '/initiatives');
  await newInitiative(page, 'Лодка для кружка юных рыбаков');
  const item = (p: Page) => p.getByLabel('Расход', { exact: true });
  const budget = await typeThenLeave(context, page, item, FORM_ROUNDS, {
    close: 'Моторная лодка',
    reload: 'Вёсла',
  });
  console.log(`budget row: ${JSON.stringify(budget.kept)} of ${FORM_ROUNDS}`);
  expect(budget.kept).toEqual({ close: FORM_ROUNDS, reload: FORM_ROUNDS });

  const group = `Инициативная группа «Рыбаки Хайрюзово», ${Date.now().toString(36)}`;
  const desk = budget.page;
  await desk.goto('/organizations');
  await addOrganization(desk, {
    name: group,
    legalForm: 'Неформальная группа',
    settlement: 'с. Хайрюзово',
    status: 'Без регистрации',
  });
  await desk.getByRole('link', { name: group }).click();
  await desk
    .getByLabel('Шаблон чек-листа')
    .selectOption({ label: 'Регистрация автономной некоммерческой организации (АНО)' });
  await desk.getByRole('button', { name: 'Начать чек-лист' }).click();
  const note = (p: Page) => p.getByRole('textbox', { name: 'Заметка' }).first();
  await expect(note(desk)).toBeVisible();
  const notes = await typeThenLeave(context, desk, note, FORM_ROUNDS, {
    close: 'Устав согласован',
    reload: 'Протокол подписан',
  });
  console.log(`step note: ${JSON.stringify(notes.kept)} of ${FORM_ROUNDS}`);
  expect(notes.kept).toEqual({ close: FORM_ROUNDS, reload: FORM_ROUNDS });
  await context.close();
});

test('a new organization not yet saved comes back into its form after closing the tab or F5', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  const page = await offlinePc(context, '/organizations');
  const name = (p: Page) => p.getByLabel('Название', { exact: true });
  const run = await typeThenLeave(context, page, name, FORM_ROUNDS, {
    close: 'ТОС',
    reload: 'Ключи',
  });
  console.log(`organization form: ${JSON.stringify(run.kept)} of ${FORM_ROUNDS}`);
  expect(run.kept).toEqual({ close: FORM_ROUNDS, reload: FORM_ROUNDS });
  await expect(run.page.getByText(RESTORED)).toBeVisible();

  // saved with «Сохранить»: the draft is done with, the form is empty after F5
  await addOrganization(run.page, {
    name: run.text.trim(),
    legalForm: 'Неформальная группа',
    settlement: 'с. Хайрюзово',
    status: 'Без регистрации',
  });
  await run.page.reload();
  await expect(name(run.page)).toHaveValue('');
  await expect(run.page.getByText(RESTORED)).toBeHidden();
  await expect(run.page.getByRole('link', { name: run.text.trim() })).toBeVisible();
  await context.close();
});

test('a training description not yet saved comes back after closing the tab or F5', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  const page = await offlinePc(context, '/trainings/new');
  const description = (p: Page) => p.getByLabel('Описание', { exact: true });
  await page.getByLabel('Название', { exact: true }).fill('Как написать заявку на грант');
  const run = await typeThenLeave(context, page, description, FORM_ROUNDS, {
    close: 'Разберём бюджет',
    reload: 'Возьмите паспорт',
  });
  console.log(`training form: ${JSON.stringify(run.kept)} of ${FORM_ROUNDS}`);
  expect(run.kept).toEqual({ close: FORM_ROUNDS, reload: FORM_ROUNDS });
  await expect(run.page.getByLabel('Название', { exact: true })).toHaveValue(
    'Как написать заявку на грант',
  );
  // the person decides against it: the form is empty again, and stays so after F5
  await run.page.getByRole('button', { name: 'Отказаться от этих изменений' }).click();
  await expect(description(run.page)).toHaveValue('');
  await run.page.reload();
  await expect(description(run.page)).toHaveValue('');
  await context.close();
});

test('a regional material being written comes back after closing the tab or F5', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await openControlled(page);
  await signIn(page, 'regional', 'sopka-demo');
  await page.goto('/materials/new');
  await context.setOffline(true);
  const body = (p: Page) => p.getByLabel('Текст (Markdown)');
  const run = await typeThenLeave(context, page, body, FORM_ROUNDS, {
    close: 'Учредители',
    reload: 'Устав',
  });
  console.log(`material form: ${JSON.stringify(run.kept)} of ${FORM_ROUNDS}`);
  expect(run.kept).toEqual({ close: FORM_ROUNDS, reload: FORM_ROUNDS });
  await expect(run.page.getByText(RESTORED)).toBeVisible();
  await context.close();
});
