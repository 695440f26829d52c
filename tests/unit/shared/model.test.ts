import { describe, expect, it } from 'vitest';
import { LEGAL_FORMS } from '../../../src/shared/model/common.ts';
import { budgetLineSchema, budgetTotals } from '../../../src/shared/model/initiatives.ts';
import { validateRecord } from '../../../src/shared/model/validate.ts';
import type { CollectionName } from '../../../src/shared/model/registry.ts';
import {
  beregChecklist,
  beregTigilya,
  charterMaterial,
  consultantComment,
  draftBudget,
  grantDraft,
  grantSeminar,
  lostSummaryConflict,
  registrationConsultation,
  registrationTemplateAno,
  tigilCentre,
  tosKovran,
  volunteerRegistration,
  without,
} from './fixtures.ts';

/** What the form would show next to the field: the message and where. */
function problem(collection: CollectionName, record: Record<string, unknown>) {
  const result = validateRecord(collection, record);
  return result.ok ? 'accepted' : { field: result.field, message: result.message };
}

describe('the records a centre keeps are accepted as written', () => {
  it.each([
    ['centres', tigilCentre()],
    ['checklistTemplates', registrationTemplateAno()],
    ['materials', charterMaterial()],
    ['trainings', grantSeminar()],
    ['organizations', beregTigilya()],
    ['organizations', tosKovran()],
    ['checklists', beregChecklist()],
    ['initiatives', grantDraft()],
    ['comments', consultantComment()],
    ['registrations', volunteerRegistration()],
    ['consultations', registrationConsultation()],
    ['conflicts', lostSummaryConflict()],
  ] as const)('%s: a realistic record passes', (collection, record) => {
    expect(problem(collection, record)).toBe('accepted');
  });
});

describe('organizations', () => {
  it('a librarian who forgets the name is told to give one, next to the name field', () => {
    expect(problem('organizations', without(beregTigilya(), 'name'))).toEqual({
      field: 'name',
      message: 'Укажите название организации или группы',
    });
  });

  it('a name of spaces only counts as no name', () => {
    expect(problem('organizations', { ...beregTigilya(), name: '   ' })).toEqual({
      field: 'name',
      message: 'Укажите название организации или группы',
    });
  });

  it('a missing settlement is reported in Russian', () => {
    expect(problem('organizations', without(tosKovran(), 'settlement'))).toEqual({
      field: 'settlement',
      message: 'Укажите населённый пункт',
    });
  });

  it('a commercial form such as an LLC is not one of the forms the centre helps with', () => {
    expect(problem('organizations', { ...beregTigilya(), legalForm: 'llc' })).toEqual({
      field: 'legalForm',
      message: 'Выберите форму организации',
    });
  });

  it.each(LEGAL_FORMS)('the form «%s» is accepted', (legalForm) => {
    expect(problem('organizations', { ...tosKovran(), legalForm })).toBe('accepted');
  });

  it('all six forms of DOMAIN.md are known, no more, no less', () => {
    expect([...LEGAL_FORMS].sort()).toEqual(
      ['ano', 'community', 'fund', 'informal', 'public', 'tos'].sort(),
    );
  });

  it.each(['informal', 'registering', 'registered'])('the status «%s» is accepted', (status) => {
    expect(problem('organizations', { ...beregTigilya(), status })).toBe('accepted');
  });

  it('an unknown status is refused', () => {
    expect(problem('organizations', { ...beregTigilya(), status: 'liquidated' })).toEqual({
      field: 'status',
      message: 'Выберите статус',
    });
  });

  it('an informal group cannot be marked as registered', () => {
    const group = { ...tosKovran(), legalForm: 'informal', status: 'registered' };
    expect(problem('organizations', group)).toEqual({
      field: 'status',
      message: 'Неформальная группа не может иметь статус «зарегистрирована»',
    });
    expect(problem('organizations', { ...group, status: 'informal' })).toBe('accepted');
  });

  it('an INN of the wrong length is caught before it reaches a grant application', () => {
    expect(problem('organizations', { ...beregTigilya(), inn: '82010045' })).toEqual({
      field: 'inn',
      message: 'ИНН организации — 10 цифр',
    });
  });

  it('a founding date written the Russian way is refused with the expected format', () => {
    expect(problem('organizations', { ...beregTigilya(), foundedOn: '16.05.2024' })).toEqual({
      field: 'foundedOn',
      message: 'Неверная дата (ожидается ГГГГ-ММ-ДД)',
    });
  });

  it('a date that does not exist in the calendar is refused', () => {
    expect(problem('organizations', { ...beregTigilya(), foundedOn: '2025-02-29' })).toMatchObject({
      field: 'foundedOn',
    });
    expect(problem('organizations', { ...beregTigilya(), foundedOn: '2024-02-29' })).toBe(
      'accepted',
    );
  });
});

