import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../i18n/format-date.ts';
import { formatRelative } from '../../i18n/format-relative.ts';
import { t } from '../../i18n/language.ts';
import { online } from '../../shell/online-status.ts';
import { db, type SessionRow } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { refreshDeviceSyncs, type FetchOutcome } from './device-syncs-api.ts';
import { daysSince, formatDays } from './home-format.ts';
import { regionOverview, SILENT_DAYS, type CentreRow } from './region-overview.ts';

function SyncCell({ row, fetched, now }: { row: CentreRow; fetched: boolean; now: number }) {
  if (!fetched) return <td>{t('region.unknown')}</td>;
  if (!row.lastSyncAt) return <td class="region-silent">{t('region.neverSynced')}</td>;
  const days = daysSince(row.lastSyncAt, now);
  return (
    <td class={days > SILENT_DAYS ? 'region-silent' : ''} title={formatDateTime(row.lastSyncAt)}>
      {days > SILENT_DAYS
        ? t('region.silent', { days: formatDays(days) })
        : formatRelative(row.lastSyncAt, now)}
    </td>
  );
}

/** A count that opens the records behind it, with what it is made of in small print below. */
function Figure({ count, href, detail }: { count: number; href: string; detail?: string }) {
  if (!count) return <td>{t('region.none')}</td>;
  return (
    <td>
      <a href={href}>{count}</a>
      {detail && <span class="region-detail">{detail}</span>}
    </td>
  );
}

function CentreLine({ row, fetched, now }: { row: CentreRow; fetched: boolean; now: number }) {
  const filter = `?centre=${row.id}`;
  const { organizations: o, drafts, trainings } = row;
  const none = t('region.none');
  return (
    <tr data-testid={`centre-${row.id}`}>
      <th scope="row" title={row.name}>
        {row.settlement}
      </th>
      <SyncCell row={row} fetched={fetched} now={now} />
      <td>{row.unsent ?? none}</td>
      <td>{row.versions.join(', ') || none}</td>
      <Figure
        count={o.total}
        href={`/organizations${filter}`}
        detail={t('region.orgProgress', { registered: o.registered, registering: o.registering })}
      />
      <Figure
        count={drafts.count}
        href={`/initiatives${filter}`}
        {...(drafts.oldestAt
          ? {
              detail: t('region.draftsWaiting', {
                days: formatDays(daysSince(drafts.oldestAt, now)),
              }),
            }
          : {})}
      />
      <Figure count={row.overdueSteps} href={`/organizations${filter}`} />
      <Figure
        count={trainings.count}
        href={`/trainings${filter}`}
        detail={t('region.trainingSeats', { seats: trainings.freeSeats })}
      />
    </tr>
  );
}

/** The regional consultant's overview: every centre in one table, readable offline. */
export default function RegionOverviewScreen({ person, now }: { person: SessionRow; now: number }) {
  const overview = useLiveQuery(() => regionOverview(db, now), null, [now]);
  const [outcome, setOutcome] = useState<FetchOutcome | null>(null);
  const isOnline = online.value;
  useEffect(() => {
    if (!person.token || !isOnline) return;
    void refreshDeviceSyncs(db, person.token).then(setOutcome);
  }, [person.token, isOnline]);
  if (!overview) return null;
  const fetched = overview.devicesAsOf !== null;
  return (
    <section aria-labelledby="region-title">
      <h2 id="region-title">{t('region.title')}</h2>
      <p data-testid="region-as-of">
        {fetched
          ? t('region.asOf', { time: formatDateTime(overview.devicesAsOf ?? '') })
          : t('region.notFetched')}
      </p>
      {outcome === 'failed' && <p role="status">{t('region.fetchFailed')}</p>}
      <div class="region-scroll">
        <table class="region-table">
          <thead>
            <tr>
              <th scope="col">{t('region.centre')}</th>
              <th scope="col">{t('region.lastSync')}</th>
              <th scope="col">{t('region.unsent')}</th>
              <th scope="col">{t('region.version')}</th>
              <th scope="col">{t('region.organizations')}</th>
              <th scope="col">{t('region.drafts')}</th>
              <th scope="col">{t('region.overdue')}</th>
              <th scope="col">{t('region.trainings')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.rows.map((row) => (
              <CentreLine key={row.id} row={row} fetched={fetched} now={now} />
            ))}
          </tbody>
        </table>
      </div>
      <p class="note">{t('region.silentNote', { days: formatDays(SILENT_DAYS) })}</p>
    </section>
  );
}
