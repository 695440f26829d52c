import { CONSENT_VERSION } from '../../../shared/domain/consent-text.ts';
import { findDuplicates } from '../../../shared/domain/waitlist.ts';
import type { Registration } from '../../../shared/model/registrations.ts';
import type { Training } from '../../../shared/model/trainings.ts';
import { db } from '../../store/db.ts';
import { ensureClientId } from '../../store/meta.ts';
import { mutate } from '../../store/mutate.ts';
import { CONSENT_GIVEN_BY, filledText, type PersonValues } from './registration-values.ts';
import type { RegistrationOutcome } from './registration-form.tsx';
import { correctedIso } from '../../store/corrected-now.ts';

/** Registrations of a training as the waitlist rules read them: local ones queue by createdAt. */
export function queueOf(registrations: readonly Registration[]) {
  return registrations.map((r) => ({
    id: r.id,
    centreId: r.centreId,
    queueHlc: r.queueHlc ?? r.createdAt,
    status: r.status,
    ...(r.deleted ? { deleted: true } : {}),
    ...(r.phone ? { phone: r.phone } : {}),
    ...(r.contact ? { contact: r.contact } : {}),
  }));
}

/**
 * A registration made on this computer (staff or kiosk): written through mutate, pending until
 * the server places it. A repeated phone is flagged at once from what this computer holds.
 */
export async function saveRegistration(
  training: Training,
  values: PersonValues,
  source: 'staff' | 'kiosk',
): Promise<RegistrationOutcome> {
  const session = await db.session.get('current');
  const centreId = training.centreId ?? session?.centreId ?? null;
  if (!centreId || values.ageGroup === '') return { ok: false, message: 'register.noCentre' };
  const deviceId = await db.transaction('rw', db.meta, () => ensureClientId(db));
  const minor = values.ageGroup !== 'adult';
  const consent = {
    textVersion: CONSENT_VERSION,
    givenAt: correctedIso(), // the consent's time must be the real one, whatever the PC's clock
    givenBy: CONSENT_GIVEN_BY[values.ageGroup],
    deviceId,
    ...(minor ? filledText(values, ['parentName', 'parentContact']) : {}),
  };
  const id = crypto.randomUUID();
  const result = await mutate('registrations', id, {
    centreId,
    trainingId: training.id,
    fullName: values.fullName.trim(),
    ...filledText(values, ['phone', 'email', 'settlement', 'organization']),
    ageGroup: values.ageGroup,
    minor,
    consent,
    source,
    status: 'active',
  });
  if (!result.ok) return { ok: false, message: 'register.failed', detail: result.message };
  const held = await db.records('registrations').where('trainingId').equals(training.id).toArray();
  return { ok: true, placement: 'pending', duplicate: findDuplicates(queueOf(held)).has(id) };
}
