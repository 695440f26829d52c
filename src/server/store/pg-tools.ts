import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** pg_dump and psql from PATH, or from SOPKA_PG_BIN (e.g. /usr/lib/postgresql/15/bin). */
function tool(name: 'pg_dump' | 'psql'): string {
  const dir = process.env.SOPKA_PG_BIN;
  return dir ? join(dir, name) : name;
}

/** The URL without its password, which goes in the environment: argv is readable by every user. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: `--dbname=${parsed.toString()}`,
    env: password ? { ...process.env, PGPASSWORD: password } : process.env,
  };
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  input?: Buffer,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
    const out: Buffer[] = [];
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', (error) =>
      reject(
        new Error(`${command} не запустился (${error.message}): установите postgresql-client`),
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`${command} завершился с кодом ${code}: ${errors.trim()}`));
    });
    child.stdin.end(input);
  });
}

/** A plain-SQL dump, consistent by pg_dump's own snapshot, restorable by any owner. */
export function pgDump(url: string, schema?: string): Promise<Buffer> {
  const { dbname, env } = connection(url);
  return run(
    tool('pg_dump'),
    [
      '--format=plain',
      '--no-owner',
      '--no-privileges',
      ...(schema ? [`--schema=${schema}`] : []),
      dbname,
    ],
    env,
  );
}

/** Runs a dump into a database in one transaction: all of it or nothing. */
export async function psqlRestore(url: string, sql: Buffer): Promise<void> {
  const { dbname, env } = connection(url);
  await run(
    tool('psql'),
    ['--quiet', '--no-psqlrc', '--single-transaction', '-v', 'ON_ERROR_STOP=1', dbname],
    env,
    sql,
  );
}
