import { useState } from 'preact/hooks';
import type { Organization } from '../../../shared/model/organizations.ts';
import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { mutate } from '../../store/mutate.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { OrganizationChecklists } from './organization-checklists.tsx';
import { OrganizationForm } from './organization-form.tsx';
import { legalFormLabel, statusLabel } from './organization-labels.ts';
import './organizations.css';

function Detail({ label, value }: { label: string; value: string | number | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === undefined || value === '' ? t('org.notSet') : value}</dd>
    </>
  );
}

/** One organization: its contacts and details, archive, and its registration checklists. */
export default function OrganizationCard({ id }: { id: string }) {
  const organization = useLiveQuery<Organization | null | undefined>(
    async () => (await db.records('organizations').get(id)) ?? null,
    undefined,
    [id],
  );
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState('');
  if (organization === undefined) return null;
  const back = (
    <p>
      <a href="/organizations">{t('org.back')}</a>
    </p>
  );
  if (organization === null || organization.deleted)
    return (
      <>
        {back}
        <p role="alert">{t('org.notFound')}</p>
      </>
    );
  async function setArchived(archived: boolean) {
    const result = await mutate('organizations', id, { archived: archived ? true : null });
    setProblem(result.ok ? '' : t('checklist.saveFailed', { reason: result.message }));
  }
  const o = organization;
  return (
    <article class="org-card">
      {back}
      <h1>{o.name}</h1>
      {o.archived && <p class="notice">{t('org.archivedNote')}</p>}
      <h2>{t('org.cardDetails')}</h2>
      <dl>
        <Detail label={t('organizations.legalForm')} value={t(legalFormLabel[o.legalForm])} />
        <Detail label={t('organizations.status')} value={t(statusLabel[o.status])} />
        <Detail label={t('organizations.settlement')} value={o.settlement} />
        <Detail label={t('org.foundersCount')} value={o.foundersCount} />
        {o.status === 'registered' && <Detail label={t('org.ogrn')} value={o.ogrn} />}
        {o.status === 'registered' && <Detail label={t('org.inn')} value={o.inn} />}
      </dl>
      <h2>{t('org.cardContacts')}</h2>
      <dl>
        <Detail label={t('org.contactPerson')} value={o.contactPerson} />
        <Detail label={t('org.phone')} value={o.phone} />
        <Detail label={t('org.email')} value={o.email} />
        <Detail label={t('org.address')} value={o.address} />
      </dl>
      {o.notes && (
        <>
          <h2>{t('org.notes')}</h2>
          <p class="org-notes">{o.notes}</p>
        </>
      )}
      <p>
        <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing}>
          {t('organizations.edit')}
        </button>{' '}
        <button type="button" onClick={() => void setArchived(!o.archived)}>
          {o.archived ? t('org.restore') : t('org.archive')}
        </button>
      </p>
      <p role="alert">{problem}</p>
      {editing && <OrganizationForm editing={o} onDone={() => setEditing(false)} />}
      <OrganizationChecklists organization={o} />
    </article>
  );
}
