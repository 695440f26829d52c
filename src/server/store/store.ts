/** Runs one SQL statement; rows come back as plain objects. */
export interface SqlRunner {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/**
 * The server's storage: PostgreSQL's dialect, either embedded (PGlite) or real (pg).
 * int8 and count(*) come back as numbers from PGlite but strings from pg: cast in SQL.
 */
export interface Store extends SqlRunner {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /**
   * A consistent copy of the whole database, taken between transactions: PGlite's data dir as
   * a gzipped tar, or PostgreSQL's plain-SQL dump (pg_dump).
   */
  dump(): Promise<Buffer>;
  close(): Promise<void>;
}

/** Keys for pg_advisory_xact_lock, one per critical section. */
export const LOCKS = {
  migrate: 7_310_001,
  sync: 7_310_002,
  seed: 7_310_003,
} as const;
