import { render } from 'preact';
import { App } from './app.tsx';
import { language } from './i18n/language.ts';
import { watchOnlineStatus } from './shell/online-status.ts';
import { watchSession } from './session/session-state.ts';
import { registerServiceWorker } from './sw/register-sw.ts';
import { startSync } from './sync/sync-status.ts';
import { hasUnsavedInput } from './store/input-journal.ts';
import { loadClockOffset } from './store/clock-offset.ts';
import { logError } from './log.ts';
import './styles.css';

document.documentElement.lang = language.value;
watchOnlineStatus();
watchSession();
/** Input typed but not saved when the page last closed is saved before any screen shows it. */
async function saveUnsavedInput(): Promise<void> {
  if (!hasUnsavedInput()) return;
  try {
    const { replayInputJournal } = await import('./store/replay-input-journal.ts');
    await replayInputJournal();
  } catch (error) {
    logError('unsaved input not replayed', error);
  }
}

void loadClockOffset();
void saveUnsavedInput().finally(() => {
  const root = document.getElementById('app');
  if (root) render(<App />, root);
});
registerServiceWorker();
// storage persistence is requested after sign-in (session/sign-in.ts)
startSync();
