import { useState } from 'preact/hooks';
import type { Initiative } from '../../../shared/model/initiatives.ts';
import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { mutate } from '../../store/mutate.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { TextField } from './text-field.tsx';

/** The applicant: an organization of the centre's registry, or an informal group by name. */
export function ApplicantField({ initiative }: { initiative: Initiative }) {
  const [failure, setFailure] = useState<string | null>(null);
  const organizations = useLiveQuery(
    async () => {
      const all = await db.records('organizations').toArray();
      return all
        .filter((o) => !o.deleted && o.centreId === initiative.centreId)
        .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
    },
    [],
    [initiative.centreId],
  );
  const choose = async (organizationId: string) => {
    const result = await mutate('initiatives', initiative.id, {
      organizationId: organizationId === '' ? null : organizationId,
    });
    setFailure(result.ok ? null : t('initiatives.notSaved', { message: result.message }));
  };
  return (
    <section class="initiative-section" aria-labelledby="applicant-heading">
      <h2 id="applicant-heading">{t('initiatives.applicant')}</h2>
      <label for="field-organizationId">{t('initiatives.applicantOrganization')}</label>
      <select
        id="field-organizationId"
        value={initiative.organizationId ?? ''}
        onChange={(event) => void choose(event.currentTarget.value)}
      >
        <option value="">{t('initiatives.applicantNone')}</option>
        {organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <p id="applicant-group-label" class="field-label">
        {t('initiatives.applicantGroup')}
      </p>
      <TextField
        initiative={initiative}
        field="applicantGroup"
        kind="line"
        labelledBy="applicant-group-label"
      />
      {failure && (
        <p role="alert" class="form-error">
          {failure}
        </p>
      )}
    </section>
  );
}
