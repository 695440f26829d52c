import { render } from 'preact';
import { App } from './app.tsx';
import { language } from './i18n/language.ts';
import { watchOnlineStatus } from './shell/online-status.ts';
import { requestPersistence } from './store/storage-persistence.ts';
import { registerServiceWorker } from './sw/register-sw.ts';
import './styles.css';

document.documentElement.lang = language.value;
watchOnlineStatus();
const root = document.getElementById('app');
if (root) render(<App />, root);
registerServiceWorker();
// TODO(sign-in): request after sign-in instead, as DESIGN.md says; until then, at startup
void requestPersistence();
