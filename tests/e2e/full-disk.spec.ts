import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_LAUNCH, E2E_BASE_URL } from '../../playwright.config.ts';
import { E2E_USERS } from './e2e-server.ts';
import { addOrganization, openSignedIn } from './helpers.ts';

// the browser profile lives on a 48 MB disk; needs root to mount (the CI machine runs as root)
test('a full disk: saving says the space ran out, the typed text stays, the counter stays true', async () => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'sopka-full-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', dir]);
  try {
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM_LAUNCH.executablePath,
      args: CHROMIUM_LAUNCH.args,
      baseURL: E2E_BASE_URL,
      locale: 'ru-RU',
      timezoneId: 'Asia/Kamchatka',
      serviceWorkers: 'allow',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await openSignedIn(page, E2E_USERS.a11y.login, '/organizations');
    await expect(page.getByText(/Синхронизировано/)).toBeVisible({ timeout: 20_000 });
    await context.setOffline(true);
    await addOrganization(page, {
      name: 'Община «Ковран»',
      legalForm: 'Неформальная группа',
      settlement: 'с. Ковран',
      status: 'Без регистрации',
    });
    await expect(page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 1');

    // other sites' files (or the PC's own) take the disk until a write fails
    const filled = await page.evaluate(async () => {
      const open = indexedDB.open('disk-filler');
      open.onupgradeneeded = () => open.result.createObjectStore('chunks');
      const filler = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      let chunks = 0;
      for (let size = 4 * 1024 * 1024; size >= 16 * 1024;) {
        const bytes = new Uint8Array(size);
        for (let i = 0; i < size; i += 65_536)
          crypto.getRandomValues(bytes.subarray(i, i + 65_536));
        const kept = await new Promise<boolean>((resolve) => {
          const tx = filler.transaction('chunks', 'readwrite');
          tx.objectStore('chunks').put(new Blob([bytes]), chunks);
          tx.oncomplete = () => resolve(true);
          tx.onabort = () => resolve(false);
          tx.onerror = () => resolve(false);
        });
        if (kept) chunks++;
        else size = Math.floor(size / 4);
      }
      // then small values (kept in the database files, not as blob files) to the last bytes
      for (let size = 64 * 1024; size >= 64;) {
        const kept = await new Promise<boolean>((resolve) => {
          const tx = filler.transaction('chunks', 'readwrite');
          tx.objectStore('chunks').put('ж'.repeat(size) + String(chunks), chunks);
          tx.oncomplete = () => resolve(true);
          tx.onabort = () => resolve(false);
          tx.onerror = () => resolve(false);
        });
        if (kept) chunks++;
        else size = Math.floor(size / 4);
      }
      return chunks;
    });
    expect(filled).toBeGreaterThan(0);

    const name = 'ТОС «Ковран — рыболовы»';
    await page.getByLabel('Название', { exact: true }).fill(name);
    await page.getByLabel('Форма', { exact: true }).selectOption({ label: 'Неформальная группа' });
    await page.getByLabel('Населённый пункт', { exact: true }).fill('с. Ковран');
    await page.getByLabel('Статус', { exact: true }).selectOption({ label: 'Без регистрации' });
    await page.getByRole('button', { name: 'Сохранить' }).click();

    await expect(page.getByText(/закончилось место/)).toBeVisible({ timeout: 15_000 });
    await expect(page.getByLabel('Название', { exact: true })).toHaveValue(name);
    await page.getByRole('link', { name: 'Главная' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();
    await expect(page.getByTestId('outbox-count')).toHaveText('Ждут отправки: 1');
    await context.close();
  } finally {
    execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});
