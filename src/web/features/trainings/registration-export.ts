import type { Registration } from '../../../shared/model/registrations.ts';
import type { Training } from '../../../shared/model/trainings.ts';
import { formatDateTime } from '../../i18n/format-date.ts';
import { t } from '../../i18n/language.ts';
import { kamchatkaDay } from './kamchatka-time.ts';
import { downloadText, toExcelCsv } from './registrations-csv.ts';
import { ageGroupLabel, placementLabel, statusLabel } from './training-labels.ts';

/** The registration list as a spreadsheet: one row per person, in queue order. */
export function registrationRows(
  registrations: readonly Registration[],
  duplicates: ReadonlyMap<string, string>,
): string[][] {
  const header = [
    t('csv.number'),
    t('csv.fullName'),
    t('csv.phone'),
    t('csv.email'),
    t('csv.settlement'),
    t('csv.organization'),
    t('csv.ageGroup'),
    t('csv.parent'),
    t('csv.placement'),
    t('csv.status'),
    t('csv.duplicate'),
    t('csv.consent'),
    t('csv.registeredAt'),
  ];
  const rows = registrations.map((r, n) => [
    String(n + 1),
    r.anonymized ? t('registrations.anonymized') : (r.fullName ?? ''),
    r.phone ?? (r.contact && !r.contact.includes('@') ? r.contact : ''),
    r.email ?? (r.contact?.includes('@') ? r.contact : ''),
    r.settlement ?? '',
    r.organization ?? '',
    r.ageGroup ? t(ageGroupLabel[r.ageGroup]) : '',
    [r.consent.parentName, r.consent.parentContact].filter(Boolean).join(', '),
    t(placementLabel[r.placement ?? 'pending']),
    t(statusLabel[r.status]),
    duplicates.has(r.id) ? t('csv.yes') : '',
    `${r.consent.textVersion}, ${formatDateTime(r.consent.givenAt)}`,
    formatDateTime(r.createdAt),
  ]);
  return [header, ...rows];
}

const PHONE_COLUMN = 2;

/** The list as Excel opens it, phones kept as typed. */
export function registrationCsv(
  registrations: readonly Registration[],
  duplicates: ReadonlyMap<string, string>,
): string {
  return toExcelCsv(registrationRows(registrations, duplicates), { phoneColumns: [PHONE_COLUMN] });
}

export function exportRegistrations(
  training: Training,
  registrations: readonly Registration[],
  duplicates: ReadonlyMap<string, string>,
): void {
  const name = `${kamchatkaDay(training.startsAt)} ${training.title}`.replace(
    /[\\/:*?"<>|«»]+/g,
    '',
  );
  downloadText(registrationCsv(registrations, duplicates), `${name}.csv`);
}
