import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export interface RateLimit {
  max: number;
  timeWindowMs: number;
}

/** Sign-in guesses allowed per window: failures count, successes are given back. */
export interface SignInLimits {
  /** One login, from devices it never signed in on, over every address together. */
  perLogin: RateLimit;
  /** One address, over every login, from devices without a sign-in ticket. */
  perAddress: RateLimit;
  /** One device that signed in as the login before (it holds a ticket). */
  perDevice: RateLimit;
}

/**
 * Which proxies' X-Forwarded-For to believe (Fastify's trustProxy): none, or their addresses,
 * CIDRs and proxy-addr's names (loopback, linklocal, uniquelocal), comma-separated.
 */
export type TrustProxy = false | string;

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
  signInLimits: SignInLimits;
  publicRateLimit: RateLimit;
  /** The public registration form: stricter, since each call writes personal data. */
  registrationRateLimit: RateLimit;
  /** A request must arrive whole within this, however it trickles in. */
  requestTimeoutMs: number;
  /** A socket with no bytes either way for this long is closed. */
  connectionTimeoutMs: number;
  /** Set behind a reverse proxy, so rate limits and logs see each client, not the proxy. */
  trustProxy: TrustProxy;
  /** GET /api/metrics answers (Prometheus) only when set, and only to whoever presents it. */
  metricsToken: string | undefined;
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  SOPKA_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url().optional(),
  SOPKA_DEMO: z.enum(['0', '1']).default('1'),
  SOPKA_STATIC_ROOT: z.string().min(1).optional(),
  SOPKA_METRICS_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{16,200}$/, {
      message: 'SOPKA_METRICS_TOKEN: от 16 символов, латиница, цифры и знаки, без пробелов',
    })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // never «true»: a client reaching the server directly could then claim any address
  SOPKA_TRUST_PROXY: z
    .string()
    .regex(
      /^(0|(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?))*)$/,
      {
        message:
          'SOPKA_TRUST_PROXY: адрес прокси (127.0.0.1, loopback, 10.0.0.0/8, через запятую) или 0',
      },
    )
    .optional(),
});

export function parseTrustProxy(value: string | undefined): TrustProxy {
  if (value === undefined || value === '0') return false;
  return value.replaceAll(/\s+/g, '');
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export const DEFAULT_LIMITS = {
  bodyLimit: 10 * 1024 * 1024,
  blobLimit: 20 * 1024 * 1024,
  signInLimits: {
    perLogin: { max: 6, timeWindowMs: 15 * 60_000 },
    perAddress: { max: 30, timeWindowMs: 15 * 60_000 },
    perDevice: { max: 10, timeWindowMs: 15 * 60_000 },
  },
  publicRateLimit: { max: 60, timeWindowMs: 60_000 },
  registrationRateLimit: { max: 20, timeWindowMs: 10 * 60_000 },
  // a 20 MB scan needs ≥ 170 KB/s to fit; a stalled body is cut sooner, by the idle timeout
  requestTimeoutMs: 120_000,
  connectionTimeoutMs: 60_000,
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
    trustProxy: parseTrustProxy(parsed.SOPKA_TRUST_PROXY),
    metricsToken: parsed.SOPKA_METRICS_TOKEN,
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
    trustProxy: config.trustProxy,
    metrics: config.metricsToken ? 'on' : 'off',
  };
}
