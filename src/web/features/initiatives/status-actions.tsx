import { useState } from 'preact/hooks';
import { nextStatuses } from '../../../shared/domain/initiative-status.ts';
import type { Initiative, InitiativeStatus } from '../../../shared/model/initiatives.ts';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { session } from '../../session/session-state.ts';
import { statusLabel } from './initiative-labels.ts';
import { moveStatus } from './save-version.ts';

const ACTION: Record<InitiativeStatus, MessageKey> = {
  draft: 'initiatives.submit',
  submitted: 'initiatives.submit',
  needs_changes: 'initiatives.returnWithNotes',
  revised: 'initiatives.resubmit',
  ready: 'initiatives.markReady',
};

/** The status and the moves this person may make; works offline, goes with the next sync. */
export function StatusActions({ initiative }: { initiative: Initiative }) {
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const role = session.value?.role ?? 'staff';
  const move = async (status: InitiativeStatus) => {
    const result = await moveStatus(initiative, status);
    setMessage(
      result.ok
        ? { text: t('initiatives.statusSaved', { status: t(statusLabel(status)) }), failed: false }
        : { text: t('initiatives.notSaved', { message: result.message }), failed: true },
    );
  };
  return (
    <div class="status-actions">
      <p data-testid="initiative-status">
        {t('initiatives.status', { status: t(statusLabel(initiative.status)) })}
      </p>
      {initiative.statusChangedByName && (
        <p class="note" data-testid="initiative-status-by">
          {t('initiatives.statusChangedBy', { name: initiative.statusChangedByName })}
        </p>
      )}
      {nextStatuses(role, initiative.status).map((status) => (
        <button key={status} type="button" onClick={() => void move(status)}>
          {t(ACTION[status])}
        </button>
      ))}
      <p role={message?.failed ? 'alert' : 'status'} class={message?.failed ? 'form-error' : ''}>
        {message?.text}
      </p>
    </div>
  );
}
