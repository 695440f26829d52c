import { anonymizationPatch } from '../../src/shared/domain/anonymize.ts';
import { CONSENT_VERSION } from '../../src/shared/domain/consent-text.ts';
import { contentOf } from '../../src/shared/domain/initiative-restore.ts';
import type { Conflict } from '../../src/shared/model/conflicts.ts';
import type { Initiative } from '../../src/shared/model/initiatives.ts';
import { PERSONAL_FIELDS, type Registration } from '../../src/shared/model/registrations.ts';
import { ensureClientId } from '../../src/web/store/meta.ts';
import { CONSENT_GIVEN_BY } from '../../src/web/features/trainings/registration-values.ts';
import { closeConflict, restoreLostValue } from '../../src/web/sync/resolve-conflict.ts';
import { organizationNo } from '../server/helpers/fixtures.ts';
import type { ChaosPc } from './chaos-pc.ts';
import type { SeededRandom } from './seeded-random.ts';

const DAY = 24 * 60 * 60 * 1000;
const ORGANIZATION_FIELDS = [
  'notes',
  'phone',
  'contactPerson',
  'foundersCount',
  'archived',
] as const;
const SURNAMES = ['Слепцова', 'Тополов', 'Ивтакова', 'Яганов', 'Чечулина', 'Эттувье', 'Пинелей'];
const NAMES = ['Анна Петровна', 'Василий Никитич', 'Ольга Сергеевна', 'Николай Андреевич'];

/** Every personal value written to a registration, to prove none survives its anonymization. */
export class PersonalValues {
  readonly byRegistration = new Map<string, Set<string>>();
  private readonly owners = new Map<string, Set<string>>();

  note(registrationId: string, values: readonly unknown[]): void {
    for (const value of values) {
      if (typeof value !== 'string' || !value) continue;
      const set = this.byRegistration.get(registrationId) ?? new Set();
      set.add(value);
      this.byRegistration.set(registrationId, set);
      const owners = this.owners.get(value) ?? new Set();
      owners.add(registrationId);
      this.owners.set(value, owners);
    }
  }

  /** Values only this registration ever held: another one's copy is not a leak. */
  ownValues(registrationId: string): string[] {
    return [...(this.byRegistration.get(registrationId) ?? [])].filter(
      (value) => this.owners.get(value)?.size === 1,
    );
  }
}

export interface ActionContext {
  random: SeededRandom;
  n: number;
  /** The PC's number among the three: part of every personal value, so each is unique. */
  pcNumber: number;
  personal: PersonalValues;
}

const pick = <T>(random: SeededRandom, list: readonly T[]): T | undefined =>
  list.length ? random.pick(list) : undefined;

/** One person's next action on a PC, drawn from the seed; returns what was done. */
export async function personActs(pc: ChaosPc, ctx: ActionContext): Promise<string> {
  const { random } = ctx;
  const roll = random.next();
  if (roll < 0.28) return organizationAction(pc, ctx);
  if (roll < 0.36) return trainingAction(pc, ctx);
  if (roll < 0.6) return registrationAction(pc, ctx);
  if (roll < 0.7) return conflictAction(pc, ctx);
  if (roll < 0.77) return consultationAction(pc, ctx);
  if (roll < 0.86) return initiativeAction(pc, ctx);
  if (roll < 0.93) return checklistAction(pc, ctx);
  return organizationAction(pc, ctx);
}

