import type { Placement, RegistrationStatus } from '../model/registrations.ts';
import { registrationPhone } from './phone.ts';

/** What placement needs to know about a registration. */
export interface QueuedRegistration {
  id: string;
  /** Duplicates are looked for within one centre: another centre's people are not its business. */
  centreId: string | null;
  /** When it was registered: the HLC of the mutation that created it (fixed-width, sortable). */
  queueHlc: string;
  status: RegistrationStatus;
  deleted?: boolean;
  phone?: string;
  contact?: string;
}

export interface SeatDecision {
  placement: Placement;
  /** The earlier registration with the same phone, when this one repeats it. */
  duplicateOf: string | undefined;
}

/** Earlier registration first; the id breaks a tie, so every replica orders them alike. */
export function byQueue(a: QueuedRegistration, b: QueuedRegistration): number {
  if (a.queueHlc !== b.queueHlc) return a.queueHlc < b.queueHlc ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The same phone for the same training in the same centre: each later registration names the
 * earliest one. Flagged, not merged: both stay, and a person decides. Cancelled ones repeat
 * nothing. Across centres nothing is flagged: that would tell one centre about another's people.
 */
export function findDuplicates(registrations: readonly QueuedRegistration[]): Map<string, string> {
  const first = new Map<string, string>();
  const duplicates = new Map<string, string>();
  for (const r of [...registrations].sort(byQueue)) {
    if (r.deleted || r.status === 'cancelled') continue;
    const phone = registrationPhone(r);
    if (phone === undefined) continue;
    const key = `${r.centreId ?? ''}/${phone}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, r.id);
    else duplicates.set(r.id, earlier);
  }
  return duplicates;
}

export interface SeatPlan {
  decisions: Map<string, SeatDecision>;
  /** Seats taken (attended included) and people waiting, as a training page shows them. */
  confirmed: number;
  waitlist: number;
}

/**
 * Who sits and who waits, in order of registration time, whatever order the registrations
 * reached the server in. Those who attended keep their seat; the active ones fill the rest by
 * HLC; the others wait. Cancelled ones keep what they had but hold no seat. Without a known
 * capacity (training not here, or deleted) everyone is pending.
 */
export function placeRegistrations(
  capacity: number | undefined,
  registrations: readonly QueuedRegistration[],
  previous: ReadonlyMap<string, Placement | undefined> = new Map(),
): SeatPlan {
  const duplicates = findDuplicates(registrations);
  const decisions = new Map<string, SeatDecision>();
  const decide = (r: QueuedRegistration, placement: Placement) =>
    decisions.set(r.id, { placement, duplicateOf: duplicates.get(r.id) });
  const live = registrations.filter((r) => !r.deleted);
  const attended = live.filter((r) => r.status === 'attended');
  const active = live.filter((r) => r.status === 'active').sort(byQueue);
  let confirmed = 0;
  let waitlist = 0;
  for (const r of [...attended, ...active]) {
    if (capacity === undefined) decide(r, 'pending');
    else if (r.status === 'attended' || confirmed < capacity) {
      confirmed++;
      decide(r, 'confirmed');
    } else {
      waitlist++;
      decide(r, 'waitlist');
    }
  }
  for (const r of registrations)
    if (!decisions.has(r.id)) decide(r, previous.get(r.id) ?? 'pending');
  return { decisions, confirmed, waitlist };
}
