import { t } from '../../i18n/language.ts';
import { AccountPanel } from './account-panel.tsx';
import { LanguageSetting } from './language-setting.tsx';
import { StoragePanel } from './storage-panel.tsx';

export default function SettingsScreen() {
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <LanguageSetting />
      <AccountPanel />
      <StoragePanel />
    </>
  );
}
