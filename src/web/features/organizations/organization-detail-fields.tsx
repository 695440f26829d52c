import type { Organization } from '../../../shared/model/organizations.ts';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';

export const EMPTY = {
  name: '',
  legalForm: '',
  settlement: '',
  status: '',
  contactPerson: '',
  phone: '',
  email: '',
  address: '',
  foundersCount: '',
  inn: '',
  ogrn: '',
  notes: '',
};
export type Draft = typeof EMPTY;
export type FieldName = keyof Draft;

export const draftOf = (o: Organization): Draft => ({
  name: o.name,
  legalForm: o.legalForm,
  settlement: o.settlement,
  status: o.status,
  contactPerson: o.contactPerson ?? '',
  phone: o.phone ?? '',
  email: o.email ?? '',
  address: o.address ?? '',
  foundersCount: o.foundersCount === undefined ? '' : String(o.foundersCount),
  inn: o.inn ?? '',
  ogrn: o.ogrn ?? '',
  notes: o.notes ?? '',
});

/** The value a field is stored as: numbers as numbers, an emptied optional field cleared (null). */
export function fieldValue(field: FieldName, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return field === 'name' || field === 'settlement' ? '' : null;
  if (field === 'foundersCount') return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
  return field === 'notes' ? text : trimmed;
}

const DETAIL_FIELDS: { field: FieldName; label: MessageKey; type?: string }[] = [
  { field: 'contactPerson', label: 'org.contactPerson' },
  { field: 'phone', label: 'org.phone', type: 'tel' },
  { field: 'email', label: 'org.email', type: 'email' },
  { field: 'address', label: 'org.address' },
  { field: 'foundersCount', label: 'org.foundersCount', type: 'number' },
  { field: 'inn', label: 'org.inn' },
  { field: 'ogrn', label: 'org.ogrn' },
];

interface Props {
  draft: Draft;
  edit: (field: FieldName) => (event: Event) => void;
  invalid: (field: FieldName) => Record<string, string | boolean>;
}

/** Contacts, founders, OGRN/INN and notes of the organization form. */
export function OrganizationDetailFields({ draft, edit, invalid }: Props) {
  return (
    <>
      {DETAIL_FIELDS.map(({ field, label, type }) => (
        <div key={field}>
          <label for={`org-${field}`}>{t(label)}</label>
          <input
            id={`org-${field}`}
            name={field}
            type={type ?? 'text'}
            inputMode={field === 'inn' || field === 'ogrn' ? 'numeric' : undefined}
            min={type === 'number' ? 0 : undefined}
            value={draft[field]}
            onInput={edit(field)}
            {...invalid(field)}
          />
        </div>
      ))}
      <p class="field-hint">{t('org.registeredHint')}</p>
      <label for="org-notes">{t('org.notes')}</label>
      <textarea
        id="org-notes"
        name="notes"
        rows={3}
        value={draft.notes}
        onInput={edit('notes')}
        {...invalid('notes')}
      />
    </>
  );
}
