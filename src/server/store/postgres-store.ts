import pg from 'pg';
import { pgDump } from './pg-tools.ts';
import type { SqlRunner, Store } from './store.ts';

export interface PostgresOptions {
  url: string;
  /** A schema of its own (created if absent), so test suites do not see each other's rows. */
  schema?: string;
  maxConnections?: number;
}

function runner(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
      const result = await client.query(sql, params.length ? [...params] : undefined);
      // several statements in one string (migrations) give an array of results
      const last = Array.isArray(result) ? (result.at(-1) as pg.QueryResult | undefined) : result;
      return (last?.rows ?? []) as Row[];
    },
  };
}

/** A real PostgreSQL through a pg Pool: several server processes may share one database. */
export async function openPostgresStore(options: PostgresOptions): Promise<Store> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`Invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  if (schema) await pool.query(`create schema if not exists ${schema}`);
  const direct = runner(pool);
  return {
    kind: 'postgres',
    query: (sql, params) => direct.query(sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(runner(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    dump: () => pgDump(options.url, schema),
    close: () => pool.end(),
  };
}
