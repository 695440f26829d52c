import { useState } from 'preact/hooks';
import { t } from '../i18n/language.ts';
import { requestSync, syncActivity } from '../sync/sync-status.ts';
import { online } from './online-status.ts';

interface Props {
  class?: string;
  /** The button itself says it is syncing while a sync runs (where no progress bar does). */
  saysBusy?: boolean;
}

/**
 * The sync-now button, with its answer beside it: pressed with no link, it says at once that
 * nothing is lost and that the changes go when the link returns.
 */
export function SyncNowButton({ class: className, saysBusy = false }: Props) {
  const [pressedOffline, setPressedOffline] = useState(false);
  const busy = !!syncActivity.value;
  const offline = !online.value;
  const press = () => {
    setPressedOffline(offline);
    if (!offline) requestSync();
  };
  return (
    <>
      <button type="button" class={className} disabled={busy} onClick={press}>
        {busy && saysBusy ? t('status.syncing') : t('sync.now')}
      </button>
      {/* role=status: a screen reader hears the answer where the person pressed */}
      <span role="status" class="sync-now-answer">
        {pressedOffline && offline ? t('sync.offlineKept') : ''}
      </span>
    </>
  );
}
