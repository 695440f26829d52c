import { signal } from '@preact/signals';
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import { HomeScreen } from './features/home/home-screen.tsx';
import { kioskLock } from './features/kiosk/kiosk-lock.ts';
import { t } from './i18n/language.ts';
import { logError } from './log.ts';
import { LostStorageNotice } from './shell/lost-storage-notice.tsx';
import { Nav } from './shell/nav.tsx';
import { session } from './session/session-state.ts';
import { StatusStrip } from './shell/status-strip.tsx';
import { OfflineReadyNotice } from './sw/offline-ready-notice.tsx';
import { UpdateBanner } from './sw/update-banner.tsx';

// only the shell and the home screen load with the first screen; every other section is lazy
const OrganizationsScreen = lazy(() => import('./features/organizations/organizations-screen.tsx'));
const OrganizationCard = lazy(() => import('./features/organizations/organization-card.tsx'));
const FormHelperScreen = lazy(() => import('./features/organizations/form-helper-screen.tsx'));
const ChecklistScreen = lazy(() => import('./features/checklists/checklist-screen.tsx'));
const TemplatesScreen = lazy(() => import('./features/checklist-templates/template-editor.tsx'));
const SettingsScreen = lazy(() => import('./features/settings/settings-screen.tsx'));
const SyncScreen = lazy(() => import('./features/sync/sync-screen.tsx'));
const SignInScreen = lazy(() => import('./features/sign-in/sign-in-screen.tsx'));
const MaterialsScreen = lazy(() => import('./features/materials/materials-screen.tsx'));
const MaterialPage = lazy(() => import('./features/materials/material-page.tsx'));
const MaterialEditor = lazy(() => import('./features/materials/material-editor.tsx'));
const TrainingsScreen = lazy(() => import('./features/trainings/trainings-screen.tsx'));
const TrainingPage = lazy(() => import('./features/trainings/training-page.tsx'));
const TrainingEditor = lazy(() => import('./features/trainings/training-editor.tsx'));
const PublicTrainings = lazy(() => import('./features/trainings/public-trainings-screen.tsx'));
const KioskScreen = lazy(() => import('./features/kiosk/kiosk-screen.tsx'));
const InitiativesScreen = lazy(() => import('./features/initiatives/initiatives-screen.tsx'));
const InitiativeEditor = lazy(() => import('./features/initiatives/initiative-editor.tsx'));
const InitiativePrint = lazy(() => import('./features/initiatives/initiative-print.tsx'));
const ContestsScreen = lazy(() => import('./features/initiatives/contests-screen.tsx'));

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

/** Nobody signed in on this computer: every address leads to the sign-in screen. */
function Screens() {
  const current = session.value;
  if (current === undefined) return null;
  // a locked kiosk shows only registration, whatever the address
  if (kioskLock.value) return <KioskScreen />;
  if (current === null)
    return (
      <Router onRouteChange={onRouteChange}>
        <Route path="/sign-in" component={SignInScreen} />
        <Route path="/public/trainings" component={PublicTrainings} />
        <Route default component={SignInScreen} />
      </Router>
    );
  return (
    <Router onRouteChange={onRouteChange}>
      <Route path="/" component={HomeScreen} />
      <Route path="/organizations" component={OrganizationsScreen} />
      <Route path="/organizations/choose-form" component={FormHelperScreen} />
      <Route path="/organizations/:id" component={OrganizationCard} />
      <Route path="/checklists/:id" component={ChecklistScreen} />
      <Route path="/checklist-templates" component={TemplatesScreen} />
      <Route path="/initiatives" component={InitiativesScreen} />
      <Route path="/initiatives/contests" component={ContestsScreen} />
      <Route path="/initiatives/:id/print" component={InitiativePrint} />
      <Route path="/initiatives/:id" component={InitiativeEditor} />
      <Route path="/materials" component={MaterialsScreen} />
      <Route path="/materials/new" component={MaterialEditor} />
      <Route path="/materials/:id/edit" component={MaterialEditor} />
      <Route path="/materials/:id" component={MaterialPage} />
      <Route path="/trainings" component={TrainingsScreen} />
      <Route path="/trainings/new" component={TrainingEditor} />
      <Route path="/trainings/:id/edit" component={TrainingEditor} />
      <Route path="/trainings/:id" component={TrainingPage} />
      <Route path="/public/trainings" component={PublicTrainings} />
      <Route path="/sync" component={SyncScreen} />
      <Route path="/sign-in" component={SignInScreen} />
      <Route path="/settings" component={SettingsScreen} />
      <Route default component={HomeScreen} />
    </Router>
  );
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
        {session.value && !kioskLock.value && <Nav />}
      </header>
      {!kioskLock.value && <StatusStrip />}
      {!kioskLock.value && <UpdateBanner />}
      <OfflineReadyNotice />
      <LostStorageNotice />
      <main id="main" tabIndex={-1}>
        {routeFailed.value && <p role="alert">{t('shell.loadFailed')}</p>}
        <ErrorBoundary onError={reportRouteError}>
          <Screens />
        </ErrorBoundary>
      </main>
    </LocationProvider>
  );
}
