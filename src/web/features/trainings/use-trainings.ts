import type { Registration } from '../../../shared/model/registrations.ts';
import type { Training } from '../../../shared/model/trainings.ts';
import { db } from '../../store/db.ts';
import { META, readMeta } from '../../store/meta.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { correctedNow } from '../../store/corrected-now.ts';

/** Every training on this computer (undefined while loading), soonest first. */
export function useTrainings(): Training[] | undefined {
  return useLiveQuery<Training[] | undefined>(
    async () =>
      (await db.records('trainings').orderBy('startsAt').toArray()).filter((t) => !t.deleted),
    undefined,
  );
}

export const isUpcoming = (training: Training, now = correctedNow()) =>
  Date.parse(training.endsAt) > now;

export function useTraining(id: string): Training | null | undefined {
  return useLiveQuery<Training | null | undefined>(
    async () => (await db.records('trainings').get(id)) ?? null,
    undefined,
    [id],
  );
}

export function useRegistrations(trainingId: string): Registration[] {
  return useLiveQuery<Registration[]>(
    async () =>
      (await db.records('registrations').where('trainingId').equals(trainingId).toArray()).filter(
        (r) => !r.deleted,
      ),
    [],
    [trainingId],
  );
}

/** When this computer last finished a sync: the moment the seat counts are «as of». */
export function useLastSyncAt(): string | null {
  return useLiveQuery<string | null>(
    async () => (await readMeta<string>(db, META.lastSyncAt)) ?? null,
    null,
  );
}
