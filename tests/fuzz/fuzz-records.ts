import { CONSENT_VERSION } from '../../src/shared/domain/consent-text.ts';
import type { CollectionName } from '../../src/shared/model/registry.ts';
import { organizationNo } from '../server/helpers/fixtures.ts';

/** Who writes a collection in the fuzz: the Tigil library (staff) or the regional centre. */
export type FuzzWriter = 'staff' | 'regional';

/** The odd values one edit plan carries; the field chosen decides which one is used. */
export interface OddValues {
  text: string;
  number: unknown;
  date: string;
  stamps: [startsAt: string, endsAt: string];
}

/** An editable field and how an odd value goes into it. */
export type FieldSpec =
  | { kind: 'text'; field: string; max: number }
  | { kind: 'number'; field: string }
  | { kind: 'bool'; field: string }
  | { kind: 'date'; field: string }
  | { kind: 'stamps' }
  | { kind: 'nested'; field: string; value: (odd: OddValues, n: number) => unknown };

export interface CollectionPlan {
  writers: readonly FuzzWriter[];
  /** A whole valid record (without id and the timestamps) for the writer's centre. */
  create(n: number, refs: Refs): Record<string, unknown>;
  fields: readonly FieldSpec[];
}

/** Ids of records a new one may point at, picked by the record's number. */
export interface Refs {
  centreId: string | null;
  pick(collection: CollectionName, n: number): string | undefined;
  now: number;
}

const DAY = 24 * 60 * 60 * 1000;
const SOME_ID = '6f1d9c52-3b1e-4c4e-9a5a-8d2b7c0e1f44';
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
const day = (now: number, days: number) => new Date(now + days * DAY).toISOString().slice(0, 10);
const SHA = 'ab'.repeat(32);

const text = (field: string, max: number): FieldSpec => ({ kind: 'text', field, max });

const initiativeContent = (n: number) => ({
  title: `Проект «Родные узоры» №${n}`,
  summary: 'Мастерские ительменской вышивки для школьников Тигиля и Коврана.',
  tasks: ['Провести 12 мастер-классов', 'Издать альбом узоров'],
  calendarPlan: [],
  quantitativeResults: [{ indicator: 'Участники мастер-классов', value: 40 }],
  budget: [
    {
      category: 'events',
      item: 'Пряжа и бисер',
      quantity: 10,
      unitPrice: 150_000,
      cofinancing: 0,
      total: 1_500_000,
    },
  ],
  team: [{ role: 'Руководитель', person: 'Заева Мария Ивановна' }],
});

