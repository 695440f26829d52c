import type { UnsupportedMessageKey } from './ru-unsupported.ts';

/** English for the page shown when this browser cannot run Sopka (spread into en.ts). */
export const enUnsupported: Record<UnsupportedMessageKey, string> = {
  'unsupported.oldBrowser.title': 'This browser is too old for Sopka',
  'unsupported.oldBrowser.what': 'Sopka runs in Chrome 109 or newer and Firefox 115 or newer.',
  'unsupported.oldBrowser.how':
    'Update the browser or open Sopka in another, newer browser on this computer. If it cannot be updated, ask the centre’s administrator.',
  'unsupported.noServiceWorker.title': 'In this window Sopka cannot work without the internet',
  'unsupported.noServiceWorker.what':
    'The browser does not let Sopka keep itself on this computer. This happens in a private window and when Sopka’s address is opened without https.',
  'unsupported.noServiceWorker.how':
    'Close this window and open Sopka in a normal browser window at an address that starts with https://. If that does not help, ask the centre’s administrator.',
  'unsupported.noStorage.title': 'The browser does not let Sopka store data',
  'unsupported.noStorage.what':
    'Without storage on this computer Sopka cannot save a single record.',
  'unsupported.noStorage.how':
    'Open Sopka in a normal, not private, window. If that does not help, allow cookies and site data for Sopka’s address in the browser’s settings, or ask the centre’s administrator.',
  'unsupported.retry': 'Check again',
};
