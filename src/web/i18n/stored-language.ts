// localStorage, not Dexie: the language is needed synchronously before the first render
export const LANGUAGE_STORAGE_KEY = 'sopka.language';

/** The language chosen on this PC last time: Russian unless English was chosen. */
export function storedLanguage(): 'ru' | 'en' {
  try {
    const kept = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return kept === 'en' ? 'en' : 'ru';
  } catch {
    return 'ru';
  }
}
