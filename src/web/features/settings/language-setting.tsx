import { LANGUAGES, LANGUAGE_NAMES, language, setLanguage, t } from '../../i18n/language.ts';

export function LanguageSetting() {
  return (
    <fieldset class="card">
      <legend>{t('settings.language')}</legend>
      {LANGUAGES.map((lang) => (
        <label key={lang} class="choice" lang={lang}>
          <input
            type="radio"
            name="language"
            value={lang}
            checked={language.value === lang}
            onChange={() => setLanguage(lang)}
          />
          {LANGUAGE_NAMES[lang]}
        </label>
      ))}
    </fieldset>
  );
}
