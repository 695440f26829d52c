import { contentOf } from '../../../shared/domain/initiative-restore.ts';
import type { Initiative, InitiativeStatus } from '../../../shared/model/initiatives.ts';
import type { VERSION_REASONS } from '../../../shared/model/initiative-versions.ts';
import { db } from '../../store/db.ts';
import { mutate, type MutateResult } from '../../store/mutate.ts';

type Reason = (typeof VERSION_REASONS)[number];

/** A snapshot of the initiative as it is now and why; the server names who took it. */
export function saveVersion(
  initiative: Initiative,
  reason: Reason,
): Promise<MutateResult<'initiativeVersions'>> {
  return mutate('initiativeVersions', crypto.randomUUID(), {
    centreId: initiative.centreId,
    initiativeId: initiative.id,
    reason,
    content: contentOf(initiative),
  });
}

/** A status move; sending for consultation also keeps a version, in the same transaction. */
export function moveStatus(
  initiative: Initiative,
  status: InitiativeStatus,
): Promise<MutateResult<'initiatives'>> {
  const sent = status === 'submitted' || status === 'revised';
  const tables = ['initiatives', 'initiativeVersions', 'clocks', 'outbox', 'meta'];
  return db.transaction('rw', tables, async () => {
    if (sent) {
      const version = await saveVersion(initiative, 'submit');
      if (!version.ok) return version;
    }
    return mutate('initiatives', initiative.id, { status });
  });
}
