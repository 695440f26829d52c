import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { db } from '../../store/db.ts';
import { legalFormLabel, statusLabel } from '../organizations/organization-labels.ts';

const VALUE_LABELS: Partial<Record<string, Record<string, MessageKey>>> = {
  legalForm: legalFormLabel,
  status: statusLabel,
};

const COLLECTION_LABELS: Partial<Record<string, MessageKey>> = {
  organizations: 'collection.organizations',
};

const FIELD_LABELS: Partial<Record<string, MessageKey>> = {
  name: 'organizations.name',
  legalForm: 'organizations.legalForm',
  settlement: 'organizations.settlement',
  status: 'organizations.status',
};

export function fieldLabel(field: string): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

/** «Организация «АНО «Берег Тигиля»»»: what a person recognises a record by. */
export async function recordLabel(collection: string, id: string): Promise<string> {
  const key = COLLECTION_LABELS[collection];
  const kind = key ? t(key) : t('collection.other', { name: collection });
  const table = db.tables.find((table) => table.name === collection);
  const record = (await table?.get(id)) as { name?: unknown; title?: unknown } | undefined;
  const name = record?.name ?? record?.title;
  return `${kind} «${typeof name === 'string' ? name : t('sync.unknownRecord', { id: id.slice(0, 8) })}»`;
}

export function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('sync.emptyValue');
  if (typeof value !== 'string') return JSON.stringify(value);
  const key = VALUE_LABELS[field]?.[value];
  return key ? t(key) : value;
}
