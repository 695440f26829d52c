import { t } from '../../i18n/language.ts';
import { PrivacyNotice } from '../privacy/privacy-notice.tsx';
import { AccountPanel } from './account-panel.tsx';
import { LanguageSetting } from './language-setting.tsx';
import { PersistenceNotice } from '../../shell/persistence-notice.tsx';
import { MaterialBudgetSetting } from './material-budget-setting.tsx';
import { StoragePanel } from './storage-panel.tsx';

export default function SettingsScreen() {
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <LanguageSetting />
      <AccountPanel />
      <PersistenceNotice dismissible={false} />
      <StoragePanel />
      <MaterialBudgetSetting />
      <section class="card" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('settings.privacyTitle')}</h2>
        <PrivacyNotice />
      </section>
    </>
  );
}
