import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { legalFormLabel, statusLabel } from './organization-labels.ts';

/** The organizations kept on this computer, by name; updates when a write or a sync lands. */
export function OrganizationList() {
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
        </tr>
      </thead>
      <tbody>
        {organizations.map((organization) => (
          <tr key={organization.id}>
            <td>{organization.name}</td>
            <td>{t(legalFormLabel[organization.legalForm])}</td>
            <td>{organization.settlement}</td>
            <td>{t(statusLabel[organization.status])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
