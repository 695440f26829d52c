import { lazy } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/language.ts';
import { session } from '../../session/session-state.ts';
import { PersistenceNotice } from '../../shell/persistence-notice.tsx';
import { correctedNow } from '../../store/corrected-now.ts';
import { SignedInLine } from './signed-in-line.tsx';
import './home.css';

// both lists load after the shell (the first screen's JS budget); the region's table, with the
// zod schema of its server answer, only for the region
const StaffHome = lazy(() => import('./staff-home.tsx'));
const RegionOverview = lazy(() => import('./region-overview.tsx'));

/** Now by the server's clock, a minute at a time: deadlines and «N days ago» stay true. */
function useMinute(): number {
  const [now, setNow] = useState(correctedNow());
  useEffect(() => {
    const timer = setInterval(() => setNow(correctedNow()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function HomeScreen() {
  const person = session.value;
  const now = useMinute();
  return (
    <>
      <h1>{t('home.title')}</h1>
      {person && <SignedInLine person={person} />}
      <PersistenceNotice dismissible />
      {person?.role === 'regional' && <RegionOverview person={person} now={now} />}
      {person?.role === 'staff' && <StaffHome person={person} now={now} />}
    </>
  );
}
