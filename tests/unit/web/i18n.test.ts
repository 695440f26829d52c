import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/web/i18n/en.ts';
import { ru } from '../../../src/web/i18n/ru.ts';
import { language, setLanguage, t } from '../../../src/web/i18n/language.ts';

const WEB = join(import.meta.dirname, '../../../src/web');

function tsxFilesOutsideI18n(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : tsxFilesOutsideI18n(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

afterEach(() => setLanguage('ru'));

describe('UI strings', () => {
  it('speaks Russian by default and fills placeholders', () => {
    expect(language.value).toBe('ru');
    expect(t('status.outbox', { count: 3 })).toBe('Ждут отправки: 3');
  });

  it('switches to English and remembers the choice for the next visit', () => {
    setLanguage('en');

    expect(t('nav.organizations')).toBe('Organizations');
    expect(localStorage.getItem('sopka.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('has every Russian key translated to English and no English string left empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
    expect(Object.entries(en).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('keeps Cyrillic out of components: every UI string comes from the catalogues', () => {
    const offenders = tsxFilesOutsideI18n(WEB).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => /[А-Яа-яЁё]/.test(line))
        .map(({ index }) => `${relative(WEB, file)}:${index + 1}`),
    );
    expect(offenders).toEqual([]);
  });
});
