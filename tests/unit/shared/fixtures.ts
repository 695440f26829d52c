/**
 * Realistic records from the Tigil district: the centre in the Tigil library, АНО «Берег Тигиля»,
 * the initiative group of ТОС «Ковран», their grant draft, a seminar and a volunteer's registration.
 * Each builder returns a fresh object so a test can change it freely.
 */
import type { Centre } from '../../../src/shared/model/centres.ts';
import type { ChecklistTemplate } from '../../../src/shared/model/checklist-templates.ts';
import type { Checklist } from '../../../src/shared/model/checklists.ts';
import type { Comment } from '../../../src/shared/model/comments.ts';
import type { Conflict } from '../../../src/shared/model/conflicts.ts';
import type { Consultation } from '../../../src/shared/model/consultations.ts';
import type { BudgetLine, Initiative } from '../../../src/shared/model/initiatives.ts';
import type { Material } from '../../../src/shared/model/materials.ts';
import type { Organization } from '../../../src/shared/model/organizations.ts';
import type { Registration } from '../../../src/shared/model/registrations.ts';
import type { Training } from '../../../src/shared/model/trainings.ts';

export const ids = {
  centreTigil: '6f1c2a3b-4d5e-4f60-8a71-b2c3d4e5f601',
  centrePalana: '6f1c2a3b-4d5e-4f60-8a71-b2c3d4e5f602',
  beregTigilya: '0b7e9c1d-2f3a-4b5c-9d6e-7f8091a2b301',
  tosKovran: '0b7e9c1d-2f3a-4b5c-9d6e-7f8091a2b302',
  templateAno: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c01',
  materialCharter: '2b3c4d5e-6f70-4b8c-9dae-1f2a3b4c5d01',
  seminar: '3c4d5e6f-7081-4c9d-aebf-2a3b4c5d6e01',
  checklistBereg: '4d5e6f70-8192-4dae-bfc0-3b4c5d6e7f01',
  grantDraft: '5e6f7081-92a3-4ebf-80d1-4c5d6e7f8091',
  comment: '6f708192-a3b4-4fc0-91e2-5d6e7f8091a2',
  consultantUser: '708192a3-b4c5-4d01-a2f3-6e7f8091a2b3',
  registration: '8192a3b4-c5d6-4e12-b304-7f8091a2b3c4',
  consultation: '92a3b4c5-d6e7-4f23-8415-8091a2b3c4d5',
  conflict: 'a3b4c5d6-e7f8-4034-9526-91a2b3c4d5e6',
} as const;

const created = '2026-03-02T09:15:00.000+12:00';
const updated = '2026-03-10T16:40:00.000+12:00';

const centreScoped = (id: string) => ({
  id,
  centreId: ids.centreTigil,
  createdAt: created,
  updatedAt: updated,
});
const global = (id: string) => ({ id, centreId: null, createdAt: created, updatedAt: updated });

export function tigilCentre(): Centre {
  return {
    ...global(ids.centreTigil),
    name: 'Консультационный центр при Тигильской центральной библиотеке',
    settlement: 'Тигиль',
    district: 'Тигильский муниципальный район',
    address: 'с. Тигиль, ул. Партизанская, 17',
    phone: '+7 (41537) 2-11-38',
    active: true,
  };
}

export function beregTigilya(): Organization {
  return {
    ...centreScoped(ids.beregTigilya),
    name: 'АНО «Берег Тигиля»',
    legalForm: 'ano',
    status: 'registered',
    settlement: 'Тигиль',
    contactPerson: 'Кечгелхут Анна Ивановна',
    phone: '+7 914 780-12-34',
    email: 'bereg.tigil@mail.ru',
    inn: '8201004512',
    ogrn: '1234100001234',
    foundedOn: '2024-05-16',
    foundersCount: 2,
  };
}

