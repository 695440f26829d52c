import { render } from 'preact';
import { App } from './app.tsx';
import { language } from './i18n/language.ts';
import { watchOnlineStatus } from './shell/online-status.ts';
import { watchSession } from './session/session-state.ts';
import { registerServiceWorker } from './sw/register-sw.ts';
import { startSync } from './sync/sync-status.ts';
import './styles.css';

document.documentElement.lang = language.value;
watchOnlineStatus();
watchSession();
const root = document.getElementById('app');
if (root) render(<App />, root);
registerServiceWorker();
// storage persistence is requested after sign-in (session/sign-in.ts)
startSync();