describe('the grant budget, in kopecks', () => {
  const laptops = draftBudget()[0]!;

  it('two laptops at 45 000 ₽ make a line of 90 000 ₽', () => {
    expect(laptops).toMatchObject({ quantity: 2, unitPrice: 4_500_000, total: 9_000_000 });
    expect(budgetLineSchema.safeParse(laptops).success).toBe(true);
  });

  it('a line whose total does not equal quantity × price is refused at the total', () => {
    const result = budgetLineSchema.safeParse({ ...laptops, total: 4_500_000 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['total'],
      message: 'Итог строки должен равняться количеству, умноженному на цену',
    });
  });

  it('a fractional quantity (half a position) multiplies exactly', () => {
    const halfPosition = {
      category: 'salaries',
      item: 'Координатор проекта, 0,5 ставки',
      quantity: 0.5,
      unitPrice: 3_000_000,
      cofinancing: 0,
      total: 1_500_000,
    };
    expect(budgetLineSchema.safeParse(halfPosition).success).toBe(true);
  });

  it('cofinancing may cover the whole line but never more', () => {
    expect(budgetLineSchema.safeParse({ ...laptops, cofinancing: 9_000_000 }).success).toBe(true);
    const result = budgetLineSchema.safeParse({ ...laptops, cofinancing: 9_000_001 });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['cofinancing'],
      message: 'Софинансирование не может превышать итог строки',
    });
  });

  it('rubles with kopecks typed as a fraction are refused: money is whole kopecks', () => {
    const result = budgetLineSchema.safeParse({ ...laptops, unitPrice: 45_000.5, total: 90_001 });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['unitPrice'],
      message: 'Сумма — в копейках, целое число',
    });
  });

  it('a negative price is refused', () => {
    const result = budgetLineSchema.safeParse({ ...laptops, unitPrice: -100, total: -200 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(
      'Сумма не может быть отрицательной',
    );
  });

  it('a zero quantity is refused', () => {
    const result = budgetLineSchema.safeParse({ ...laptops, quantity: 0, total: 0 });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['quantity'],
      message: 'Количество должно быть больше нуля',
    });
  });

  it('an unknown category is refused', () => {
    const result = budgetLineSchema.safeParse({ ...laptops, category: 'alcohol' });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['category'],
      message: 'Выберите статью бюджета',
    });
  });

  it('the draft totals 341 000 ₽ of which 54 000 ₽ is the group’s own contribution', () => {
    expect(budgetTotals(draftBudget())).toEqual({ total: 34_100_000, cofinancing: 5_400_000 });
  });

  it('an empty budget totals zero', () => {
    expect(budgetTotals([])).toEqual({ total: 0, cofinancing: 0 });
  });

  it('a wrong line inside the draft is reported with its position', () => {
    const draft = grantDraft();
    draft.budget[2] = { ...draft.budget[2]!, total: 1 };
    expect(problem('initiatives', draft)).toEqual({
      field: 'budget.2.total',
      message: 'Итог строки должен равняться количеству, умноженному на цену',
    });
  });
});

describe('dates and times', () => {
  it('a seminar that ends before it starts is refused at its end', () => {
    const seminar = { ...grantSeminar(), endsAt: '2026-04-15T09:00:00.000+12:00' };
    expect(problem('trainings', seminar)).toEqual({
      field: 'endsAt',
      message: 'Окончание должно быть позже начала',
    });
  });

  it('a seminar that ends the moment it starts is refused', () => {
    const seminar = grantSeminar();
    expect(problem('trainings', { ...seminar, endsAt: seminar.startsAt })).toMatchObject({
      field: 'endsAt',
    });
  });

  it('Kamchatka time and UTC are compared as instants, not as text', () => {
    // 10:00 in Tigil (+12:00) is 22:00 UTC the day before; 23:00 UTC is an hour later.
    const webinar = {
      ...grantSeminar(),
      startsAt: '2026-04-15T10:00:00+12:00',
      endsAt: '2026-04-14T23:00:00Z',
    };
    expect(problem('trainings', webinar)).toBe('accepted');
    // 09:00 UTC is 21:00 in Tigil; an end at 18:00 Tigil time is three hours before the start.
    const backwards = {
      ...grantSeminar(),
      startsAt: '2026-04-15T09:00:00Z',
      endsAt: '2026-04-15T18:00:00+12:00',
    };
    expect(problem('trainings', backwards)).toMatchObject({ field: 'endsAt' });
  });

  it.each(['2026-04-15 10:00', '15.04.2026 10:00', '2026-04-15T25:00:00Z', 'завтра в 10'])(
    'a start time «%s» is not an ISO timestamp and is refused',
    (startsAt) => {
      expect(problem('trainings', { ...grantSeminar(), startsAt })).toEqual({
        field: 'startsAt',
        message: 'Неверная дата и время',
      });
    },
  );

  it('a calendar plan event that ends before it starts is refused at its end', () => {
    const draft = grantDraft();
    draft.calendarPlan[1] = { ...draft.calendarPlan[1]!, from: '2026-08-31', to: '2026-07-01' };
    expect(problem('initiatives', draft)).toEqual({
      field: 'calendarPlan.1.to',
      message: 'Окончание раньше начала',
    });
  });

  it('a one-day event (from = to) is fine', () => {
    expect(grantDraft().calendarPlan[0]).toMatchObject({ from: '2026-06-10', to: '2026-06-10' });
    expect(problem('initiatives', grantDraft())).toBe('accepted');
  });

  it('a project that ends before it starts is refused at the end date', () => {
    const draft = { ...grantDraft(), startDate: '2026-06-01', endDate: '2026-05-31' };
    expect(problem('initiatives', draft)).toEqual({
      field: 'endDate',
      message: 'Дата окончания проекта раньше даты начала',
    });
  });

  it('a draft with only a start date is still a valid draft', () => {
    expect(problem('initiatives', without(grantDraft(), 'endDate'))).toBe('accepted');
  });

  it('a draft without a title is refused with the Russian message', () => {
    expect(problem('initiatives', without(grantDraft(), 'title'))).toEqual({
      field: 'title',
      message: 'Укажите название проекта',
    });
  });
});

