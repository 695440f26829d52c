import { z } from 'zod';

/** 1: manifest, then the database dump, then blobs/ab/cd/<sha256>, in one .tar.gz. */
export const BACKUP_FORMAT = 1;

export const MANIFEST_FILE = 'sopka-backup.json';
export const DUMP_FILE = { pglite: 'pglite-data.tar.gz', postgres: 'postgres.sql' } as const;
export const BLOB_PREFIX = 'blobs/';

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  appVersion: z.string(),
  store: z.enum(['pglite', 'postgres']),
  /** The store's id and highest seq just before the copy: what the PCs knew it by. */
  storeId: z.string(),
  highestSeq: z.string(),
  blobs: z.number().int().min(0),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** sopka-backup-2026-12-02T03-15-00-123Z.tar.gz: sorts by date, no characters a shell minds. */
export function backupFileName(at: Date): string {
  return `sopka-backup-${at.toISOString().slice(0, 23).replaceAll(/[:.]/g, '-')}Z.tar.gz`;
}

/** The names backupFileName gives (with or without milliseconds, as earlier releases wrote). */
export const DATED_BACKUP = /^sopka-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(-\d{3})?Z\.tar\.gz$/;
