import { useEffect, useRef, useState } from 'preact/hooks';
import { LEGAL_FORMS } from '../../../shared/model/common.ts';
import { ORGANIZATION_STATUSES } from '../../../shared/model/organizations.ts';
import { t } from '../../i18n/language.ts';
import type { Organization } from '../../../shared/model/organizations.ts';
import { currentCentreId } from '../../session/session-state.ts';
import { mutate } from '../../store/mutate.ts';
import { useFormDraft } from '../../store/use-form-draft.ts';
import { RestoredDraftNotice } from '../../shell/restored-draft-notice.tsx';
import { legalFormLabel, statusLabel } from './organization-labels.ts';
import {
  EMPTY,
  OrganizationDetailFields,
  draftOf,
  fieldValue,
  type Draft,
  type FieldName,
} from './organization-detail-fields.tsx';

const ERROR_ID = 'organization-form-error';

/** Only the fields the person changed: per-field merge keeps a colleague's edits to the others. */
function changedFields(before: Draft, after: Draft): Record<string, unknown> {
  return Object.fromEntries(
    (Object.keys(after) as FieldName[])
      .filter((field) => after[field] !== before[field])
      .map((field) => [field, fieldValue(field, after[field])]),
  );
}

/** A new record: empty optional fields are left out. */
function createdFields(draft: Draft): Record<string, unknown> {
  return Object.fromEntries(
    (Object.keys(draft) as FieldName[])
      .filter((field) => draft[field].trim() !== '')
      .map((field) => [field, fieldValue(field, draft[field])]),
  );
}

interface Props {
  /** The organization being edited, or null to add a new one. */
  editing: Organization | null;
  onDone: () => void;
}

/** Adds or edits an organization through mutate; shows the first problem next to its field. */
export function OrganizationForm({ editing, onDone }: Props) {
  const kept = useFormDraft<Draft>(
    `organizations:${editing?.id ?? 'new'}`,
    editing ? draftOf(editing) : EMPTY,
  );
  const { draft, setDraft } = kept;
  useEffect(() => setError(null), [editing?.id]);
  const [error, setError] = useState<{ field: string | undefined; message: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const edit = (field: FieldName) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setDraft((current) => ({ ...current, [field]: value }));
  };
  const invalid = (field: FieldName) =>
    error?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': ERROR_ID } : {};

  async function save() {
    setBusy(true);
    setSaved(null);
    const result = editing
      ? await mutate('organizations', editing.id, changedFields(kept.base, draft))
      : await mutate('organizations', crypto.randomUUID(), {
          ...createdFields(draft),
          centreId: await currentCentreId(),
        });
    setBusy(false);
    if (!result.ok) {
      setError({ field: result.field, message: result.message });
      const target = result.field && form.current?.elements.namedItem(result.field);
      if (target instanceof HTMLElement) target.focus();
      return;
    }
    setError(null);
    kept.reset();
    setSaved(result.record.name);
    onDone();
  }

  return (
    <form
      ref={form}
      class="card"
      aria-labelledby="organization-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="organization-form-title">
        {editing ? t('organizations.editTitle') : t('organizations.addTitle')}
      </h2>
      {kept.restored && <RestoredDraftNotice onDiscard={kept.reset} />}
      <label for="org-name">{t('organizations.name')}</label>
      <input
        id="org-name"
        name="name"
        value={draft.name}
        onInput={edit('name')}
        {...invalid('name')}
      />
      <label for="org-legal-form">{t('organizations.legalForm')}</label>
      <select
        id="org-legal-form"
        name="legalForm"
        value={draft.legalForm}
        onChange={edit('legalForm')}
        {...invalid('legalForm')}
      >
        <option value="">{t('organizations.chooseOption')}</option>
        {LEGAL_FORMS.map((form) => (
          <option key={form} value={form}>
            {t(legalFormLabel[form])}
          </option>
        ))}
      </select>
      <label for="org-settlement">{t('organizations.settlement')}</label>
      <input
        id="org-settlement"
        name="settlement"
        value={draft.settlement}
        onInput={edit('settlement')}
        {...invalid('settlement')}
      />
      <label for="org-status">{t('organizations.status')}</label>
      <select
        id="org-status"
        name="status"
        value={draft.status}
        onChange={edit('status')}
        {...invalid('status')}
      >
        <option value="">{t('organizations.chooseOption')}</option>
        {ORGANIZATION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(statusLabel[status])}
          </option>
        ))}
      </select>
      <OrganizationDetailFields draft={draft} edit={edit} invalid={invalid} />
      <p id={ERROR_ID} class="form-error" role="alert">
        {error?.message}
      </p>
      <button type="submit" disabled={busy}>
        {t('organizations.save')}
      </button>{' '}
      {editing && (
        <button
          type="button"
          onClick={() => {
            kept.reset(); // cancelled: nothing of it comes back next time
            onDone();
          }}
        >
          {t('organizations.cancelEdit')}
        </button>
      )}
      <p role="status" class="form-saved">
        {saved ? t('organizations.saved', { name: saved }) : ''}
      </p>
    </form>
  );
}