async function organizationAction(pc: ChaosPc, { random, n }: ActionContext): Promise<string> {
  const live = await pc.live('organizations');
  const roll = random.next();
  if (live.length === 0 || roll < 0.2) {
    // id and the timestamps are the write path's to fill
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = organizationNo(pc.centre, n);
    await pc.write('create', 'organizations', random.uuid(), {
      ...fields,
      name: `${fields.name} (${pc.name} ${n})`,
    });
    return 'organizations:create';
  }
  const first = String(live[0]?.id);
  // the same field of the same record, edited on two PCs between syncs: a real conflict
  if (roll < 0.45) {
    await pc.write('edit', 'organizations', first, { notes: `${pc.name}: заметка ${n}` });
    return 'organizations:edit';
  }
  // the record the others keep editing, deleted: their edits meet the delete
  if (roll < 0.52) {
    const id = random.chance(0.5) ? first : String(pick(random, live)?.id);
    await pc.write('delete', 'organizations', id, { deleted: true });
    return 'organizations:delete';
  }
  const id = String(pick(random, live)?.id);
  const field = random.pick(ORGANIZATION_FIELDS);
  const value =
    field === 'foundersCount' ? n : field === 'archived' ? random.chance(0.5) : `${pc.name} ${n}`;
  await pc.write('edit', 'organizations', id, { [field]: value });
  return 'organizations:edit';
}

async function trainingAction(pc: ChaosPc, { random, n }: ActionContext): Promise<string> {
  const live = await pc.live('trainings');
  const roll = random.next();
  if (live.length < 2 || roll < 0.25) {
    const startsAt = Date.now() + (7 + random.below(30)) * DAY;
    await pc.write('create', 'trainings', random.uuid(), {
      centreId: pc.centreId,
      title: `Семинар «Отчётность НКО в Минюст» (${pc.name} ${n})`,
      kind: 'seminar',
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + 4 * 60 * 60 * 1000).toISOString(),
      placeKind: 'in_person',
      place: 'районная библиотека, читальный зал',
      capacity: 2 + random.below(3),
      published: true,
    });
    return 'trainings:create';
  }
  const training = random.chance(0.6) ? live[0] : pick(random, live);
  const id = String(training?.id);
  if (roll < 0.8) {
    // seats change: every registration is placed again in queue order
    await pc.write('edit', 'trainings', id, { capacity: 1 + random.below(5) });
    return 'trainings:capacity';
  }
  if (roll < 0.95) {
    await pc.write('edit', 'trainings', id, { place: `читальный зал, ряд ${n % 7}` });
    return 'trainings:edit';
  }
  await pc.write('delete', 'trainings', id, { deleted: true });
  return 'trainings:delete';
}

