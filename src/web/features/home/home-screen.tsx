import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { outboxCount } from '../../store/outbox-count.ts';
import { useLiveQuery, useObservable } from '../../store/use-live-query.ts';

export function HomeScreen() {
  const organizations = useLiveQuery(() => db.records('organizations').count(), 0);
  const waiting = useObservable(outboxCount, 0);
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.welcome')}</p>
      <h2>{t('home.onThisComputer')}</h2>
      <ul>
        <li>
          <a href="/organizations">{t('home.organizations', { count: organizations })}</a>
        </li>
        <li>{t('home.outbox', { count: waiting })}</li>
      </ul>
    </>
  );
}
