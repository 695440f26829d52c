import { test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { E2E_PASSWORD, E2E_USERS } from './e2e-server.ts';
import { check, click, fill, launchFirefox, openControlled, seen, seesText } from './gecko-page.ts';

/**
 * Library PCs run Firefox too: the same built server and app, in Gecko. No Playwright `page`
 * here, so no Chromium starts; puppeteer-core drives Debian's firefox-esr.
 */
const { login } = E2E_USERS.firefox;
const ORGANIZATION = 'АНО «Лесновские промыслы»';
const TRAINING = 'Семинар «Грант на библиотеку» (Лесная)';
const NEXT_YEAR = new Date().getFullYear() + 1;

async function signIn(page: Page, who: string, password: string): Promise<void> {
  await seen(page, 'heading', 'Вход');
  await fill(page, 'Имя пользователя', who);
  await fill(page, 'Пароль', password);
  await click(page, 'button', 'Войти');
  await seen(page, 'heading', 'Главная');
}

test('Firefox: offline reload, an organization added offline reaches the region, a kiosk registration', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const browser = await launchFirefox();
  try {
    const page = await browser.newPage();
    await openControlled(page, `${baseURL}/`);
    await signIn(page, login, E2E_PASSWORD);

    await page.setOfflineMode(true);
    await page.reload();
    await seesText(page, 'Нет связи — работа офлайн');
    await click(page, 'link', 'Организации');
    await seen(page, 'heading', 'Организации');
    await fill(page, 'Название', ORGANIZATION);
    await fill(page, 'Форма', 'АНО');
    await fill(page, 'Населённый пункт', 'с. Лесная');
    await fill(page, 'Статус', 'Регистрируется');
    await click(page, 'button', 'Сохранить');
    await seesText(page, `Организация «${ORGANIZATION}» сохранена`);
    await seesText(page, 'Ждут отправки: 1');

    await page.setOfflineMode(false);
    await seesText(page, 'Ждут отправки: 0', 60_000);

    const region = await (await browser.createBrowserContext()).newPage();
    await region.goto(`${baseURL}/`);
    await signIn(region, 'regional', 'sopka-demo');
    await click(region, 'link', 'Организации');
    await seesText(region, ORGANIZATION, 60_000);

    await click(page, 'link', 'Обучение');
    await click(page, 'link', 'Новое мероприятие');
    await fill(page, 'Название', TRAINING);
    await fill(page, 'Вид', 'Семинар');
    await fill(page, 'Начало', `${NEXT_YEAR}-05-15T14:00`);
    await fill(page, 'Окончание', `${NEXT_YEAR}-05-15T17:00`);
    await fill(page, 'Населённый пункт', 'с. Лесная');
    await fill(page, 'Адрес, помещение', 'сельская библиотека');
    await fill(page, 'Число мест', '12');
    await click(page, 'button', 'Сохранить');
    await seen(page, 'heading', TRAINING);
    await fill(page, 'Пароль сотрудника', 'Лесная-2026');
    await fill(page, 'Пароль ещё раз', 'Лесная-2026');
    await click(page, 'button', 'Включить режим киоска');
    await seen(page, 'heading', 'Запись на обучение');

    await fill(page, 'Фамилия, имя, отчество', 'Чечулина Мария Ивановна');
    await fill(page, 'Телефон', '+7 914 555-20-26');
    await fill(page, 'Населённый пункт', 'с. Лесная');
    await check(page, '18 лет и старше');
    await click(page, 'button', 'Далее: согласие на обработку данных');
    await seen(page, 'heading', 'Согласие на обработку персональных данных');
    await check(page, 'Я прочитал(а) текст и даю согласие на обработку моих персональных данных');
    await click(page, 'button', 'Записаться');
    await seen(page, 'heading', 'Вы записаны');
  } finally {
    await browser.close();
  }
});
