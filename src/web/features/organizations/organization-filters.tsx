import { LEGAL_FORMS } from '../../../shared/model/common.ts';
import { ORGANIZATION_STATUSES } from '../../../shared/model/organizations.ts';
import { t } from '../../i18n/language.ts';
import type { OrganizationFilter } from './organization-filter.ts';
import { legalFormLabel, statusLabel } from './organization-labels.ts';

interface Props {
  filter: OrganizationFilter;
  settlements: readonly string[];
  onChange: (next: OrganizationFilter) => void;
}

const valueOf = (event: Event) => (event.currentTarget as HTMLInputElement).value;

/** Search box and filters above the organization list (labels avoid the form's field names). */
export function OrganizationFilters({ filter, settlements, onChange }: Props) {
  return (
    <div class="org-filters" role="search">
      <label>
        {t('org.search')}
        <input
          type="search"
          value={filter.text}
          onInput={(e) => onChange({ ...filter, text: valueOf(e) })}
        />
      </label>
      <label>
        {t('org.filterForm')}
        <select
          value={filter.legalForm}
          onChange={(e) =>
            onChange({ ...filter, legalForm: valueOf(e) as OrganizationFilter['legalForm'] })
          }
        >
          <option value="">{t('org.filterAll')}</option>
          {LEGAL_FORMS.map((form) => (
            <option key={form} value={form}>
              {t(legalFormLabel[form])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('org.filterStage')}
        <select
          value={filter.status}
          onChange={(e) =>
            onChange({ ...filter, status: valueOf(e) as OrganizationFilter['status'] })
          }
        >
          <option value="">{t('org.filterAll')}</option>
          {ORGANIZATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(statusLabel[status])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('org.filterPlace')}
        <select
          value={filter.settlement}
          onChange={(e) => onChange({ ...filter, settlement: valueOf(e) })}
        >
          <option value="">{t('org.filterAll')}</option>
          {settlements.map((place) => (
            <option key={place} value={place}>
              {place}
            </option>
          ))}
        </select>
      </label>
      <label class="org-filters-check">
        <input
          type="checkbox"
          checked={filter.showArchived}
          onChange={(e) =>
            onChange({ ...filter, showArchived: (e.currentTarget as HTMLInputElement).checked })
          }
        />
        {t('org.showArchived')}
      </label>
    </div>
  );
}
