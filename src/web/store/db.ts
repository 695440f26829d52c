import { Dexie, type Table } from 'dexie';
import type { CollectionName, RecordOf } from '../../shared/model/registry.ts';
import type { Clocks } from '../../shared/sync/merge.ts';

/**
 * Indexes for the list screens, one table per synced collection (primary key `id`).
 * Typed against CollectionName (type-only: the shell must not pull zod into the first screen).
 */
export const COLLECTION_INDEXES = {
  centres: 'id, name, settlement',
  checklistTemplates: 'id, updatedAt',
  materials: 'id, category, updatedAt',
  trainings: 'id, centreId, startsAt',
  organizations: 'id, centreId, name, settlement, status, updatedAt',
  checklists: 'id, organizationId',
  initiatives: 'id, organizationId, status, updatedAt',
  comments: 'id, initiativeId',
  contests: 'id, name',
  initiativeVersions: 'id, initiativeId',
  registrations: 'id, trainingId',
  consultations: 'id, date',
  conflicts: 'id, status',
} as const satisfies Record<CollectionName, string>;

/** A mutation waiting to be sent; `recordId` is the wire's `id` (the record's id). */
export interface OutboxRow {
  seq?: number;
  mid: string;
  collection: CollectionName;
  recordId: string;
  patch: Record<string, unknown>;
  hlc: string;
  base: Clocks;
  /** The patched fields' values before this write (null: absent), to undo it if the server refuses it. */
  previous?: Record<string, unknown>;
  /**
   * Never put in a request yet, so a new write of the record may fold into it (outbox-coalesce);
   * cleared just before it is first sent. Rows older than this flag are never folded into.
   */
  unsent?: true;
}

/** A mutation the server refused: kept, with its reason, until a person fixes or discards it. */
export interface RejectedRow extends OutboxRow {
  code: string;
  message: string;
  rejectedAt: string;
}

/**
 * Per-record field clocks live beside the data, keyed by [collection+id], so collection rows
 * stay exactly the record (what lists read and what validateRecord checks).
 */
export interface ClockRow {
  collection: CollectionName;
  id: string;
  clocks: Clocks;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface BlobRow {
  sha256: string;
  blob: Blob;
}

/** A file kept here and not yet on the server; its bytes are in `blobs` under the same hash. */
export interface UploadRow {
  sha256: string;
  name: string;
  size: number;
  mime: string;
  queuedAt: string;
  attempts: number;
  /** The last refusal or failure, for the sync screen. */
  problem?: string;
}

export interface SessionRow {
  key: 'current';
  userId: string;
  login: string;
  /** How others see the person, e.g. «Ирина Петрова»; absent in sessions from older versions. */
  displayName?: string;
  /** What the person does, e.g. «библиотекарь Тигильской библиотеки», when the server has it. */
  position?: string;
  role: 'regional' | 'staff';
  centreId: string | null;
  /** The device token; null once the server refused it (revoked): sign in again to sync. */
  token: string | null;
}

export const DB_NAME = 'sopka';
/** The local schema's version, sent with every sync; a new one makes the PC verify its data. */
export const SCHEMA_VERSION = 4;

export class SopkaDb extends Dexie {
  declare outbox: Table<OutboxRow, number>;
  declare clocks: Table<ClockRow, [string, string]>;
  declare meta: Table<MetaRow, string>;
  declare blobs: Table<BlobRow, string>;
  declare session: Table<SessionRow, string>;
  declare rejected: Table<RejectedRow, string>;
  declare uploads: Table<UploadRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    const { contests, initiativeVersions, ...v1Indexes } = COLLECTION_INDEXES;
    this.version(1).stores({
      ...v1Indexes,
      outbox: '++seq, &mid, collection, recordId',
      clocks: '[collection+id]',
      meta: 'key',
      blobs: 'sha256',
      session: 'key',
    });
    // v2: refused mutations move out of the outbox into `rejected`
    this.version(2).stores({ rejected: 'mid, collection, recordId' });
    // v3: grant contests and initiative versions (issue 6)
    this.version(3).stores({ contests, initiativeVersions });
    // v4: files wait in a queue of their own; scans queued in a meta row before move into it
    this.version(SCHEMA_VERSION)
      .stores({ uploads: 'sha256, queuedAt' })
      .upgrade(async (tx) => {
        const row = (await tx.table('meta').get('pendingScanUploads')) as MetaRow | undefined;
        const hashes = Array.isArray(row?.value) ? (row.value as string[]) : [];
        const queuedAt = new Date().toISOString();
        for (const [index, sha256] of hashes.entries()) {
          const kept = (await tx.table('blobs').get(sha256)) as BlobRow | undefined;
          if (!kept) continue;
          const upload: UploadRow = {
            sha256,
            name: `scan-${index + 1}`,
            size: kept.blob.size,
            mime: kept.blob.type,
            queuedAt,
            attempts: 0,
          };
          await tx.table('uploads').put(upload);
        }
        await tx.table('meta').delete('pendingScanUploads');
      });
  }

  records<C extends CollectionName>(collection: C): Table<RecordOf<C>, string> {
    return this.table(collection);
  }
}

export const db = new SopkaDb();
