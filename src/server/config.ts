import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export interface RateLimit {
  max: number;
  timeWindowMs: number;
}

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  /** The built PWA (dist/); a missing dir serves only the API. */
  staticRoot: string;
  logLevel: string;
  /** JSON bodies, after gzip decompression. */
  bodyLimit: number;
  blobLimit: number;
  loginRateLimit: RateLimit;
  publicRateLimit: RateLimit;
  /** The public registration form: stricter, since each call writes personal data. */
  registrationRateLimit: RateLimit;
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  SOPKA_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url().optional(),
  SOPKA_DEMO: z.enum(['0', '1']).default('1'),
  SOPKA_STATIC_ROOT: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export const DEFAULT_LIMITS = {
  bodyLimit: 10 * 1024 * 1024,
  blobLimit: 20 * 1024 * 1024,
  loginRateLimit: { max: 10, timeWindowMs: 60_000 },
  publicRateLimit: { max: 60, timeWindowMs: 60_000 },
  registrationRateLimit: { max: 20, timeWindowMs: 10 * 60_000 },
} as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.parse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: resolve(parsed.SOPKA_DATA_DIR),
    databaseUrl: parsed.DATABASE_URL,
    demo: parsed.SOPKA_DEMO === '1',
    staticRoot: resolve(parsed.SOPKA_STATIC_ROOT ?? `${repoRoot}/dist`),
    logLevel: parsed.LOG_LEVEL,
    ...DEFAULT_LIMITS,
  };
}

export function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(неверный адрес)';
  }
}

/** What to print at start: everything but secrets. */
export function describeConfig(config: ServerConfig): Record<string, unknown> {
  return {
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    store: config.databaseUrl ? maskDatabaseUrl(config.databaseUrl) : 'pglite',
    demo: config.demo,
    staticRoot: config.staticRoot,
  };
}