export function tosKovran(): Organization {
  return {
    ...centreScoped(ids.tosKovran),
    name: 'ТОС «Ковран»',
    legalForm: 'tos',
    status: 'registering',
    settlement: 'Ковран',
    contactPerson: 'Заева Мария Петровна',
    foundersCount: 14,
    notes: 'Устав принят на собрании жителей 12.02.2026, ждём регистрации в администрации.',
  };
}

export function registrationTemplateAno(): ChecklistTemplate {
  return {
    ...global(ids.templateAno),
    legalForm: 'ano',
    title: 'Регистрация автономной некоммерческой организации',
    version: 3,
    published: true,
    steps: [
      {
        key: 'decision',
        title: 'Решение о создании и утверждение устава',
        documents: ['Решение учредителя (2 экз.)'],
        materialIds: [ids.materialCharter],
      },
      {
        key: 'p11001',
        title: 'Заявление по форме Р11001',
        documents: ['Заявление Р11001'],
        deadlineDays: 90,
        materialIds: [],
      },
      {
        key: 'state_fee',
        title: 'Оплата государственной пошлины',
        description: 'При подаче через Госуслуги пошлина не взимается.',
        documents: ['Квитанция об оплате'],
        materialIds: [],
        verify: true,
      },
    ],
  };
}

