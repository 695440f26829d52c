import { useState } from 'preact/hooks';
import type { Organization } from '../../../shared/model/organizations.ts';
import { t } from '../../i18n/language.ts';
import { session } from '../../session/session-state.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { NO_FILTER, filterOrganizations, settlementsOf } from './organization-filter.ts';
import { OrganizationFilters } from './organization-filters.tsx';
import { legalFormLabel, statusLabel } from './organization-labels.ts';
import { progressByOrganization } from './organization-progress.ts';

interface Props {
  onEdit: (organization: Organization) => void;
}

/** The organizations kept on this computer, by name; updates when a write or a sync lands. */
export function OrganizationList({ onEdit }: Props) {
  const [filter, setFilter] = useState(NO_FILTER);
  const organizations = useLiveQuery(
    async () =>
      (await db.records('organizations').orderBy('name').toArray()).filter((o) => !o.deleted),
    null,
  );
  const progress = useLiveQuery(progressByOrganization, new Map());
  // the regional centre sees every centre's organizations: say whose each one is
  const regional = session.value?.role === 'regional';
  const centres = useLiveQuery(
    async () => new Map((await db.records('centres').toArray()).map((c) => [c.id, c.settlement])),
    new Map<string, string>(),
  );
  if (organizations === null) return null;
  if (organizations.length === 0) return <p>{t('organizations.empty')}</p>;
  const shown = filterOrganizations(organizations, filter);
  return (
    <>
      <OrganizationFilters
        filter={filter}
        settlements={settlementsOf(organizations)}
        onChange={setFilter}
      />
      <p role="status">
        {shown.length === 0 ? t('org.nothingFound') : t('org.found', { count: shown.length })}
      </p>
      <table class="data-table">
        <caption>{t('organizations.listTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organizations.name')}</th>
            <th scope="col">{t('organizations.legalForm')}</th>
            <th scope="col">{t('organizations.settlement')}</th>
            <th scope="col">{t('organizations.status')}</th>
            <th scope="col">{t('org.progressColumn')}</th>
            {regional && <th scope="col">{t('org.centre')}</th>}
            <th scope="col">{t('organizations.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((organization) => {
            const done = progress.get(organization.id);
            return (
              <tr key={organization.id}>
                <td>
                  <a href={`/organizations/${organization.id}`}>{organization.name}</a>
                  {organization.archived && ` (${t('org.archivedMark')})`}
                </td>
                <td>{t(legalFormLabel[organization.legalForm])}</td>
                <td>{organization.settlement}</td>
                <td>{t(statusLabel[organization.status])}</td>
                <td>
                  {done
                    ? t('org.progressValue', { done: done.done, total: done.total })
                    : t('org.noChecklist')}
                </td>
                {regional && <td>{centres.get(organization.centreId ?? '') ?? ''}</td>}
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
            );
          })}
        </tbody>
      </table>
    </>
  );
}
