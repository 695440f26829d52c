import { registrationPhone } from '../../src/shared/domain/phone.ts';

/** A stored record as the checks read it. */
export interface StoredRow {
  id: string;
  centre: string | null;
  data: Record<string, unknown>;
  clocks?: Record<string, string>;
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * Seats as the rules in DOMAIN.md give them, computed here on their own (not with
 * src/shared/domain/waitlist.ts): per training, those who attended keep a seat, active
 * registrations take the remaining seats in queue order (queueHlc, then id), the rest wait;
 * without a live training everyone is pending. A later registration with the same phone names
 * the earliest one in the same centre. A live training shows the counts.
 */
export function placementProblems(trainings: StoredRow[], registrations: StoredRow[]): string[] {
  const problems: string[] = [];
  const byTraining = new Map<string, StoredRow[]>();
  for (const r of registrations) {
    const trainingId = str(r.data.trainingId) ?? '';
    byTraining.set(trainingId, [...(byTraining.get(trainingId) ?? []), r]);
  }
  const trainingById = new Map(trainings.map((t) => [t.id, t]));
  for (const training of trainings)
    if (!byTraining.has(training.id)) byTraining.set(training.id, []);
  for (const [trainingId, regs] of byTraining) {
    const training = trainingById.get(trainingId);
    const live = training && training.data.deleted !== true ? training : undefined;
    const capacity = typeof live?.data.capacity === 'number' ? live.data.capacity : undefined;
    const queue = regs
      .filter((r) => r.data.deleted !== true)
      .sort((a, b) => {
        const qa = str(a.data.queueHlc) ?? '';
        const qb = str(b.data.queueHlc) ?? '';
        return qa < qb ? -1 : qa > qb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      });
    const expected = new Map<string, { placement?: string; duplicateOf?: string }>();
    let confirmed = 0;
    let waitlist = 0;
    const seated = [
      ...queue.filter((r) => r.data.status === 'attended'),
      ...queue.filter((r) => r.data.status === 'active'),
    ];
    for (const r of seated) {
      if (capacity === undefined) expected.set(r.id, { placement: 'pending' });
      else if (r.data.status === 'attended' || confirmed < capacity) {
        confirmed++;
        expected.set(r.id, { placement: 'confirmed' });
      } else {
        waitlist++;
        expected.set(r.id, { placement: 'waitlist' });
      }
    }
    const firstWithPhone = new Map<string, string>();
    for (const r of queue) {
      if (r.data.status === 'cancelled') continue;
      const held: { phone?: string; contact?: string } = {};
      const phoneText = str(r.data.phone);
      const contactText = str(r.data.contact);
      if (phoneText !== undefined) held.phone = phoneText;
      if (contactText !== undefined) held.contact = contactText;
      const phone = registrationPhone(held);
      if (phone === undefined) continue;
      // another centre's people are not this centre's business
      const key = `${r.centre ?? ''}/${phone}`;
      const first = firstWithPhone.get(key);
      if (first === undefined) firstWithPhone.set(key, r.id);
      else expected.set(r.id, { ...expected.get(r.id), duplicateOf: first });
    }
    for (const r of regs) {
      if (str(r.data.queueHlc) === undefined)
        problems.push(`registration ${r.id}: no queueHlc (training ${trainingId})`);
      const want = expected.get(r.id);
      if (want?.placement !== undefined && r.data.placement !== want.placement)
        problems.push(
          `registration ${r.id} (${String(r.data.status)}, queue ${String(r.data.queueHlc)}): placement ${String(r.data.placement)}, expected ${want.placement} (training ${trainingId}, ${capacity ?? 'no'} seats)`,
        );
      if (!['pending', 'confirmed', 'waitlist'].includes(String(r.data.placement)))
        problems.push(`registration ${r.id}: placement ${String(r.data.placement)}`);
      if (r.data.duplicateOf !== want?.duplicateOf)
        problems.push(
          `registration ${r.id}: duplicateOf ${String(r.data.duplicateOf)}, expected ${String(want?.duplicateOf)}`,
        );
    }
    if (live && (live.data.confirmedCount !== confirmed || live.data.waitlistCount !== waitlist))
      problems.push(
        `training ${trainingId}: shows ${String(live.data.confirmedCount)} confirmed / ${String(live.data.waitlistCount)} waiting, expected ${confirmed} / ${waitlist}`,
      );
  }
  return problems;
}
