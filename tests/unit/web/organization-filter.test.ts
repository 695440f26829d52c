import { describe, expect, it } from 'vitest';
import type { Organization } from '../../../src/shared/model/organizations.ts';
import {
  NO_FILTER,
  filterOrganizations,
  settlementsOf,
} from '../../../src/web/features/organizations/organization-filter.ts';

const base = {
  centreId: '6f1c2a3b-4d5e-4f60-8a71-b2c3d4e5f601',
  createdAt: '2026-11-27T09:00:00.000Z',
  updatedAt: '2026-11-27T09:00:00.000Z',
};
const organizations: Organization[] = [
  {
    ...base,
    id: '0b6f9d1e-6a8b-4c1d-9e2f-3a4b5c6d7e01',
    name: 'АНО «Берег Тигиля»',
    legalForm: 'ano',
    status: 'registering',
    settlement: 'с. Тигиль',
    contactPerson: 'Семёнова Анна',
  },
  {
    ...base,
    id: '0b6f9d1e-6a8b-4c1d-9e2f-3a4b5c6d7e02',
    name: 'ТОС «Ковран»',
    legalForm: 'tos',
    status: 'informal',
    settlement: 'с. Ковран',
  },
  {
    ...base,
    id: '0b6f9d1e-6a8b-4c1d-9e2f-3a4b5c6d7e03',
    name: 'Клуб «Оленеводы»',
    legalForm: 'informal',
    status: 'informal',
    settlement: 'с. Тигиль',
    archived: true,
  },
];
const names = (list: Organization[]) => list.map((o) => o.name);

describe('organization search and filters', () => {
  it('finds by contact person regardless of case and ё', () => {
    expect(names(filterOrganizations(organizations, { ...NO_FILTER, text: 'семенова' }))).toEqual([
      'АНО «Берег Тигиля»',
    ]);
  });

  it('filters by form, stage and settlement and hides the archive unless asked', () => {
    expect(
      names(filterOrganizations(organizations, { ...NO_FILTER, settlement: 'с. Тигиль' })),
    ).toEqual(['АНО «Берег Тигиля»']);
    expect(
      names(
        filterOrganizations(organizations, {
          ...NO_FILTER,
          status: 'informal',
          showArchived: true,
        }),
      ),
    ).toEqual(['ТОС «Ковран»', 'Клуб «Оленеводы»']);
    expect(names(filterOrganizations(organizations, { ...NO_FILTER, legalForm: 'tos' }))).toEqual([
      'ТОС «Ковран»',
    ]);
  });

  it('lists each settlement once, in Russian order', () => {
    expect(settlementsOf(organizations)).toEqual(['с. Ковран', 'с. Тигиль']);
  });
});
