import type { TrainingKind } from '../../../shared/model/trainings.ts';
import type {
  AgeGroup,
  Placement,
  RegistrationStatus,
} from '../../../shared/model/registrations.ts';
import type { MessageKey } from '../../i18n/ru.ts';

export const kindLabel: Record<TrainingKind, MessageKey> = {
  seminar: 'trainingKind.seminar',
  training: 'trainingKind.training',
  master_class: 'trainingKind.master_class',
  round_table: 'trainingKind.round_table',
  meeting: 'trainingKind.meeting',
  webinar: 'trainingKind.webinar',
};

/** A registration's place as the person sees it; no placement yet means not synced yet. */
export const placementLabel: Record<Placement, MessageKey> = {
  pending: 'placement.pending',
  confirmed: 'placement.confirmed',
  waitlist: 'placement.waitlist',
};

export const statusLabel: Record<RegistrationStatus, MessageKey> = {
  active: 'registrationStatus.active',
  cancelled: 'registrationStatus.cancelled',
  attended: 'registrationStatus.attended',
};

export const ageGroupLabel: Record<AgeGroup, MessageKey> = {
  adult: 'ageGroup.adult',
  teen: 'ageGroup.teen',
  child: 'ageGroup.child',
};
