import type { Training, TrainingKind, PlaceKind } from '../../../shared/model/trainings.ts';
import { fromKamchatkaInput, toKamchatkaInput } from './kamchatka-time.ts';

/** The editor's fields as typed; times are datetime-local values in Kamchatka time. */
export interface TrainingDraft {
  title: string;
  kind: TrainingKind | '';
  startsAt: string;
  endsAt: string;
  placeKind: PlaceKind;
  settlement: string;
  place: string;
  capacity: string;
  organizer: string;
  description: string;
  materialIds: string[];
  published: boolean;
}

export const EMPTY_TRAINING: TrainingDraft = {
  title: '',
  kind: '',
  startsAt: '',
  endsAt: '',
  placeKind: 'in_person',
  settlement: '',
  place: '',
  capacity: '',
  organizer: '',
  description: '',
  materialIds: [],
  published: true,
};

export function draftOf(training: Training): TrainingDraft {
  return {
    title: training.title,
    kind: training.kind,
    startsAt: toKamchatkaInput(training.startsAt),
    endsAt: toKamchatkaInput(training.endsAt),
    placeKind: training.placeKind ?? 'in_person',
    settlement: training.settlement ?? '',
    place: training.place,
    capacity: String(training.capacity),
    organizer: training.organizer ?? '',
    description: training.description ?? '',
    materialIds: training.materialIds ?? [],
    published: training.published,
  };
}

/** The record fields of a draft; an emptied optional text becomes null, which clears it. */
export function fieldsOf(draft: TrainingDraft): Record<string, unknown> {
  const optional = (text: string) => (text.trim() ? text.trim() : null);
  return {
    title: draft.title.trim(),
    kind: draft.kind,
    startsAt: fromKamchatkaInput(draft.startsAt),
    endsAt: fromKamchatkaInput(draft.endsAt),
    placeKind: draft.placeKind,
    settlement: optional(draft.settlement),
    place: draft.place.trim(),
    capacity: draft.capacity.trim() === '' ? '' : Number(draft.capacity),
    organizer: optional(draft.organizer),
    description: optional(draft.description),
    materialIds: draft.materialIds,
    published: draft.published,
  };
}

/** Only what changed, so a colleague's concurrent edit of another field survives the merge. */
export function changedFields(before: TrainingDraft, after: TrainingDraft) {
  const old = fieldsOf(before);
  return Object.fromEntries(
    Object.entries(fieldsOf(after)).filter(
      ([field, value]) => JSON.stringify(value) !== JSON.stringify(old[field]),
    ),
  );
}
