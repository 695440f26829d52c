import { useState } from 'preact/hooks';
import type { Conflict } from '../../../shared/model/conflicts.ts';
import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { conflictsToResolve } from '../../sync/conflicts-to-resolve.ts';
import { closeConflict, restoreLostValue } from '../../sync/resolve-conflict.ts';
import { fieldLabel, formatValue, recordLabel } from './record-label.ts';

/** Values lost to a concurrent edit: restore one (a new edit) or keep the record as it is. */
export function ConflictList() {
  const [failure, setFailure] = useState<string | null>(null);
  const conflicts = useLiveQuery(async () => {
    const open = await conflictsToResolve(db);
    return Promise.all(
      open
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map(async (conflict) => ({
          conflict,
          label: await recordLabel(conflict.collection, conflict.recordId),
        })),
    );
  }, null);
  if (conflicts === null) return null;

  const act = async (work: Promise<{ ok: boolean; message?: string }>) => {
    const result = await work;
    setFailure(result.ok ? null : t('sync.actionFailed', { message: result.message ?? '' }));
  };
  const restore = (conflict: Conflict) => void act(restoreLostValue(conflict));
  const dismiss = (conflict: Conflict) => void act(closeConflict(conflict, 'dismissed'));

  return (
    <section class="card" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('sync.conflictsTitle')}</h2>
      {conflicts.length === 0 ? (
        <p>{t('sync.conflictsEmpty')}</p>
      ) : (
        <>
          <p>{t('sync.conflictsIntro')}</p>
          <ul class="problem-list">
            {conflicts.map(({ conflict, label }) => (
              <li key={conflict.id} data-testid="conflict">
                <strong>{label}</strong>
                <p>{t('sync.conflictField', { field: fieldLabel(conflict.field) })}</p>
                <p>
                  {t('sync.conflictValue', {
                    value: formatValue(conflict.field, conflict.lostValue),
                  })}
                </p>
                <button type="button" onClick={() => restore(conflict)}>
                  {t('sync.restore')}
                </button>{' '}
                <button type="button" onClick={() => dismiss(conflict)}>
                  {t('sync.dismissConflict')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="alert" class="form-error">
        {failure}
      </p>
    </section>
  );
}
