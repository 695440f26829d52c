import { formatHlc, parseHlc } from '../../shared/sync/hlc.ts';
import type { User } from '../auth/users.ts';
import type { StoredRecord } from './record-rows.ts';

export const FOREIGN_TRAINING =
  'Записать можно только на мероприятия своего центра и на общие мероприятия регионального центра';

/** Staff register people for their own centre's trainings and the regional (global) ones. */
export function isForeignTraining(user: User, training: StoredRecord | undefined): boolean {
  return (
    user.role === 'staff' &&
    training !== undefined &&
    training.centreId !== null &&
    training.centreId !== user.centreId
  );
}

/**
 * Where a new registration queues: the clock of the mutation that made it, if that clock is
 * believable. A PC that knew the training has observed its creation clock, so a clock before
 * it (set to 1970, say) is made up, and one past the server's now has not happened yet: both
 * queue at the server's now. A training not here yet bounds nothing.
 */
export function queuePosition(
  hlc: string,
  training: StoredRecord | undefined,
  serverTime: number,
): string {
  const clock = parseHlc(hlc);
  const created = training?.clocks.createdAt ?? training?.clocks.id;
  const beforeTraining = created !== undefined && hlc < created;
  if (!beforeTraining && clock.wallMs <= serverTime) return hlc;
  return formatHlc({ ...clock, wallMs: serverTime, counter: 0 });
}
