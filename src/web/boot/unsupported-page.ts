import { enUnsupported } from '../i18n/en-unsupported.ts';
import { ruUnsupported, type UnsupportedMessageKey } from '../i18n/ru-unsupported.ts';
import { storedLanguage } from '../i18n/stored-language.ts';
import type { MissingCapability } from './browser-check.ts';
import './unsupported-page.css';

/**
 * Says, in place of the app, what this browser lacks and what the person can do. Plain DOM: it
 * must work where the app's own code cannot load.
 */
export function showUnsupportedPage(
  missing: MissingCapability,
  root = document.getElementById('app') ?? document.body,
): void {
  const texts = storedLanguage() === 'en' ? enUnsupported : ruUnsupported;
  const text = (key: UnsupportedMessageKey) => texts[key];
  const page = document.createElement('main');
  page.className = 'unsupported';
  const title = document.createElement('h1');
  title.textContent = text(`unsupported.${missing}.title`);
  const what = document.createElement('p');
  what.textContent = text(`unsupported.${missing}.what`);
  const how = document.createElement('p');
  how.textContent = text(`unsupported.${missing}.how`);
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = text('unsupported.retry');
  retry.addEventListener('click', () => window.location.reload());
  page.append(title, what, how, retry);
  root.replaceChildren(page);
}
