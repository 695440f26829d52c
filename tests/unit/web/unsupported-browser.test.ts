/**
 * An old library PC that cannot run Sopka gets a page saying what to do, not a blank screen:
 * each story takes away one thing the browser would lack and reads the page a person sees.
 */
import { screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { missingCapability } from '../../../src/web/boot/browser-check.ts';
import { showUnsupportedPage } from '../../../src/web/boot/unsupported-page.ts';

/** jsdom has no service worker container: give it the one a normal window has. */
function normalWindowServiceWorker(container: object | undefined): void {
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
}

async function pageShownForThisBrowser(): Promise<HTMLElement> {
  const missing = await missingCapability();
  if (!missing) throw new Error('the browser check passed: the app would load');
  showUnsupportedPage(missing, document.body);
  return screen.getByRole('heading', { level: 1 });
}

beforeEach(() => normalWindowServiceWorker({}));
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  normalWindowServiceWorker(undefined);
});

describe('the browser check before the app loads', () => {
  it('lets a browser with a service worker and IndexedDB through to the app', async () => {
    expect(await missingCapability()).toBeNull();
  });

  it('tells a Firefox private window to open Sopka in a normal window', async () => {
    normalWindowServiceWorker(undefined);

    expect((await pageShownForThisBrowser()).textContent).toBe(
      'В этом окне Сопка не сможет работать без интернета',
    );
    expect(screen.getByText(/откройте Сопку в обычном окне браузера/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Проверить ещё раз' })).toBeTruthy();
  });

  it('says storage is refused when IndexedDB throws (cookies and site data blocked)', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });

    expect((await pageShownForThisBrowser()).textContent).toBe(
      'Браузер не разрешает Сопке хранить данные',
    );
    expect(screen.getByText(/разрешите в настройках браузера файлы cookie/)).toBeTruthy();
  });

  it('says storage is refused when opening the database fails', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        const request: { onerror?: () => void } = {};
        queueMicrotask(() => request.onerror?.());
        return request;
      },
    });

    expect(await missingCapability()).toBe('noStorage');
  });

  it('says storage is refused when the browser has no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);

    expect(await missingCapability()).toBe('noStorage');
  });

  it('names the supported browsers to a browser older than the targets', async () => {
    vi.stubGlobal('structuredClone', undefined);

    expect((await pageShownForThisBrowser()).textContent).toBe(
      'Этот браузер слишком старый для Сопки',
    );
    expect(screen.getByText(/Chrome 109 и новее и в Firefox 115 и новее/)).toBeTruthy();
  });

  it('speaks English to a PC where English was chosen', async () => {
    localStorage.setItem('sopka.language', 'en');
    normalWindowServiceWorker(undefined);

    expect((await pageShownForThisBrowser()).textContent).toBe(
      'In this window Sopka cannot work without the internet',
    );
  });
});
