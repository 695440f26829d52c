import type { MaterialCategory } from '../../../shared/model/common.ts';
import type { MessageKey } from '../../i18n/ru.ts';

/** The rubric names of the library, as the training topics are called in the region. */
export const categoryLabel = {
  projects_and_grants: 'materials.category.projects_and_grants',
  registration: 'materials.category.registration',
  charter: 'materials.category.charter',
  accounting_and_taxes: 'materials.category.accounting_and_taxes',
  reporting: 'materials.category.reporting',
  fundraising: 'materials.category.fundraising',
  volunteers: 'materials.category.volunteers',
  personal_data: 'materials.category.personal_data',
  publicity: 'materials.category.publicity',
  monitoring: 'materials.category.monitoring',
  tos: 'materials.category.tos',
  indigenous_communities: 'materials.category.indigenous_communities',
} as const satisfies Record<MaterialCategory, MessageKey>;
