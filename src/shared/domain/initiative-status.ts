import type { Role } from '../model/common.ts';
import type { InitiativeStatus } from '../model/initiatives.ts';

/**
 * The review path: черновик → отправлен на консультацию → есть замечания → доработан → готов.
 * The group sends (and re-sends after notes); the regional consultant returns it or accepts it.
 */
const TRANSITIONS: Record<Role, Partial<Record<InitiativeStatus, readonly InitiativeStatus[]>>> = {
  staff: { draft: ['submitted'], needs_changes: ['revised'] },
  regional: { submitted: ['needs_changes', 'ready'], revised: ['needs_changes', 'ready'] },
};

/** The statuses a person in `role` may move the initiative to from `status`. */
export function nextStatuses(role: Role, status: InitiativeStatus): readonly InitiativeStatus[] {
  return TRANSITIONS[role][status] ?? [];
}

/** Drafts the regional consultant sees: whatever has been sent at least once. */
export function isSentForReview(status: InitiativeStatus): boolean {
  return status !== 'draft';
}
