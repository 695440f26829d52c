import { signal } from '@preact/signals';
import { en } from './en.ts';
import { ru, type MessageKey } from './ru.ts';
import { LANGUAGE_STORAGE_KEY, storedLanguage } from './stored-language.ts';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language is named in itself, so a reader finds their own. */
export const LANGUAGE_NAMES: Record<Language, string> = { ru: 'Русский', en: 'English' };

const catalogues: Record<Language, Record<MessageKey, string>> = { ru, en };
export const language = signal<Language>(storedLanguage());

export function setLanguage(next: Language): void {
  language.value = next;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
  } catch {
    // private mode or storage disabled: the choice lasts for this tab only
  }
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** The UI string for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = catalogues[language.value][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** BCP 47 locale for Intl formatters. */
export function locale(lang: Language = language.value): string {
  return lang === 'ru' ? 'ru-RU' : 'en-GB';
}
