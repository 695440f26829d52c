import {
  addDays,
  kamchatkaToday,
  stepDeadlines,
} from '../../../shared/domain/checklist-deadlines.ts';
import type { InitiativeSection } from '../../../shared/model/initiatives.ts';
import type { SessionRow, SopkaDb } from '../../store/db.ts';
import { META, readMeta } from '../../store/meta.ts';
import { conflictsToResolve } from '../../sync/conflicts-to-resolve.ts';

/** A step is «near» its deadline this many days ahead. */
export const NEAR_DEADLINE_DAYS = 7;
/** Trainings starting within this many days are «this week». */
const WEEK_MS = 7 * 86_400_000;

export interface StepDue {
  checklistId: string;
  organizationName: string;
  stepTitle: string;
  due: string;
  overdue: boolean;
}

export interface CommentedDraft {
  initiativeId: string;
  title: string;
  sections: InitiativeSection[];
}

export interface WeekTraining {
  id: string;
  title: string;
  startsAt: string;
  capacity: number;
  /** Registrations kept on this PC that are not cancelled. */
  registered: number;
}

export interface Agenda {
  /** Nothing of the centre's own yet: the first-steps guide instead of empty lists. */
  empty: boolean;
  steps: StepDue[];
  drafts: CommentedDraft[];
  trainings: WeekTraining[];
  rejected: number;
  conflicts: number;
  unsent: number;
  lastSyncAt: string | null;
}

type Person = Pick<SessionRow, 'userId' | 'centreId' | 'role'>;

/** Checklist steps of live organizations past their deadline or due within a week, soonest first. */
async function stepsDue(db: SopkaDb, today: string): Promise<StepDue[]> {
  const [templates, checklists] = await Promise.all([
    db.records('checklistTemplates').toArray(),
    db.records('checklists').toArray(),
  ]);
  const withDeadlines = new Map(
    templates.filter((t) => t.steps.some((s) => s.deadlineDays)).map((t) => [t.id, t]),
  );
  const horizon = addDays(today, NEAR_DEADLINE_DAYS);
  const found: (Omit<StepDue, 'organizationName'> & { organizationId: string })[] = [];
  for (const checklist of checklists) {
    const template = withDeadlines.get(checklist.templateId);
    if (!template || checklist.deleted) continue;
    for (const [key, deadline] of stepDeadlines(template.steps, checklist.steps, today)) {
      const state = checklist.steps[key]?.state;
      if (state === 'done' || state === 'not_applicable' || deadline.due > horizon) continue;
      const step = template.steps.find((s) => s.key === key);
      found.push({
        checklistId: checklist.id,
        organizationId: checklist.organizationId,
        stepTitle: step?.title ?? key,
        due: deadline.due,
        overdue: deadline.overdue,
      });
    }
  }
  const organizations = await db
    .records('organizations')
    .bulkGet([...new Set(found.map((f) => f.organizationId))]);
  const names = new Map(
    organizations.flatMap((o) => (o && !o.deleted && !o.archived ? [[o.id, o.name]] : [])),
  );
  return found
    .flatMap(({ organizationId, ...step }) => {
      const organizationName = names.get(organizationId);
      return organizationName === undefined ? [] : [{ ...step, organizationName }];
    })
    .sort((a, b) => a.due.localeCompare(b.due));
}

/** Drafts with open comments someone else wrote (the region's remarks), by section. */
async function commentedDrafts(db: SopkaDb, person: Person): Promise<CommentedDraft[]> {
  const comments = (await db.records('comments').toArray())
    .filter(
      (c) => !c.resolved && !c.deleted && c.authorId !== undefined && c.authorId !== person.userId,
    )
    // sections in the order the remarks were written
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const sections = new Map<string, Set<InitiativeSection>>();
  for (const c of comments)
    sections.set(c.initiativeId, (sections.get(c.initiativeId) ?? new Set()).add(c.section));
  const initiatives = await db.records('initiatives').bulkGet([...sections.keys()]);
  return initiatives.flatMap((i) =>
    i && !i.deleted
      ? [{ initiativeId: i.id, title: i.title, sections: [...(sections.get(i.id) ?? [])] }]
      : [],
  );
}

async function trainingsThisWeek(db: SopkaDb, person: Person, now: number) {
  const soon = await db
    .records('trainings')
    .where('startsAt')
    .between(new Date(now).toISOString(), new Date(now + WEEK_MS).toISOString(), true, true)
    .toArray();
  const mine = soon.filter(
    (t) => !t.deleted && (t.centreId === null || t.centreId === person.centreId),
  );
  return Promise.all(
    mine.map(async (t): Promise<WeekTraining> => {
      const registered = await db
        .records('registrations')
        .where('trainingId')
        .equals(t.id)
        .filter((r) => !r.deleted && r.status !== 'cancelled')
        .count();
      return { id: t.id, title: t.title, startsAt: t.startsAt, capacity: t.capacity, registered };
    }),
  );
}

async function centreIsEmpty(db: SopkaDb, person: Person): Promise<boolean> {
  const [organization, initiative, training] = await Promise.all([
    db
      .records('organizations')
      .filter((o) => !o.deleted)
      .first(),
    db
      .records('initiatives')
      .filter((i) => !i.deleted)
      .first(),
    db
      .records('trainings')
      .where('centreId')
      .equals(person.centreId ?? '')
      .first(),
  ]);
  return !organization && !initiative && !training;
}

/** What the librarian's home lists: everything read from this PC, so it works offline. */
export async function staffAgenda(db: SopkaDb, person: Person, now: number): Promise<Agenda> {
  const today = kamchatkaToday(new Date(now));
  const [empty, steps, drafts, trainings, rejected, conflicts, outbox, files, lastSyncAt] =
    await Promise.all([
      centreIsEmpty(db, person),
      stepsDue(db, today),
      commentedDrafts(db, person),
      trainingsThisWeek(db, person, now),
      db.rejected.count(),
      conflictsToResolve(db).then((list) => list.length),
      db.outbox.count(),
      db.uploads.count(),
      readMeta<string>(db, META.lastSyncAt),
    ]);
  return {
    empty,
    steps,
    drafts,
    trainings,
    rejected,
    conflicts,
    unsent: outbox + files,
    lastSyncAt: lastSyncAt ?? null,
  };
}
