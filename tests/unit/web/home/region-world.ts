import type { DeviceSyncsResponse } from '../../../../src/shared/sync/device-syncs.ts';
import { db, type SessionRow } from '../../../../src/web/store/db.ts';
import { META, writeMeta } from '../../../../src/web/store/meta.ts';

/** 12:00 on 2 December 2026 in Kamchatka. */
export const NOW = Date.parse('2026-12-02T00:00:00.000Z');
const DAY = 86_400_000;
export const ago = (days: number) => new Date(NOW - days * DAY).toISOString();
export const ahead = (days: number) => new Date(NOW + days * DAY).toISOString();

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const CENTRES = {
  tigil: { id: id(1), name: 'Тигильская библиотека', settlement: 'с. Тигиль' },
  palana: { id: id(2), name: 'Паланская библиотека', settlement: 'пгт Палана' },
  ustHairyuzovo: {
    id: id(3),
    name: 'Усть-Хайрюзовская библиотека',
    settlement: 'с. Усть-Хайрюзово',
  },
  kovran: { id: id(4), name: 'Ковранская библиотека', settlement: 'с. Ковран' },
  sedanka: { id: id(5), name: 'Седанкинская библиотека', settlement: 'с. Седанка' },
  hairyuzovo: { id: id(6), name: 'Хайрюзовская библиотека', settlement: 'с. Хайрюзово' },
  voyampolka: { id: id(7), name: 'Воямпольская библиотека', settlement: 'с. Воямполка' },
  lesnaya: { id: id(8), name: 'Лесновская библиотека', settlement: 'с. Лесная' },
};
export const ANNA = 'a0000000-0000-4000-8000-000000000001';
const REGION_USER = 'a0000000-0000-4000-8000-000000000099';
export const TEMPLATE_ID = id(100);
let next = 1000;
const base = (centreId: string | null, updatedAt = ago(30)) => ({
  id: id(next++),
  centreId,
  createdAt: ago(60),
  updatedAt,
});

export async function freshDb(): Promise<void> {
  await db.delete({ disableAutoOpen: false });
  await db.open();
}

export async function signIn(role: 'staff' | 'regional'): Promise<void> {
  const row: SessionRow =
    role === 'staff'
      ? {
          key: 'current',
          userId: ANNA,
          login: 'anna',
          displayName: 'Анна Петрова',
          position: 'библиотекарь Тигильской библиотеки',
          role,
          centreId: CENTRES.tigil.id,
          token: null,
        }
      : {
          key: 'current',
          userId: REGION_USER,
          login: 'olga',
          displayName: 'Ольга Смирнова',
          role,
          centreId: null,
          token: null,
        };
  await db.session.put(row);
}

export async function putCentres(): Promise<void> {
  await db.records('centres').bulkPut(
    Object.values(CENTRES).map((c) => ({
      ...c,
      centreId: null,
      createdAt: ago(400),
      updatedAt: ago(400),
      district: 'Тигильский район',
      active: true,
    })) as never,
  );
  await db.records('checklistTemplates').put({
    id: TEMPLATE_ID,
    centreId: null,
    createdAt: ago(400),
    updatedAt: ago(400),
    legalForm: 'ano',
    title: 'Регистрация АНО',
    version: 1,
    published: true,
    steps: [
      { key: 'meeting', title: 'Провести собрание учредителей', documents: [], materialIds: [] },
      {
        key: 'filing',
        title: 'Подать документы в Минюст',
        documents: [],
        materialIds: [],
        deadlineDays: 90,
        deadlineFrom: 'meeting',
      },
    ],
  } as never);
}

async function organization(
  centreId: string,
  name: string,
  status: string,
  meetingOn?: string,
  filing = 'todo',
  archived = false,
): Promise<string> {
  const org = { ...base(centreId), name, legalForm: 'ano', status, settlement: 'Тигиль', archived };
  await db.records('organizations').put(org as never);
  if (meetingOn)
    await db.records('checklists').put({
      ...base(centreId),
      organizationId: org.id,
      templateId: TEMPLATE_ID,
      templateVersion: 1,
      steps: {
        meeting: { state: 'done', date: meetingOn, scans: [] },
        filing: { state: filing, scans: [] },
      },
    } as never);
  return org.id;
}

async function training(centreId: string | null, title: string, startsAt: string, extra = {}) {
  const row = {
    ...base(centreId),
    title,
    kind: 'seminar',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3 * 3600_000).toISOString(),
    place: 'Читальный зал',
    capacity: 20,
    published: true,
    ...extra,
  };
  await db.records('trainings').put(row as never);
  return row.id;
}

async function registration(centreId: string, trainingId: string, status: string) {
  await db
    .records('registrations')
    .put({ ...base(centreId), trainingId, status, minor: false } as never);
}

async function initiative(centreId: string, title: string, status: string, updatedAt: string) {
  const row = { ...base(centreId, updatedAt), title, status, tasks: [], calendarPlan: [] };
  await db.records('initiatives').put(row as never);
  return row.id;
}