async function registrationAction(pc: ChaosPc, ctx: ActionContext): Promise<string> {
  const { random, n, pcNumber, personal } = ctx;
  const trainings = await pc.live('trainings');
  const registrations = (await pc.live('registrations')) as unknown as Registration[];
  const personalOnes = registrations.filter((r) => r.anonymized !== true);
  const roll = random.next();
  if (trainings.length && (registrations.length < 3 || roll < 0.45)) {
    // most people sign up for the first seminar on the list: its seats run out
    const training = (random.chance(0.7) ? trainings[0] : pick(random, trainings)) ?? {};
    const ageGroup = random.chance(0.2) ? 'teen' : 'adult';
    const minor = ageGroup !== 'adult';
    const deviceId = await pc.db.transaction('rw', pc.db.meta, () => ensureClientId(pc.db));
    const tag = `${pcNumber}-${n}`;
    const sameTraining = personalOnes.filter((r) => r.trainingId === training.id && r.phone);
    // now and then one person signs up twice: the server flags the duplicate phone
    const phone =
      random.chance(0.1) && sameTraining.length
        ? String(pick(random, sameTraining)?.phone)
        : `+7 9${pcNumber}4 ${String(n).padStart(3, '0')}-${String(random.below(100)).padStart(2, '0')}-17`;
    const person = {
      fullName: `${random.pick(SURNAMES)} ${random.pick(NAMES)} №${tag}`,
      phone,
      ...(random.chance(0.4) ? { organization: `Волонтёрский отряд «Родник» №${tag}` } : {}),
    };
    const consent = {
      textVersion: CONSENT_VERSION,
      givenAt: new Date(Date.now()).toISOString(),
      givenBy: CONSENT_GIVEN_BY[ageGroup],
      deviceId,
      ...(minor
        ? { parentName: `Родитель участника №${tag}`, parentContact: `+7 914 ${tag}-00` }
        : {}),
    };
    const id = random.uuid();
    personal.note(id, [...Object.values(person), consent.parentName, consent.parentContact]);
    await pc.write('create', 'registrations', id, {
      centreId: pc.centreId,
      trainingId: training.id,
      ...person,
      settlement: 'с. Тигиль',
      ageGroup,
      minor,
      consent,
      source: random.chance(0.5) ? 'kiosk' : 'staff',
      status: 'active',
    });
    return 'registrations:create';
  }
  const registration = pick(random, registrations);
  if (!registration) return 'registrations:none';
  if (roll < 0.7) {
    const status = random.pick(['cancelled', 'attended', 'active'] as const);
    await pc.write('status', 'registrations', registration.id, { status });
    return 'registrations:status';
  }
  const person = pick(random, personalOnes);
  if (person && roll < 0.82) {
    // a typo fixed in the name or phone, on one PC while another may be deleting the data
    const patch = random.chance(0.5)
      ? { fullName: `${person.fullName ?? ''} (исправлено ${pcNumber}-${n})` }
      : { phone: `+7 9${pcNumber}5 ${String(n).padStart(3, '0')}-11-22` };
    personal.note(person.id, Object.values(patch));
    await pc.write('personal edit', 'registrations', person.id, patch);
    return 'registrations:personal';
  }
  if (person && roll < 0.94) {
    // «Удалить данные»: the person asked; the registration stays as an anonymous count
    // the village is everyone's: only what names or reaches this person is traced
    personal.note(person.id, [
      ...PERSONAL_FIELDS.filter((field) => field !== 'settlement').map((field) => person[field]),
      person.consent.parentName,
      person.consent.parentContact,
    ]);
    await pc.write('anonymize', 'registrations', person.id, anonymizationPatch(person));
    return 'registrations:anonymize';
  }
  await pc.write('delete', 'registrations', registration.id, { deleted: true });
  return 'registrations:delete';
}

async function conflictAction(pc: ChaosPc, { random }: ActionContext): Promise<string> {
  const open = ((await pc.rows('conflicts')) as unknown as Conflict[])
    .filter((c) => c.status === 'open' && c.centreId === pc.centreId)
    .sort((a, b) => a.id.localeCompare(b.id));
  // both library PCs show the same list: the first one is the one people open
  const conflict = open[0];
  if (!conflict) return 'conflicts:none';
  if (random.chance(0.4)) {
    const restored = await pc.act('restore', () => restoreLostValue(conflict, pc.db));
    if (restored.ok) return 'conflicts:restore';
  }
  await pc.act('dismiss', () => closeConflict(conflict, 'dismissed', pc.db));
  return 'conflicts:dismiss';
}

async function consultationAction(pc: ChaosPc, { random, n }: ActionContext): Promise<string> {
  const live = await pc.live('consultations');
  if (live.length === 0 || random.chance(0.5)) {
    await pc.write('create', 'consultations', random.uuid(), {
      centreId: pc.centreId,
      date: new Date(Date.now()).toISOString().slice(0, 10),
      topic: 'registration',
      format: random.chance(0.5) ? 'in_person' : 'phone',
      question: `Как зарегистрировать ТОС? (${pc.name} ${n})`,
      durationMinutes: 15 + random.below(60),
      staffName: 'Лазарев Николай Андреевич',
    });
    return 'consultations:create';
  }
  await pc.write('edit', 'consultations', String(live[0]?.id), {
    answer: `Нужен протокол собрания и устав (${pc.name} ${n})`,
  });
  return 'consultations:edit';
}

