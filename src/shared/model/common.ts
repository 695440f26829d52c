import { z } from 'zod';
import '../zod-ru.ts';

export const uuid = () => z.uuid({ error: 'Неверный идентификатор' });

/** ISO timestamp with offset, e.g. 2026-11-27T09:00:00.000Z. */
export const timestamp = () => z.iso.datetime({ offset: true, error: 'Неверная дата и время' });

/** Calendar date, YYYY-MM-DD. */
export const calendarDate = () => z.iso.date({ error: 'Неверная дата (ожидается ГГГГ-ММ-ДД)' });

export const requiredText = (message: string, max = 500) =>
  z.string({ error: message }).trim().min(1, message).max(max, `Не длиннее ${max} символов`);

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