async function comment(initiativeId: string, section: string, authorId: string, resolved = false) {
  await db.records('comments').put({
    ...base(CENTRES.tigil.id),
    createdAt: ago(10 - next / 1000),
    initiativeId,
    section,
    body: 'Уточните',
    authorId,
    authorName: authorId === ANNA ? 'Анна Петрова' : 'Ольга Смирнова',
    resolved,
  } as never);
}

/** Тигиль's own data: deadlines, a commented draft, this week's events, unsent and refused work. */
export async function putTigil(): Promise<void> {
  const tigil = CENTRES.tigil.id;
  await organization(tigil, 'АНО «Берег Тигиля»', 'registering', '2026-08-20'); // due 18.11: overdue
  await organization(tigil, 'ТОС «Северный»', 'registering', '2026-09-05'); // due 04.12: near
  await organization(tigil, 'Община «Мэмэл»', 'registered', '2026-06-01', 'done');
  await organization(tigil, 'Клуб «Старый Тигиль»', 'informal', '2026-10-01'); // due 30.12: far
  await organization(tigil, 'Фонд «Закрытый»', 'registering', '2026-05-01', 'todo', true);
  const draft = await initiative(tigil, 'Школа юного краеведа', 'needs_changes', ago(3));
  await comment(draft, 'goal', REGION_USER);
  await comment(draft, 'budget', REGION_USER);
  await comment(draft, 'team', REGION_USER, true);
  await comment(draft, 'summary', ANNA);
  await initiative(tigil, 'Летний лагерь волонтёров', 'submitted', ago(12));
  const seminar = await training(
    tigil,
    'Как написать заявку на грант',
    '2026-12-05T03:00:00.000Z',
    {
      confirmedCount: 2,
    },
  );
  await registration(tigil, seminar, 'confirmed');
  await registration(tigil, seminar, 'pending');
  await registration(tigil, seminar, 'cancelled');
  await training(null, 'Отчётность НКО в Минюст', '2026-12-07T23:00:00.000Z', { capacity: 100 });
  await training(tigil, 'Бухгалтерия НКО', ahead(12), { capacity: 15 });
  await training(CENTRES.palana.id, 'Добровольцы и согласия', ahead(2), {
    capacity: 10,
    confirmedCount: 10,
  });
  await initiative(CENTRES.palana.id, 'Корякский язык детям', 'submitted', ago(4));
  await initiative(CENTRES.palana.id, 'Стойбище открытых дверей', 'revised', ago(10));
  await initiative(CENTRES.palana.id, 'Черновик без отправки', 'draft', ago(40));
}

export async function putUnsentWork(): Promise<void> {
  const row = (mid: string) => ({
    mid,
    collection: 'organizations' as const,
    recordId: id(1),
    patch: { phone: '+7 415 37 21 000' },
    hlc: '001772683200000:00000:reading-room',
    base: {},
  });
  await db.outbox.bulkAdd([row(id(901)), row(id(902))]);
  await db.rejected.add({
    ...row(id(903)),
    code: 'invalid',
    message: 'Неверный ИНН',
    rejectedAt: ago(9),
  });
  await writeMeta(db, META.lastSyncAt, ago(9));
}

/** What the server answered the region the last time it could: eight centres, some silent for weeks. */
export const DEVICE_SYNCS: DeviceSyncsResponse = {
  serverTime: ago(0.25),
  devices: [
    {
      centreId: CENTRES.tigil.id,
      userName: 'Анна Петрова',
      lastSyncAt: ago(2 / 24),
      appVersion: '0.1.0',
      unsent: 0,
    },
    {
      centreId: CENTRES.tigil.id,
      userName: 'Анна Петрова',
      lastSyncAt: ago(3),
      appVersion: '0.0.9',
      unsent: 4,
    },
    {
      centreId: CENTRES.palana.id,
      userName: 'Мария Яганова',
      lastSyncAt: ago(1.2),
      appVersion: '0.1.0',
      unsent: 0,
    },
    {
      centreId: CENTRES.ustHairyuzovo.id,
      userName: 'Елена Умьявина',
      lastSyncAt: ago(21.5),
      appVersion: '0.0.9',
      unsent: 37,
    },
    {
      centreId: CENTRES.kovran.id,
      userName: 'Ковран',
      lastSyncAt: ago(35.1),
      appVersion: null,
      unsent: null,
    },
    {
      centreId: CENTRES.hairyuzovo.id,
      userName: 'Хайрюзово',
      lastSyncAt: ago(5.5),
      appVersion: '0.1.0',
      unsent: 1,
    },
    {
      centreId: CENTRES.voyampolka.id,
      userName: 'Воямполка',
      lastSyncAt: ago(8.3),
      appVersion: '0.1.0',
      unsent: 2,
    },
    {
      centreId: CENTRES.lesnaya.id,
      userName: 'Лесная',
      lastSyncAt: ago(0.25),
      appVersion: '0.1.0',
      unsent: 0,
    },
    {
      centreId: null,
      userName: 'Ольга Смирнова',
      lastSyncAt: ago(0.3),
      appVersion: '0.1.0',
      unsent: 0,
    },
  ],
};