async function initiativeAction(pc: ChaosPc, { random, n }: ActionContext): Promise<string> {
  const live = (await pc.live('initiatives')) as unknown as Initiative[];
  const roll = random.next();
  if (live.length === 0 || roll < 0.25) {
    await pc.write('create', 'initiatives', random.uuid(), {
      centreId: pc.centreId,
      applicantGroup: 'Инициативная группа «Хайрюзовские узоры»',
      status: 'draft',
      title: `Проект «Родные узоры» (${pc.name} ${n})`,
      tasks: [],
      calendarPlan: [],
      quantitativeResults: [],
      budget: [],
      team: [],
    });
    return 'initiatives:create';
  }
  const initiative = live[0] as Initiative;
  if (roll < 0.7) {
    const section = random.chance(0.5) ? 'summary' : 'problem';
    await pc.write('edit', 'initiatives', initiative.id, {
      [section]: `Школьники Тигиля учат ительменскую вышивку (${pc.name} ${n})`,
    });
    return 'initiatives:edit';
  }
  if (roll < 0.85) {
    // a snapshot of the draft, as «Сохранить версию» takes it
    await pc.write('version', 'initiativeVersions', random.uuid(), {
      centreId: initiative.centreId,
      initiativeId: initiative.id,
      reason: 'manual',
      // who took it is the server's to say, as the app leaves it
      content: contentOf(initiative),
    });
    return 'initiativeVersions:create';
  }
  const comments = await pc.live('comments');
  if (comments.length && random.chance(0.5)) {
    await pc.write('resolve', 'comments', String(comments[0]?.id), { resolved: true });
    return 'comments:resolve';
  }
  await pc.write('comment', 'comments', random.uuid(), {
    centreId: pc.centreId,
    initiativeId: initiative.id,
    section: 'problem',
    body: `Уточните число участников (${pc.name} ${n})`,
    resolved: false,
  });
  return 'comments:create';
}

async function checklistAction(pc: ChaosPc, { random, n }: ActionContext): Promise<string> {
  const live = await pc.live('checklists');
  const organizations = await pc.live('organizations');
  const templates = await pc.rows('checklistTemplates');
  const template = templates[0];
  if (!template) return 'checklists:none';
  if (live.length === 0 || random.chance(0.3)) {
    await pc.write('create', 'checklists', random.uuid(), {
      centreId: pc.centreId,
      organizationId: String(organizations[0]?.id ?? random.uuid()),
      templateId: String(template.id),
      templateVersion: Number(template.version),
      steps: {},
    });
    return 'checklists:create';
  }
  // a step ticked: the whole steps map is one field, so two PCs ticking collide
  const checklist = live[0] as { id: string; steps?: Record<string, unknown> };
  const key = random.pick(['decision', 'charter', 'fee', 'application'] as const);
  await pc.write('step', 'checklists', checklist.id, {
    steps: {
      ...checklist.steps,
      [key]: {
        state: random.pick(['in_progress', 'done'] as const),
        date: new Date(Date.now()).toISOString().slice(0, 10),
        note: `${pc.name} ${n}`,
        scans: [],
      },
    },
  });
  return 'checklists:step';
}

/**
 * A volunteer signs up on the public page from a phone: the server places the registration
 * on its own clock, with no PC's clock to observe first.
 */
export async function volunteerRegisters(
  url: string,
  pc: ChaosPc,
  { random, n }: Pick<ActionContext, 'random' | 'n'>,
): Promise<string> {
  const trainings = await pc.live('trainings');
  const training = random.chance(0.7) ? trainings[0] : pick(random, trainings);
  if (!training) return 'public:none';
  try {
    const response = await fetch(`${url}/api/public/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        trainingId: training.id,
        fullName: `${random.pick(SURNAMES)} ${random.pick(NAMES)} №pub-${n}-${random.below(1000)}`,
        phone: `+7 961 ${String(n).padStart(3, '0')}-${String(random.below(100)).padStart(2, '0')}-55`,
        ageGroup: 'adult',
        consent: { textVersion: CONSENT_VERSION, accepted: true },
      }),
    });
    return `public:${response.status}`;
  } catch {
    return 'public:offline';
  }
}
