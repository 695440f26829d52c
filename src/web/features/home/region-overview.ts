import { kamchatkaToday, stepDeadlines } from '../../../shared/domain/checklist-deadlines.ts';
import type { DeviceSync, DeviceSyncsResponse } from '../../../shared/sync/device-syncs.ts';
import type { SopkaDb } from '../../store/db.ts';
import { META, readMeta } from '../../store/meta.ts';

/** A centre silent longer than this is highlighted (a region-wide setting is still to come). */
export const SILENT_DAYS = 7;
const REVIEW_STATUSES = new Set(['submitted', 'revised']);

export interface CentreRow {
  id: string;
  name: string;
  settlement: string;
  /** Newest sync of any of the centre's PCs; null: none ever (or not yet heard from the server). */
  lastSyncAt: string | null;
  /** Changes the centre's PCs reported unsent at their last syncs; null when none reports it. */
  unsent: number | null;
  versions: string[];
  organizations: { total: number; registered: number; registering: number };
  /** Drafts sent for review, and when the oldest of them last changed. */
  drafts: { count: number; oldestAt: string | null };
  overdueSteps: number;
  trainings: { count: number; freeSeats: number };
}

export interface RegionOverview {
  rows: CentreRow[];
  /** When the server answered the sync figures shown; null: never fetched on this PC. */
  devicesAsOf: string | null;
}

/** «с. Седанка» sorts as «Седанка», «пгт Палана» as «Палана». */
const bare = (settlement: string) => settlement.replace(/^(с|п|пгт|г)\.?\s+/, '');

function byCentre<T extends { centreId: string | null }>(rows: T[]): Map<string | null, T[]> {
  const groups = new Map<string | null, T[]>();
  for (const row of rows) {
    const group = groups.get(row.centreId);
    if (group) group.push(row);
    else groups.set(row.centreId, [row]);
  }
  return groups;
}

function syncFigures(devices: DeviceSync[]) {
  const reported = devices.filter((d) => d.unsent !== null);
  return {
    lastSyncAt:
      devices
        .map((d) => d.lastSyncAt)
        .sort()
        .at(-1) ?? null,
    unsent: reported.length ? reported.reduce((sum, d) => sum + (d.unsent ?? 0), 0) : null,
    versions: [...new Set(devices.flatMap((d) => (d.appVersion ? [d.appVersion] : [])))].sort(),
  };
}

/** The region's table of centres: records from this PC (the region pulls every centre) plus the server's last sync figures. */
export async function regionOverview(db: SopkaDb, now: number): Promise<RegionOverview> {
  const today = kamchatkaToday(new Date(now));
  const nowIso = new Date(now).toISOString();
  const [centres, organizations, initiatives, checklists, templates, trainings, cached] =
    await Promise.all([
      db.records('centres').toArray(),
      db.records('organizations').toArray(),
      db.records('initiatives').toArray(),
      db.records('checklists').toArray(),
      db.records('checklistTemplates').toArray(),
      db.records('trainings').where('startsAt').above(nowIso).toArray(),
      readMeta<DeviceSyncsResponse>(db, META.deviceSyncs),
    ]);
  const templateById = new Map(templates.map((t) => [t.id, t]));
  const live = organizations.filter((o) => !o.deleted && !o.archived);
  const liveIds = new Set(live.map((o) => o.id));
  const orgsOf = byCentre(live);
  const waitingOf = byCentre(
    initiatives.filter((i) => !i.deleted && REVIEW_STATUSES.has(i.status)),
  );
  const checklistsOf = byCentre(
    checklists.filter((c) => !c.deleted && liveIds.has(c.organizationId)),
  );
  const trainingsOf = byCentre(trainings.filter((t) => !t.deleted));
  const devicesOf = byCentre(cached?.devices ?? []);
  const rows = centres
    .filter((c) => !c.deleted && c.active)
    .sort((a, b) => bare(a.settlement).localeCompare(bare(b.settlement), 'ru'))
    .map((centre): CentreRow => {
      const mine = orgsOf.get(centre.id) ?? [];
      const waiting = waitingOf.get(centre.id) ?? [];
      let overdueSteps = 0;
      for (const checklist of checklistsOf.get(centre.id) ?? []) {
        const template = templateById.get(checklist.templateId);
        if (!template) continue;
        for (const d of stepDeadlines(template.steps, checklist.steps, today).values())
          if (d.overdue) overdueSteps++;
      }
      const upcoming = trainingsOf.get(centre.id) ?? [];
      return {
        id: centre.id,
        name: centre.name,
        settlement: centre.settlement,
        ...syncFigures(devicesOf.get(centre.id) ?? []),
        organizations: {
          total: mine.length,
          registered: mine.filter((o) => o.status === 'registered').length,
          registering: mine.filter((o) => o.status === 'registering').length,
        },
        drafts: {
          count: waiting.length,
          oldestAt: waiting.map((i) => i.updatedAt).sort()[0] ?? null,
        },
        overdueSteps,
        trainings: {
          count: upcoming.length,
          freeSeats: upcoming.reduce(
            (sum, t) => sum + Math.max(0, t.capacity - (t.confirmedCount ?? 0)),
            0,
          ),
        },
      };
    });
  return { rows, devicesAsOf: cached?.serverTime ?? null };
}