export const FUZZ_COLLECTIONS: Partial<Record<CollectionName, CollectionPlan>> = {
  organizations: {
    writers: ['staff'],
    create(n, refs) {
      const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = organizationNo('tigil', n);
      return { ...fields, centreId: refs.centreId };
    },
    fields: [
      text('name', 300),
      text('settlement', 100),
      text('contactPerson', 200),
      text('phone', 50),
      text('address', 300),
      text('notes', 10_000),
      { kind: 'number', field: 'foundersCount' },
      { kind: 'bool', field: 'archived' },
      { kind: 'date', field: 'foundedOn' },
    ],
  },
  trainings: {
    writers: ['staff', 'regional'],
    create: (n, refs) => ({
      centreId: refs.centreId,
      title: pick(
        [
          'Семинар «Как написать социальный проект»',
          'Круглый стол «Родовые общины и закон»',
          'Мастер-класс по отчётности в Минюст',
        ],
        n,
      ),
      kind: pick(['seminar', 'round_table', 'master_class'], n),
      startsAt: new Date(refs.now + (5 + (n % 20)) * DAY).toISOString(),
      endsAt: new Date(refs.now + (5 + (n % 20)) * DAY + 4 * 3600_000).toISOString(),
      placeKind: 'in_person',
      place: 'с. Тигиль, ул. Партизанская, 17, районная библиотека',
      capacity: 1 + (n % 4),
      published: true,
    }),
    fields: [
      text('title', 300),
      text('description', 20_000),
      text('place', 300),
      text('organizer', 300),
      text('settlement', 100),
      { kind: 'number', field: 'capacity' },
      { kind: 'bool', field: 'published' },
      { kind: 'stamps' },
    ],
  },
  registrations: {
    writers: ['staff'],
    create(n, refs) {
      const minor = n % 5 === 0;
      return {
        centreId: refs.centreId,
        trainingId: refs.pick('trainings', n) ?? SOME_ID,
        fullName: `${pick(['Слепцова Ирина', 'Тополов Василий', 'Ивтакова Ольга'], n)} №${n}`,
        // every seventh repeats a phone: the server flags it as a duplicate
        phone: n % 7 === 0 ? '+7 914 100-00-00' : `+7 914 ${200 + (n % 800)}-${10 + (n % 89)}-17`,
        settlement: 'с. Ковран',
        ageGroup: minor ? 'teen' : 'adult',
        minor,
        consent: {
          textVersion: CONSENT_VERSION,
          givenAt: new Date(refs.now).toISOString(),
          givenBy: minor ? 'self_and_parent' : 'self',
          deviceId: 'tigil-kiosk',
          ...(minor ? { parentName: `Родитель №${n}`, parentContact: '+7 914 555-00-00' } : {}),
        },
        source: 'kiosk',
        status: 'active',
      };
    },
    fields: [
      text('fullName', 200),
      text('phone', 40),
      text('settlement', 100),
      text('organization', 300),
      text('contact', 200),
      {
        kind: 'nested',
        field: 'status',
        value: (_odd, n) => pick(['active', 'cancelled', 'attended'], n),
      },
    ],
  },
  checklists: {
    writers: ['staff'],
    create: (n, refs) => ({
      centreId: refs.centreId,
      organizationId: refs.pick('organizations', n) ?? SOME_ID,
      templateId: SOME_ID,
      templateVersion: 1,
      steps: { decision: { state: 'done', date: day(refs.now, -3), scans: [] } },
    }),
    fields: [
      { kind: 'number', field: 'templateVersion' },
      {
        kind: 'nested',
        field: 'steps',
        value: (odd, n) => ({
          decision: { state: 'done', date: odd.date, note: odd.text, scans: [] },
          [n % 3 === 0 ? odd.text.slice(0, 40) : 'charter']: {
            state: pick(['todo', 'in_progress', 'not_applicable'], n),
            scans: n % 2 ? [SHA] : [],
          },
        }),
      },
    ],
  },
  initiatives: {
    writers: ['staff'],
    create: (n, refs) => ({
      centreId: refs.centreId,
      organizationId: refs.pick('organizations', n) ?? SOME_ID,
      status: 'draft',
      ...initiativeContent(n),
    }),
    fields: [
      text('title', 300),
      text('summary', 3000),
      text('problem', 10_000),
      text('goal', 1000),
      text('partners', 5000),
      { kind: 'date', field: 'startDate' },
      {
        kind: 'nested',
        field: 'tasks',
        value: (odd) => [odd.text, 'Издать альбом узоров'],
      },
      {
        kind: 'nested',
        field: 'budget',
        value: (odd, n) => {
          const quantity = n % 2 ? 1 : odd.number;
          const unitPrice = n % 2 ? odd.number : 100;
          const total =
            typeof quantity === 'number' && typeof unitPrice === 'number'
              ? Math.round(quantity * unitPrice)
              : 0;
          return [
            { category: 'travel', item: odd.text, quantity, unitPrice, cofinancing: 0, total },
          ];
        },
      },
      {
        kind: 'nested',
        field: 'quantitativeResults',
        value: (odd) => [{ indicator: 'Участники', value: odd.number }],
      },
    ],
  },
  comments: {
    writers: ['staff'],
    create: (n, refs) => ({
      centreId: refs.centreId,
      initiativeId: refs.pick('initiatives', n) ?? SOME_ID,
      section: pick(['problem', 'budget', 'goal'], n),
      body: 'Уточните, сколько школьников из Коврана придут на мастер-классы.',
      authorId: SOME_ID,
      authorName: 'Консультант регионального центра',
      resolved: false,
    }),
    fields: [text('body', 10_000), text('authorName', 200), { kind: 'bool', field: 'resolved' }],
  },
  initiativeVersions: {
    writers: ['staff'],
    create: (n, refs) => ({
      centreId: refs.centreId,
      initiativeId: refs.pick('initiatives', n) ?? SOME_ID,
      reason: 'submit',
      authorId: SOME_ID,
      authorName: 'Заева Мария Ивановна',
      content: initiativeContent(n),
    }),
    fields: [
      text('authorName', 200),
      {
        kind: 'nested',
        field: 'content',
        value: (odd, n) => ({ ...initiativeContent(n), summary: odd.text }),
      },
    ],
  },
  consultations: {
    writers: ['staff'],
    create: (n, refs) => ({
      centreId: refs.centreId,
      date: day(refs.now, -(n % 30)),
      organizationId: refs.pick('organizations', n),
      topic: pick(['registration', 'projects_and_grants', 'reporting'], n),
      format: pick(['in_person', 'phone', 'online'], n),
      question: 'Как зарегистрировать родовую общину и какие нужны документы?',
      durationMinutes: 30 + (n % 60),
      staffName: 'Лазарев Николай Андреевич',
    }),
    fields: [
      text('question', 5000),
      text('answer', 10_000),
      text('personName', 200),
      text('staffName', 200),
      { kind: 'number', field: 'durationMinutes' },
      { kind: 'date', field: 'date' },
    ],
  },
  centres: {
    writers: ['regional'],
    create: (n) => ({
      centreId: null,
      name: `Консультационный центр при библиотеке с. Аманино №${n}`,
      settlement: 'с. Аманино',
      district: 'Тигильский муниципальный район',
      active: true,
    }),
    fields: [
      text('name', 200),
      text('district', 200),
      text('address', 300),
      text('phone', 50),
      { kind: 'bool', field: 'active' },
    ],
  },
  checklistTemplates: {
    writers: ['regional'],
    create: (n) => ({
      centreId: null,
      legalForm: pick(['tos', 'community', 'ano'], n),
      title: `Регистрация ТОС, редакция ${n}`,
      version: 1,
      steps: [
        { key: 'decision', title: 'Собрание граждан', documents: ['Протокол'], materialIds: [] },
      ],
      published: n % 2 === 0,
    }),
    fields: [
      text('title', 300),
      { kind: 'number', field: 'version' },
      {
        kind: 'nested',
        field: 'steps',
        value: (odd, n) => [
          {
            key: n % 4 === 0 ? odd.text.slice(0, 40) : 'decision',
            title: odd.text,
            documents: [odd.text.slice(0, 300)],
            deadlineDays: n % 3 === 0 ? odd.number : 30,
            materialIds: [],
          },
        ],
      },
    ],
  },
  materials: {
    writers: ['regional'],
    create: (n) => ({
      centreId: null,
      title: `Как вести учёт пожертвований, часть ${n}`,
      category: 'accounting_and_taxes',
      body: '## Учёт\n\nПожертвования учитываются на счёте 86.',
      tags: ['учёт', 'пожертвования'],
      attachments: [],
      published: true,
    }),
    fields: [
      text('title', 300),
      text('summary', 1000),
      text('body', 200_000),
      { kind: 'nested', field: 'tags', value: (odd) => [odd.text.slice(0, 60), 'учёт'] },
      {
        kind: 'nested',
        field: 'attachments',
        value: (odd) => [
          { sha256: SHA, name: odd.text, size: odd.number, mime: 'application/pdf' },
        ],
      },
    ],
  },
  contests: {
    writers: ['regional'],
    create: (n) => ({
      centreId: null,
      name: `Конкурс «Камчатка — наш дом» ${2026 + (n % 3)}`,
      maxSum: 50_000_000,
      requiredSections: ['title', 'problem'],
      characterLimits: [{ section: 'problem', maxChars: 5000 }],
    }),
    fields: [
      text('name', 300),
      text('note', 2000),
      { kind: 'number', field: 'maxSum' },
      {
        kind: 'nested',
        field: 'characterLimits',
        value: (odd) => [{ section: 'summary', maxChars: odd.number }],
      },
    ],
  },
};

export const FUZZ_COLLECTION_NAMES = Object.keys(FUZZ_COLLECTIONS) as CollectionName[];
