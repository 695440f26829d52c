import type { LegalForm } from '../../../shared/model/common.ts';
import type { Organization } from '../../../shared/model/organizations.ts';
import type { OrganizationStatus } from './organization-labels.ts';

export interface OrganizationFilter {
  text: string;
  legalForm: LegalForm | '';
  status: OrganizationStatus | '';
  settlement: string;
  showArchived: boolean;
}

export const NO_FILTER: OrganizationFilter = {
  text: '',
  legalForm: '',
  status: '',
  settlement: '',
  showArchived: false,
};

const fold = (text: string) => text.toLocaleLowerCase('ru').replaceAll('ё', 'е');

/** Organizations matching the search (name, settlement, contact person, phone) and the filters. */
export function filterOrganizations(
  organizations: readonly Organization[],
  filter: OrganizationFilter,
): Organization[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return organizations.filter((o) => {
    if (o.deleted) return false;
    if (o.archived && !filter.showArchived) return false;
    if (filter.legalForm && o.legalForm !== filter.legalForm) return false;
    if (filter.status && o.status !== filter.status) return false;
    if (filter.settlement && o.settlement !== filter.settlement) return false;
    const haystack = fold([o.name, o.settlement, o.contactPerson ?? '', o.phone ?? ''].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** The settlements present, sorted, for the settlement filter. */
export function settlementsOf(organizations: readonly Organization[]): string[] {
  return [...new Set(organizations.filter((o) => !o.deleted).map((o) => o.settlement))].sort(
    (a, b) => a.localeCompare(b, 'ru'),
  );
}
