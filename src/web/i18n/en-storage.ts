import type { StorageMessageKey } from './ru-storage.ts';

/** English strings for unsent files and storage safety (spread into en.ts). */
export const enStorage: Record<StorageMessageKey, string> = {
  'status.outboxWithFiles': 'Waiting to be sent: {changes}, {files}',
  'count.changes.one': '{count} change',
  'count.changes.few': '{count} changes',
  'count.changes.many': '{count} changes',
  'count.files.one': '{count} file',
  'count.files.few': '{count} files',
  'count.files.many': '{count} files',
  'status.uploadProgress': 'Sending files: {sent} of {total}',
  'storage.lostTitle': "The browser removed Sopka's data from this computer",
  'storage.lostUnsent':
    'Unsent work was lost with it: {count}. The last write on this computer was {when}. What was sent before is kept at the regional centre and returns after you sign in and sync; the unsent work has to be entered again.',
  'storage.lostNothing':
    'Nothing was waiting to be sent (last write {when}): after signing in and syncing everything returns from the regional centre.',
  'storage.lostDismiss': 'Understood',
  'storage.notPersistedTitle': "The browser may remove this computer's data",
  'storage.notPersistedHow':
    'The browser has not promised to keep Sopka\'s data: when space runs low it may remove it, unsent changes included. To prevent that, install Sopka as an app (in Chrome, the "Install" icon in the address bar; browsers keep installed apps) or allow the site to keep data in the browser settings, then press "Ask the browser to keep the data".',
  'storage.notPersistedSettings': 'More in Settings',
  'storage.notPersistedDismiss': 'Hide',
  'draft.restored':
    'This is what you entered last time but did not save. Check it and press "Save".',
  'draft.discard': 'Discard these changes',
  'settings.materialBudgetTitle': 'Material files',
  'settings.materialBudget': 'Download at most this much per sync, MB',
  'settings.materialBudgetHint':
    'New material files are downloaded after the records, small and new ones first. 0 — do not download automatically.',
  'settings.materialBudgetSaved': 'Saved: up to {size} per sync.',
};
