import { useRef, useState } from 'preact/hooks';
import { LEGAL_FORMS } from '../../../shared/model/common.ts';
import { ORGANIZATION_STATUSES } from '../../../shared/model/organizations.ts';
import { t } from '../../i18n/language.ts';
import { currentCentreId } from '../../store/device-centre.ts';
import { mutate } from '../../store/mutate.ts';
import { legalFormLabel, statusLabel } from './organization-labels.ts';

const EMPTY = { name: '', legalForm: '', settlement: '', status: '' };
type Draft = typeof EMPTY;
type FieldName = keyof Draft;
const ERROR_ID = 'organization-form-error';

/** Adds an organization through mutate; shows the first problem next to its field. */
export function OrganizationForm() {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<{ field: string | undefined; message: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const edit = (field: FieldName) => (event: Event) =>
    setDraft({ ...draft, [field]: (event.currentTarget as HTMLInputElement).value });
  const invalid = (field: FieldName) =>
    error?.field === field ? { 'aria-invalid': true, 'aria-describedby': ERROR_ID } : {};

  async function save() {
    setBusy(true);
    setSaved(null);
    const centreId = await currentCentreId();
    const result = await mutate('organizations', crypto.randomUUID(), { ...draft, centreId });
    setBusy(false);
    if (!result.ok) {
      setError({ field: result.field, message: result.message });
      const target = result.field && form.current?.elements.namedItem(result.field);
      if (target instanceof HTMLElement) target.focus();
      return;
    }
    setError(null);
    setDraft(EMPTY);
    setSaved(result.record.name);
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
      <h2 id="organization-form-title">{t('organizations.addTitle')}</h2>
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
      <p id={ERROR_ID} class="form-error" role="alert">
        {error?.message}
      </p>
      <button type="submit" disabled={busy}>
        {t('organizations.save')}
      </button>
      <p role="status" class="form-saved">
        {saved ? t('organizations.saved', { name: saved }) : ''}
      </p>
    </form>
  );
}
