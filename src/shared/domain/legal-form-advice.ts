import type { LegalForm } from '../model/common.ts';

/** The answers of the «Какую форму выбрать?» helper. */
export interface FormQuestions {
  /** The group wants members who take part in running it. */
  wantsMembers: boolean;
  /** The founders belong to the indigenous small peoples and work on their traditional way of life. */
  indigenous: boolean;
  /** Residents organise around their own street, village or district. */
  territorial: boolean;
  /** How many founders are ready (adults). */
  founders: number;
  /** The main job is raising and granting money (needs a board of trustees). */
  raisesFunds: boolean;
}

export type AdviceReason =
  | 'indigenous'
  | 'territorial'
  | 'members'
  | 'members_too_few'
  | 'indigenous_too_few'
  | 'fund'
  | 'ano';

export interface FormAdvice {
  form: LegalForm;
  reason: AdviceReason;
}

/**
 * A suggested form with its reason (DOMAIN.md): община КМНС needs 3+ indigenous founders,
 * ТОС is residents of a territory, общественная организация needs 3+ founders and has members,
 * фонд raises money, otherwise АНО (one founder is enough, no members).
 */
export function adviseLegalForm(answers: FormQuestions): FormAdvice {
  if (answers.indigenous)
    return answers.founders >= 3
      ? { form: 'community', reason: 'indigenous' }
      : { form: 'informal', reason: 'indigenous_too_few' };
  if (answers.territorial) return { form: 'tos', reason: 'territorial' };
  if (answers.wantsMembers)
    return answers.founders >= 3
      ? { form: 'public', reason: 'members' }
      : { form: 'informal', reason: 'members_too_few' };
  if (answers.raisesFunds) return { form: 'fund', reason: 'fund' };
  return { form: 'ano', reason: 'ano' };
}