export function charterMaterial(): Material {
  return {
    ...global(ids.materialCharter),
    title: 'Устав АНО: что обязательно написать',
    category: 'charter',
    summary: 'Разбор обязательных разделов устава по 7-ФЗ.',
    body: '## Цели и предмет деятельности\n\nУкажите цели, ради которых создаётся организация…',
    tags: ['устав', 'АНО'],
    attachments: [
      {
        sha256: 'a'.repeat(64),
        name: 'Образец устава АНО.docx',
        size: 48_213,
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
    ],
    published: true,
  };
}

/** A seminar in Tigil: Kamchatka time, UTC+12. */
export function grantSeminar(): Training {
  return {
    ...centreScoped(ids.seminar),
    title: 'Семинар «Как написать заявку на президентский грант»',
    kind: 'seminar',
    description: 'Разбираем заявки прошлых лет, бюджет и календарный план.',
    startsAt: '2026-04-15T10:00:00.000+12:00',
    endsAt: '2026-04-15T16:00:00.000+12:00',
    placeKind: 'in_person',
    settlement: 'с. Тигиль',
    place: 'Тигильская центральная библиотека, читальный зал',
    capacity: 20,
    organizer: 'Консультационный центр при Тигильской библиотеке',
    published: true,
  };
}

export function beregChecklist(): Checklist {
  return {
    ...centreScoped(ids.checklistBereg),
    organizationId: ids.beregTigilya,
    templateId: ids.templateAno,
    templateVersion: 3,
    steps: {
      decision: { state: 'done', date: '2024-03-28', scans: ['b'.repeat(64)] },
      p11001: { state: 'in_progress', note: 'Ждём подписи учредителя', scans: [] },
    },
  };
}

/** Budget in kopecks: the laptops alone are 2 × 45 000 ₽ = 90 000 ₽. */
export function draftBudget(): BudgetLine[] {
  return [
    {
      category: 'equipment',
      item: 'Ноутбук для проведения занятий',
      unit: 'шт.',
      quantity: 2,
      unitPrice: 4_500_000,
      cofinancing: 0,
      total: 9_000_000,
    },
    {
      category: 'printing',
      item: 'Печать буклетов «Как создать ТОС»',
      unit: 'шт.',
      quantity: 500,
      unitPrice: 12_000,
      cofinancing: 0,
      total: 6_000_000,
    },
    {
      category: 'travel',
      item: 'Проезд консультанта Петропавловск-Камчатский — Тигиль и обратно',
      quantity: 2,
      unitPrice: 3_850_000,
      cofinancing: 0,
      total: 7_700_000,
    },
    {
      category: 'events',
      item: 'Зал библиотеки для трёх встреч жителей',
      unit: 'встреча',
      quantity: 3,
      unitPrice: 800_000,
      cofinancing: 2_400_000,
      total: 2_400_000,
    },
    {
      category: 'civil_contracts',
      item: 'Бухгалтер по договору ГПХ, 0,5 ставки на 6 месяцев',
      unit: 'мес.',
      quantity: 6,
      unitPrice: 1_500_000,
      cofinancing: 3_000_000,
      total: 9_000_000,
    },
  ];
}

export function grantDraft(): Initiative {
  return {
    ...centreScoped(ids.grantDraft),
    organizationId: ids.tosKovran,
    status: 'draft',
    title: 'Ковран — наш дом: школа активных жителей',
    summary: 'Обучаем жителей села Ковран создавать и вести ТОС.',
    direction: 'Развитие институтов гражданского общества',
    geography: 'с. Ковран, с. Тигиль (Тигильский район, Камчатский край)',
    startDate: '2026-06-01',
    endDate: '2026-11-30',
    problem: 'В селе нет ни одной зарегистрированной НКО, жители не знают, как получить грант.',
    targetGroups: 'Жители села Ковран, актив ТОС',
    goal: 'Зарегистрировать ТОС «Ковран» и подготовить первую заявку на грант.',
    tasks: ['Провести три встречи жителей', 'Подготовить устав ТОС'],
    calendarPlan: [
      {
        task: 'Провести три встречи жителей',
        event: 'Встреча «Что такое ТОС»',
        from: '2026-06-10',
        to: '2026-06-10',
        result: 'Инициативная группа из 10 человек',
      },
      {
        task: 'Подготовить устав ТОС',
        event: 'Консультации по уставу',
        from: '2026-07-01',
        to: '2026-08-31',
      },
    ],
    quantitativeResults: [{ indicator: 'Жителей прошли обучение', value: 40 }],
    budget: draftBudget(),
    team: [{ role: 'Руководитель проекта', person: 'Заева Мария Петровна' }],
  };
}

export function consultantComment(): Comment {
  return {
    ...centreScoped(ids.comment),
    initiativeId: ids.grantDraft,
    section: 'budget',
    body: 'Проезд консультанта лучше перенести в софинансирование — так выше балл.',
    authorId: ids.consultantUser,
    authorName: 'Ольга Сергеевна, консультант краевого центра',
    resolved: false,
  };
}

/** An adult volunteer who signed the consent herself at the library kiosk. */
export function volunteerRegistration(): Registration {
  return {
    ...centreScoped(ids.registration),
    trainingId: ids.seminar,
    fullName: 'Ильина Светлана Николаевна',
    phone: '+7 914 021-45-67',
    settlement: 'Усть-Хайрюзово',
    ageGroup: 'adult',
    minor: false,
    consent: {
      textVersion: 'pd-2025-09',
      givenAt: '2026-03-20T11:05:00.000+12:00',
      givenBy: 'self',
      deviceId: 'tigil-library-kiosk',
    },
    source: 'kiosk',
    status: 'active',
  };
}

export function registrationConsultation(): Consultation {
  return {
    ...centreScoped(ids.consultation),
    date: '2026-03-12',
    organizationId: ids.tosKovran,
    personName: 'Заева Мария Петровна',
    topic: 'tos',
    format: 'in_person',
    question: 'Нужно ли регистрировать ТОС в Минюсте, чтобы подать на грант?',
    answer: 'Для большинства конкурсов — да; разобрали пакет документов.',
    durationMinutes: 45,
    staffName: 'Кечгелхут Анна Ивановна',
  };
}

export function lostSummaryConflict(): Conflict {
  return {
    ...centreScoped(ids.conflict),
    collection: 'initiatives',
    recordId: ids.grantDraft,
    field: 'summary',
    lostValue: 'Обучаем жителей Коврана регистрировать ТОС.',
    lostHlc: '001773900000000:00000:tigil-pc',
    winningHlc: '001773900000500:00000:regional',
    status: 'open',
  };
}

/** The record without one field, as if the form never filled it in. */
export function without<T extends object>(record: T, field: keyof T): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  delete copy[field as string];
  return copy;
}
