import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { discardRejected } from '../../sync/discard-rejected.ts';
import { fieldLabel, recordLabel } from './record-label.ts';

const BOOKKEEPING = new Set(['id', 'centreId', 'createdAt', 'updatedAt']);

/** Changes the server refused, with its reason; each can be discarded. */
export function RejectedList() {
  const rows = useLiveQuery(async () => {
    const rejected = await db.rejected.toArray();
    rejected.sort((a, b) => a.rejectedAt.localeCompare(b.rejectedAt));
    return Promise.all(
      rejected.map(async (row) => ({
        row,
        label: await recordLabel(row.collection, row.recordId),
      })),
    );
  }, null);
  if (rows === null) return null;
  return (
    <section class="card" aria-labelledby="rejected-title">
      <h2 id="rejected-title">{t('sync.rejectedTitle')}</h2>
      {rows.length === 0 ? (
        <p>{t('sync.rejectedEmpty')}</p>
      ) : (
        <>
          <p>{t('sync.rejectedIntro')}</p>
          <ul class="problem-list">
            {rows.map(({ row, label }) => (
              <li key={row.mid} data-testid="rejected-change">
                <strong>{label}</strong>
                <p>{row.message}</p>
                <p class="note">
                  {t('sync.rejectedFields', {
                    fields: Object.keys(row.patch)
                      .filter((field) => !BOOKKEEPING.has(field))
                      .map(fieldLabel)
                      .join(', '),
                  })}
                </p>
                <button type="button" onClick={() => void discardRejected(db, row.mid)}>
                  {t('sync.discard')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
