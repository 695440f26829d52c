/** Why a sync did not finish, in terms the Синхронизация screen can explain. */
export const SYNC_PROBLEM_KINDS = [
  'offline',
  'timeout',
  'unauthorized',
  'outdated',
  'too_large',
  'server',
  'bad_response',
  'clock',
] as const;
export type SyncProblemKind = (typeof SYNC_PROBLEM_KINDS)[number];

/** Kept in meta (lastSyncProblem) so every tab and the next start can show it. */
export interface SyncProblem {
  kind: SyncProblemKind;
  /** The server's own (Russian) explanation, when it gave one. */
  serverMessage?: string;
  at: string;
}

export class SyncFailure extends Error {
  constructor(
    readonly kind: SyncProblemKind,
    readonly serverMessage?: string,
  ) {
    super(serverMessage ? `${kind}: ${serverMessage}` : kind);
    this.name = 'SyncFailure';
  }
}

export function asSyncFailure(error: unknown): SyncFailure {
  if (error instanceof SyncFailure) return error;
  // fetch rejects with a TypeError when the network is down or the server is unreachable
  if (error instanceof TypeError) return new SyncFailure('offline');
  return new SyncFailure('server', error instanceof Error ? error.message : undefined);
}
