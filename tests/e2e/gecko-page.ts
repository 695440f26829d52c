import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';

/**
 * Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core: Playwright's own Firefox
 * cannot be downloaded here. Waits are on what a person sees: a role and name in the
 * accessibility tree, or text the page renders.
 */
const FIREFOX_ESR = '/usr/bin/firefox-esr';
const WAIT_MS = 30_000;

export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_ESR,
    headless: true,
    env: { ...process.env, TZ: 'Asia/Kamchatka' },
    extraPrefsFirefox: { 'intl.accept_languages': 'ru-RU, ru' },
  });
}

/** The element with this accessible role and name, once it is visible. */
export async function seen(page: Page, role: string, name: string): Promise<ElementHandle> {
  const selector = `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;
  const handle = await page.waitForSelector(selector, { visible: true, timeout: WAIT_MS });
  if (!handle) throw new Error(`no ${role} «${name}»`);
  return handle;
}

export async function click(page: Page, role: string, name: string): Promise<void> {
  await (await seen(page, role, name)).click();
}

/** Waits until the page shows this text (innerText: what is rendered, not hidden markup). */
export async function seesText(page: Page, text: string, timeout = WAIT_MS): Promise<void> {
  await page.waitForFunction(
    (wanted) => document.body.innerText.includes(wanted),
    { timeout },
    text,
  );
}

/** The form control a <label> names, once it is on the page. */
async function labelled(page: Page, label: string): Promise<ElementHandle> {
  const found = await page.waitForFunction(
    (text) =>
      [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)
        ?.control ?? null,
    { timeout: WAIT_MS },
    label,
  );
  const control = found.asElement();
  if (!control) throw new Error(`no field «${label}»`);
  return control as ElementHandle;
}

/** Types into an empty text field; a select takes the option whose text is `value`. */
export async function fill(page: Page, label: string, value: string): Promise<void> {
  const control = await labelled(page, label);
  const kind = await control.evaluate((el) =>
    el instanceof HTMLSelectElement ? 'select' : el.getAttribute('type'),
  );
  if (kind === 'select') {
    const option = await control.evaluate(
      (el, text) => [...(el as HTMLSelectElement).options].find((o) => o.text === text)?.value,
      value,
    );
    if (option === undefined) throw new Error(`«${label}» has no option «${value}»`);
    await control.select(option);
  } else if (kind === 'datetime-local' || kind === 'date') {
    // date pickers take no typing the same way in every engine: set the value as a picker would
    await control.evaluate((el, text) => {
      const input = el as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  } else {
    await control.type(value);
  }
}

export async function check(page: Page, label: string): Promise<void> {
  await (await labelled(page, label)).click();
}

/** Loads the app and waits until the service worker controls the page. */
export async function openControlled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, {
    timeout: 60_000,
  });
}
