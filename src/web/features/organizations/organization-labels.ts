import type { LegalForm } from '../../../shared/model/common.ts';
import type { ORGANIZATION_STATUSES } from '../../../shared/model/organizations.ts';
import type { MessageKey } from '../../i18n/ru.ts';

export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];

export const legalFormLabel: Record<LegalForm, MessageKey> = {
  ano: 'legalForm.ano',
  public: 'legalForm.public',
  fund: 'legalForm.fund',
  community: 'legalForm.community',
  tos: 'legalForm.tos',
  informal: 'legalForm.informal',
};

export const statusLabel: Record<OrganizationStatus, MessageKey> = {
  informal: 'orgStatus.informal',
  registering: 'orgStatus.registering',
  registered: 'orgStatus.registered',
};
