import { useState } from 'preact/hooks';
import type { Organization } from '../../../shared/model/organizations.ts';
import { t } from '../../i18n/language.ts';
import { session } from '../../session/session-state.ts';
import { OrganizationForm } from './organization-form.tsx';
import { OrganizationList } from './organization-list.tsx';
import './organizations.css';

export default function OrganizationsScreen() {
  const [editing, setEditing] = useState<Organization | null>(null);
  // the regional centre sees every centre's organizations; centres add their own
  const staff = session.value?.role === 'staff';
  return (
    <>
      <h1>{t('organizations.title')}</h1>
      <p>
        <a href="/organizations/choose-form">{t('org.chooseFormLink')}</a>
        {!staff && (
          <>
            {' · '}
            <a href="/checklist-templates">{t('templates.title')}</a>
          </>
        )}
      </p>
      {(staff || editing) && <OrganizationForm editing={editing} onDone={() => setEditing(null)} />}
      <OrganizationList
        onEdit={(organization) => {
          setEditing(organization);
          requestAnimationFrame(() => document.getElementById('org-name')?.focus());
        }}
      />
    </>
  );
}
