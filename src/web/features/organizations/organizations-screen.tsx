import { useState } from 'preact/hooks';
import type { Organization } from '../../../shared/model/organizations.ts';
import { t } from '../../i18n/language.ts';
import { OrganizationForm } from './organization-form.tsx';
import { OrganizationList } from './organization-list.tsx';

export default function OrganizationsScreen() {
  const [editing, setEditing] = useState<Organization | null>(null);
  return (
    <>
      <h1>{t('organizations.title')}</h1>
      <OrganizationForm editing={editing} onDone={() => setEditing(null)} />
      <OrganizationList
        onEdit={(organization) => {
          setEditing(organization);
          document.getElementById('org-name')?.focus();
        }}
      />
    </>
  );
}
