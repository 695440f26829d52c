import type { CollectionSpec } from '../../shared/model/registry.ts';
import type { Clocks, RecordData } from '../../shared/sync/merge.ts';
import type { User } from '../auth/users.ts';
import type { ServerClock } from './server-clock.ts';

/** The patch without the writer fields a client sent: who wrote it is the server's to say. */
export function withoutWriterFields(
  spec: CollectionSpec,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  if (!spec.writer) return patch;
  const { [spec.writer.id]: _id, [spec.writer.name]: _name, ...rest } = patch;
  return rest;
}

/** Whether a field only the server writes, so a value of it lost to a newer one is no one's work. */
export function isWriterField(spec: CollectionSpec, field: string): boolean {
  return spec.writer !== undefined && (field === spec.writer.id || field === spec.writer.name);
}

/**
 * Names the signed-in writer on a record they created, or whose `on` field their mutation just
 * set (and did not lose to a newer value), stamped after every clock of the record.
 */
export function stampWriter(
  spec: CollectionSpec,
  user: User,
  change: { created: boolean; patch: Record<string, unknown>; hlc: string },
  record: { data: RecordData; clocks: Clocks },
  clock: ServerClock,
): void {
  const writer = spec.writer;
  if (!writer) return;
  const made =
    writer.on === 'create'
      ? change.created
      : writer.on in change.patch && record.clocks[writer.on] === change.hlc;
  if (!made) return;
  const hlc = clock.stampAfter(record.clocks);
  record.data[writer.id] = user.id;
  record.data[writer.name] = user.displayName ?? user.login;
  record.clocks[writer.id] = hlc;
  record.clocks[writer.name] = hlc;
}
