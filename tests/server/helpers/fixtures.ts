import { randomUUID } from 'node:crypto';
import { centreId, type CentreKey } from '../../../src/server/seed/seed-centres.ts';

const now = () => new Date().toISOString();

/** An NGO as a librarian would enter it, e.g. АНО «Берег Тигиля». */
export function organization(centre: CentreKey, overrides: Record<string, unknown> = {}) {
  const at = now();
  return {
    id: randomUUID(),
    centreId: centreId(centre),
    createdAt: at,
    updatedAt: at,
    name: 'АНО «Берег Тигиля»',
    legalForm: 'ano',
    status: 'registering',
    settlement: 'с. Тигиль',
    contactPerson: 'Кечгельхут Анна Петровна',
    phone: '+7 914 781-23-45',
    notes: 'Учредители — три семьи рыбаков; устав в работе, собрание назначено на март.',
    ...overrides,
  };
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
const digits = (seed: number, length: number) =>
  Array.from({ length }, (_, i) =>
    String((seed * 7919 + i * 104_729 + ((seed >> i) & 7)) % 10),
  ).join('');

const SURNAMES = [
  'Кечгельхут',
  'Слепцова',
  'Тополов',
  'Заева',
  'Ивтакова',
  'Яганов',
  'Чечулина',
  'Лазарев',
  'Ханкевич',
  'Суздалова',
  'Пинелей',
  'Косыгина',
  'Эттувье',
  'Бабиков',
];
const NAMES = [
  'Анна Петровна',
  'Ирина Васильевна',
  'Василий Никитич',
  'Мария Ивановна',
  'Ольга Сергеевна',
  'Николай Андреевич',
  'Татьяна Юрьевна',
  'Геннадий Павлович',
];
const WORDS = [
  'Берег',
  'Камчадалы',
  'Хайрюзовские узоры',
  'Нымылан',
  'Тигильская рыба',
  'Северное сияние',
  'Родник',
  'Оленевод',
  'Лахтак',
  'Эвэн',
  'Кедровник',
  'Ительменская школа',
  'Пенжинский залив',
  'Чавыча',
];
const FORMS = [
  ['community', 'Родовая община КМНС'],
  ['ano', 'АНО'],
  ['public', 'Местная общественная организация'],
  ['tos', 'ТОС'],
  ['informal', 'Инициативная группа'],
  ['fund', 'Благотворительный фонд'],
] as const;
const SETTLEMENTS = [
  'с. Тигиль',
  'с. Ковран',
  'с. Усть-Хайрюзово',
  'с. Седанка',
  'с. Хайрюзово',
  'с. Воямполка',
  'с. Лесная',
];
const NOTES = [
  'Обсудили выбор формы: учредителей трое, подходит общественная организация.',
  'Нужен образец протокола учредительного собрания и гарантийное письмо от администрации.',
  'Хотят подать на грант «Родные языки»: софинансирование — помещение клуба и транспорт.',
  'Устав в работе, юрист регионального центра прислал замечания по органам управления.',
  'Заявление Р11001 подадут через Госуслуги, учётная запись председателя подтверждена.',
  'Летом работают на путине, встречи переносим на октябрь.',
  'Просят семинар по отчётности в Минюст до 15 апреля.',
  'Планируют фестиваль «Алхалалалай», ищут партнёров в Паланe.',
];

/** Varied, realistic records for bulk data (deterministic from n): forms, villages, people, notes. */
export function organizationNo(centre: CentreKey, n: number) {
  const [legalForm, formName] = pick(FORMS, n);
  const status =
    legalForm === 'informal' ? 'informal' : pick(['registering', 'registered'] as const, n >> 2);
  const person = `${pick(SURNAMES, n * 7 + 3)} ${pick(NAMES, n * 5 + 1)}`;
  return organization(centre, {
    name: `${formName} «${pick(WORDS, n * 3)}${n % 4 === 0 ? ` — ${pick(WORDS, n + 5)}` : ''}»`,
    legalForm,
    status,
    settlement: pick(SETTLEMENTS, n * 11),
    contactPerson: person,
    phone: `+7 914 ${digits(n, 3)}-${digits(n + 1, 2)}-${digits(n + 2, 2)}`,
    email: `org${n}.${pick(['tigil', 'kovran', 'sedanka', 'lesnaya'], n)}@mail.ru`,
    ...(status === 'registered'
      ? { inn: `41${digits(n, 8)}`, ogrn: `11641${digits(n + 3, 8)}` }
      : {}),
    foundersCount: 3 + (n % 9),
    notes: `${pick(NOTES, n)} ${pick(NOTES, n * 3 + 1)} Встреча ${1 + (n % 28)}.${String(1 + (n % 12)).padStart(2, '0')}.`,
  });
}

export function training(
  centre: CentreKey | null,
  capacity: number,
  overrides: Record<string, unknown> = {},
) {
  const at = now();
  return {
    id: randomUUID(),
    centreId: centre ? centreId(centre) : null,
    createdAt: at,
    updatedAt: at,
    title: 'Семинар «Как написать социальный проект»',
    kind: 'seminar',
    startsAt: '2026-03-14T02:00:00.000Z',
    endsAt: '2026-03-14T06:00:00.000Z',
    place: 'с. Тигиль, ул. Партизанская, 17, районная библиотека',
    capacity,
    published: true,
    ...overrides,
  };
}

export function registration(centre: CentreKey, trainingId: string, fullName: string) {
  const at = now();
  return {
    id: randomUUID(),
    centreId: centreId(centre),
    createdAt: at,
    updatedAt: at,
    trainingId,
    fullName,
    contact: '+7 914 000-11-22',
    settlement: 'с. Тигиль',
    minor: false,
    consent: { textVersion: '2025-09', givenAt: at, givenBy: 'self', deviceId: 'kiosk-tigil' },
    status: 'active',
  };
}

/** The ANO registration checklist of an organization, with scans attached to its steps. */
export function checklist(
  centre: CentreKey,
  organizationId: string,
  scans: Record<string, string[]>,
) {
  const at = now();
  return {
    id: randomUUID(),
    centreId: centreId(centre),
    createdAt: at,
    updatedAt: at,
    organizationId,
    templateId: randomUUID(),
    templateVersion: 1,
    steps: Object.fromEntries(
      Object.entries(scans).map(([step, hashes]) => [
        step,
        { state: 'in_progress', note: 'Копии приняты у председателя', scans: hashes },
      ]),
    ),
  };
}

/** A regional material for every centre, with its attached files. */
export function material(
  attachments: { sha256: string; name: string; size: number; mime: string }[],
  overrides: Record<string, unknown> = {},
) {
  const at = now();
  return {
    id: randomUUID(),
    centreId: null,
    createdAt: at,
    updatedAt: at,
    title: 'Образцы документов для регистрации АНО',
    category: 'registration',
    body: '## Что подать в Минюст\n\nЗаявление Р11001, устав, протокол собрания.',
    tags: ['регистрация'],
    attachments,
    published: true,
    ...overrides,
  };
}