describe('registration consent under 152-ФЗ', () => {
  it('a minor cannot consent alone', () => {
    const teenager = {
      ...volunteerRegistration(),
      fullName: 'Ильин Артём',
      ageGroup: 'teen',
      minor: true,
    };
    expect(problem('registrations', teenager)).toEqual({
      field: 'consent.givenBy',
      message: 'За несовершеннолетнего согласие даёт родитель или законный представитель',
    });
  });

  it('a minor with a named parent who consented is registered', () => {
    const teenager = {
      ...volunteerRegistration(),
      ageGroup: 'teen',
      minor: true,
      consent: {
        ...volunteerRegistration().consent,
        givenBy: 'self_and_parent',
        parentName: 'Ильина Светлана Николаевна',
      },
    };
    expect(problem('registrations', teenager)).toBe('accepted');
  });

  it.each(['parent', 'self_and_parent'])(
    'when consent is given by «%s», the parent must be named',
    (givenBy) => {
      const registration = {
        ...volunteerRegistration(),
        ageGroup: 'child',
        minor: true,
        consent: { ...volunteerRegistration().consent, givenBy, parentName: '  ' },
      };
      expect(problem('registrations', registration)).toEqual({
        field: 'consent.parentName',
        message: 'Укажите ФИО родителя или законного представителя',
      });
    },
  );

  it('a registration without consent details is refused', () => {
    expect(problem('registrations', without(volunteerRegistration(), 'consent'))).toMatchObject({
      field: 'consent',
    });
  });

  it('a registration without a contact is refused with the Russian message', () => {
    const nothing = { ...without(volunteerRegistration(), 'phone'), contact: '' };
    expect(problem('registrations', nothing)).toEqual({
      field: 'contact',
      message: 'Укажите телефон или электронную почту',
    });
  });
});

describe('checklist templates', () => {
  it('two steps with the same key are refused: progress would be recorded on the wrong step', () => {
    const template = registrationTemplateAno();
    template.steps[2] = { ...template.steps[2]!, key: 'p11001' };
    expect(problem('checklistTemplates', template)).toEqual({
      field: 'steps',
      message: 'Ключи шагов не должны повторяться',
    });
  });

  it('a template with no steps is refused', () => {
    expect(problem('checklistTemplates', { ...registrationTemplateAno(), steps: [] })).toEqual({
      field: 'steps',
      message: 'В шаблоне должен быть хотя бы один шаг',
    });
  });

  it('a step key in Cyrillic is refused with a hint', () => {
    const template = registrationTemplateAno();
    template.steps[0] = { ...template.steps[0]!, key: 'решение' };
    expect(problem('checklistTemplates', template)).toEqual({
      field: 'steps.0.key',
      message: 'Ключ шага: латиница, цифры, «_» или «-»',
    });
  });
});

describe('other collections speak Russian too', () => {
  it('a consultation without a question', () => {
    expect(problem('consultations', without(registrationConsultation(), 'question'))).toEqual({
      field: 'question',
      message: 'Опишите вопрос',
    });
  });

  it('a seminar with no seats', () => {
    expect(problem('trainings', { ...grantSeminar(), capacity: 0 })).toEqual({
      field: 'capacity',
      message: 'Число мест должно быть больше нуля',
    });
  });

  it('an empty comment', () => {
    expect(problem('comments', { ...consultantComment(), body: ' ' })).toEqual({
      field: 'body',
      message: 'Комментарий пуст',
    });
  });

  it('a record id that is not a uuid', () => {
    expect(problem('organizations', { ...beregTigilya(), id: 'bereg-1' })).toEqual({
      field: 'id',
      message: 'Неверный идентификатор',
    });
  });
});
