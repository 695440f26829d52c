import type { Organization } from '../../../shared/model/organizations.ts';
import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { legalFormLabel, statusLabel } from './organization-labels.ts';

interface Props {
  onEdit: (organization: Organization) => void;
}

/** The organizations kept on this computer, by name; updates when a write or a sync lands. */
export function OrganizationList({ onEdit }: Props) {
  const organizations = useLiveQuery(
    async () =>
      (await db.records('organizations').orderBy('name').toArray()).filter((o) => !o.deleted),
    null,
  );
  if (organizations === null) return null;
  if (organizations.length === 0) return <p>{t('organizations.empty')}</p>;
  return (
    <table class="data-table">
      <caption>{t('organizations.listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('organizations.name')}</th>
          <th scope="col">{t('organizations.legalForm')}</th>
          <th scope="col">{t('organizations.settlement')}</th>
          <th scope="col">{t('organizations.status')}</th>
          <th scope="col">{t('organizations.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {organizations.map((organization) => (
          <tr key={organization.id}>
            <td>{organization.name}</td>
            <td>{t(legalFormLabel[organization.legalForm])}</td>
            <td>{organization.settlement}</td>
            <td>{t(statusLabel[organization.status])}</td>
            <td>
              <button
                type="button"
                aria-label={t('organizations.editLabel', { name: organization.name })}
                onClick={() => onEdit(organization)}
              >
                {t('organizations.edit')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
