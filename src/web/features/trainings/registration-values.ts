import { normalizePhone } from '../../../shared/domain/phone.ts';
import type { AgeGroup } from '../../../shared/model/registrations.ts';
import type { MessageKey } from '../../i18n/ru.ts';

/** What the registration form holds: text as typed, nothing stored until it is sent. */
export interface PersonValues {
  fullName: string;
  phone: string;
  email: string;
  settlement: string;
  organization: string;
  ageGroup: AgeGroup | '';
  parentName: string;
  parentContact: string;
  /** Only asked on the public page for a regional training. */
  centreId: string;
}

export const EMPTY_PERSON: PersonValues = {
  fullName: '',
  phone: '',
  email: '',
  settlement: '',
  organization: '',
  ageGroup: '',
  parentName: '',
  parentContact: '',
  centreId: '',
};

export type PersonField = keyof PersonValues;
export interface FieldProblem {
  field: PersonField;
  message: MessageKey;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The first problem of the person step, in the order the fields are shown. */
export function personProblem(values: PersonValues, needsCentre: boolean): FieldProblem | null {
  if (!values.fullName.trim()) return { field: 'fullName', message: 'register.needName' };
  const phone = values.phone.trim();
  const email = values.email.trim();
  if (!phone && !email) return { field: 'phone', message: 'register.needContact' };
  if (phone && !normalizePhone(phone)) return { field: 'phone', message: 'register.badPhone' };
  if (email && !EMAIL.test(email)) return { field: 'email', message: 'register.badEmail' };
  if (needsCentre && !values.centreId) return { field: 'centreId', message: 'register.needCentre' };
  if (!values.ageGroup) return { field: 'ageGroup', message: 'register.needAge' };
  if (values.ageGroup !== 'adult' && !values.parentName.trim())
    return { field: 'parentName', message: 'register.needParent' };
  if (values.ageGroup !== 'adult' && !values.parentContact.trim())
    return { field: 'parentContact', message: 'register.needParentContact' };
  return null;
}

/** Who must tick the consent: the person, a parent, or both (14–17). */
export function consentGivers(ageGroup: AgeGroup | ''): ('self' | 'parent')[] {
  if (ageGroup === 'teen') return ['self', 'parent'];
  if (ageGroup === 'child') return ['parent'];
  return ['self'];
}

export const CONSENT_GIVEN_BY = {
  adult: 'self',
  teen: 'self_and_parent',
  child: 'parent',
} as const;

/** Trimmed non-empty optional values only: an empty field is not sent at all. */
export function filledText<K extends PersonField>(values: PersonValues, fields: readonly K[]) {
  const out: Partial<Record<K, string>> = {};
  for (const field of fields) {
    const value = values[field].trim();
    if (value) out[field] = value;
  }
  return out;
}
