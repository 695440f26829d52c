import { useState } from 'preact/hooks';
import { restorePatch } from '../../../shared/domain/initiative-restore.ts';
import type { Initiative } from '../../../shared/model/initiatives.ts';
import type { InitiativeVersion } from '../../../shared/model/initiative-versions.ts';
import { formatDateTime } from '../../i18n/format-date.ts';
import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { mutate } from '../../store/mutate.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { applicationContent } from './application-content.ts';
import { saveVersion } from './save-version.ts';

function VersionView({
  initiative,
  version,
}: {
  initiative: Initiative;
  version: InitiativeVersion;
}) {
  const blocks = applicationContent({ ...initiative, ...version.content }, '');
  return (
    <div class="version-view" data-testid="version-view">
      <p>
        <strong>{version.content.title}</strong>
      </p>
      {blocks
        .filter((block) => block.paragraphs.length > 0)
        .map((block) => (
          <p key={block.heading}>
            <strong>{block.heading}:</strong> {block.paragraphs.join(' ')}
          </p>
        ))}
    </div>
  );
}

/** Snapshots taken on every submit and on request; restoring one is a new edit. */
export function VersionsPanel({ initiative }: { initiative: Initiative }) {
  const [shown, setShown] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const versions = useLiveQuery(
    async () => {
      const all = await db
        .records('initiativeVersions')
        .where('initiativeId')
        .equals(initiative.id)
        .toArray();
      return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    [],
    [initiative.id],
  );
  const report = (result: { ok: true } | { ok: false; message: string }, done: string) =>
    setMessage(
      result.ok
        ? { text: done, failed: false }
        : { text: t('initiatives.notSaved', { message: result.message }), failed: true },
    );
  const snapshot = async () => {
    report(await saveVersion(initiative, 'manual'), t('initiatives.versionSaved'));
  };
  const restore = async (version: InitiativeVersion) => {
    const patch = restorePatch(initiative, version.content);
    if (Object.keys(patch).length === 0) return report({ ok: true }, t('initiatives.versionSame'));
    report(await mutate('initiatives', initiative.id, patch), t('initiatives.versionRestored'));
  };
  return (
    <section class="initiative-section" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('initiatives.versions')}</h2>
      <button type="button" onClick={() => void snapshot()}>
        {t('initiatives.saveVersion')}
      </button>
      {versions.length === 0 && <p>{t('initiatives.noVersions')}</p>}
      <ul class="version-list">
        {versions.map((version) => (
          <li key={version.id} data-testid="version">
            {t(
              version.reason === 'submit'
                ? 'initiatives.versionSubmit'
                : 'initiatives.versionManual',
              {
                date: formatDateTime(version.createdAt),
                author: version.authorName ?? t('initiatives.authorPending'),
              },
            )}{' '}
            <button
              type="button"
              aria-expanded={shown === version.id}
              onClick={() => setShown(shown === version.id ? null : version.id)}
            >
              {t('initiatives.viewVersion')}
            </button>{' '}
            <button type="button" onClick={() => void restore(version)}>
              {t('initiatives.restoreVersion')}
            </button>
            {shown === version.id && <VersionView initiative={initiative} version={version} />}
          </li>
        ))}
      </ul>
      <p role={message?.failed ? 'alert' : 'status'} class={message?.failed ? 'form-error' : ''}>
        {message?.text}
      </p>
    </section>
  );
}
