import { z } from 'zod';
import '../zod-ru.ts';

export const uuid = () => z.uuid({ error: 'Неверный идентификатор' });

const YEARS_MESSAGE = 'Год должен быть от 1900 до 2200';
const inYears = (text: string): boolean => {
  const year = Number(text.slice(0, 4));
  return year >= 1900 && year <= 2200;
};

/** Minutes east of UTC; 0 for `Z` (or no offset at all). */
function offsetMinutes(text: string): number {
  const match = /([+-])(\d\d):?(\d\d)?$/.exec(text.slice(text.indexOf('T')));
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

// PostgreSQL refuses year 0 and offsets past ±15:59; a real zone is within −12:00…+14:00
/** ISO timestamp with offset, e.g. 2026-11-27T09:00:00.000Z. */
export const timestamp = () =>
  z.iso
    .datetime({ offset: true, error: 'Неверная дата и время' })
    .refine(inYears, YEARS_MESSAGE)
    .refine(
      (text) => Math.abs(offsetMinutes(text)) <= 14 * 60,
      'Часовой пояс должен быть от −14:00 до +14:00',
    );

/** Calendar date, YYYY-MM-DD. */
export const calendarDate = () =>
  z.iso.date({ error: 'Неверная дата (ожидается ГГГГ-ММ-ДД)' }).refine(inYears, YEARS_MESSAGE);

// zero-width spaces, joiners, word joiner, BOM, soft hyphen: `trim()` keeps most of them
const VISIBLE = /[^\s\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/;

export const requiredText = (message: string, max = 500) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, `Не длиннее ${max} символов`)
    .regex(VISIBLE, 'Поле не может состоять только из невидимых символов');

export const optionalText = (max = 5000) =>
  z.string().max(max, `Не длиннее ${max} символов`).optional();

export const sha256Hex = () =>
  z.string().regex(/^[0-9a-f]{64}$/, 'Неверная контрольная сумма файла (sha256)');

/** Fields every synced record has. */
export const baseRecordShape = {
  id: uuid(),
  centreId: uuid().nullable(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  deleted: z.boolean().optional(),
};

export const IMMUTABLE_FIELDS = ['id', 'centreId', 'createdAt'] as const;

export const ROLES = ['regional', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const LEGAL_FORMS = ['ano', 'public', 'fund', 'community', 'tos', 'informal'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const MATERIAL_CATEGORIES = [
  'projects_and_grants',
  'registration',
  'charter',
  'accounting_and_taxes',
  'reporting',
  'fundraising',
  'volunteers',
  'personal_data',
  'publicity',
  'monitoring',
  'tos',
  'indigenous_communities',
] as const;
export type MaterialCategory = (typeof MATERIAL_CATEGORIES)[number];
