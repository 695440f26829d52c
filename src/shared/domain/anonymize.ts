import { PERSONAL_FIELDS, type Registration } from '../model/registrations.ts';

/**
 * The patch that deletes a person's data on request (152-ФЗ): every personal field cleared,
 * the parent's details dropped from the consent record, the registration kept as an anonymous
 * count (training, age group, status). What was agreed to, when and on which device stays.
 */
export function anonymizationPatch(registration: Registration): Record<string, unknown> {
  const { parentName: _name, parentContact: _contact, ...consent } = registration.consent;
  const patch: Record<string, unknown> = { anonymized: true, consent };
  for (const field of PERSONAL_FIELDS) patch[field] = null;
  return patch;
}

/** The record with the personal fields removed, as the server keeps it once anonymized. */
export function withoutPersonalData<T extends Record<string, unknown>>(data: T): T {
  const copy: Record<string, unknown> = { ...data };
  for (const field of PERSONAL_FIELDS) delete copy[field];
  const consent = copy.consent;
  if (consent && typeof consent === 'object') {
    const {
      parentName: _name,
      parentContact: _contact,
      ...rest
    } = consent as Record<string, unknown>;
    copy.consent = rest;
  }
  return copy as T;
}
