import { t } from '../../i18n/language.ts';
import { OrganizationForm } from './organization-form.tsx';
import { OrganizationList } from './organization-list.tsx';

export default function OrganizationsScreen() {
  return (
    <>
      <h1>{t('organizations.title')}</h1>
      <p class="note">{t('organizations.deviceCentreNote')}</p>
      <OrganizationForm />
      <OrganizationList />
    </>
  );
}
