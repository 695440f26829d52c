import { signal } from '@preact/signals';
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import { HomeScreen } from './features/home/home-screen.tsx';
import { t } from './i18n/language.ts';
import { logError } from './log.ts';
import { Nav } from './shell/nav.tsx';
import { StatusStrip } from './shell/status-strip.tsx';
import { OfflineReadyNotice } from './sw/offline-ready-notice.tsx';
import { UpdateBanner } from './sw/update-banner.tsx';

// only the shell and the home screen load with the first screen; every other section is lazy
const OrganizationsScreen = lazy(() => import('./features/organizations/organizations-screen.tsx'));
const SettingsScreen = lazy(() => import('./features/settings/settings-screen.tsx'));
const ComingSoonScreen = lazy(() => import('./features/coming-soon/coming-soon-screen.tsx'));

/** Set when a section fails to load (e.g. a chunk missing from an old cache); cleared on navigation. */
const routeFailed = signal(false);

function reportRouteError(error: Error) {
  routeFailed.value = true;
  logError('route', error);
}

/** After a route change, move focus to the new screen so keyboard and reader users follow. */
function onRouteChange() {
  routeFailed.value = false;
  document.getElementById('main')?.focus();
}

export function App() {
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header class="app-header">
        <p class="app-title">
          <span class="app-name">{t('app.name')}</span>
          <span class="app-tagline">{t('app.tagline')}</span>
        </p>
        <Nav />
      </header>
      <StatusStrip />
      <UpdateBanner />
      <OfflineReadyNotice />
      <main id="main" tabIndex={-1}>
        {routeFailed.value && <p role="alert">{t('shell.loadFailed')}</p>}
        <ErrorBoundary onError={reportRouteError}>
          <Router onRouteChange={onRouteChange}>
            <Route path="/" component={HomeScreen} />
            <Route path="/organizations" component={OrganizationsScreen} />
            <Route path="/initiatives" component={ComingSoonScreen} title="nav.initiatives" />
            <Route path="/materials" component={ComingSoonScreen} title="nav.materials" />
            <Route path="/trainings" component={ComingSoonScreen} title="nav.trainings" />
            <Route path="/sync" component={ComingSoonScreen} title="nav.sync" />
            <Route path="/settings" component={SettingsScreen} />
            <Route default component={HomeScreen} />
          </Router>
        </ErrorBoundary>
      </main>
    </LocationProvider>
  );
}
