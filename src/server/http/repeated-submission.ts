import { registrationPhone } from '../../shared/domain/phone.ts';
import type { PublicRegistrationRequest } from '../../shared/model/public-registration.ts';
import type { RecordData } from '../../shared/sync/merge.ts';

const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('ru') : '';

/**
 * The same person sent the same form again (a double click, a retry on a bad link): same name,
 * age group, phone and e-mail as a live registration of the same training and centre.
 */
export function repeatsSubmission(held: RecordData, body: PublicRegistrationRequest): boolean {
  if (held.deleted === true || held.anonymized === true || held.status === 'cancelled')
    return false;
  const heldPhone = registrationPhone({
    ...(typeof held.phone === 'string' ? { phone: held.phone } : {}),
    ...(typeof held.contact === 'string' ? { contact: held.contact } : {}),
  });
  return (
    text(held.fullName) === text(body.fullName) &&
    held.ageGroup === body.ageGroup &&
    heldPhone === registrationPhone(body.phone ? { phone: body.phone } : {}) &&
    text(held.email) === text(body.email)
  );
}
