import path from 'node:path';

/** Everything the server reads from its environment, with defaults that are safe to run. */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /** The address people use to reach Tandem; invite links and the origin check use it. */
  publicUrl: string | undefined;
  logLevel: string;
  sessionTtlDays: number;
  authRateLimitPerMinute: number;
  bodyLimitBytes: number;
  trustProxy: boolean;
  webDistDir: string;
  /** When set, /metrics answers anyone presenting it as a bearer token; otherwise only this machine. */
  metricsToken: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: positiveInt(env.PORT, 3000, 'PORT'),
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl: env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    sessionTtlDays: positiveInt(env.SESSION_TTL_DAYS, 30, 'SESSION_TTL_DAYS'),
    authRateLimitPerMinute: positiveInt(env.AUTH_RATE_LIMIT, 10, 'AUTH_RATE_LIMIT'),
    bodyLimitBytes: positiveInt(env.BODY_LIMIT_BYTES, 64 * 1024, 'BODY_LIMIT_BYTES'),
    trustProxy: env.TRUST_PROXY === 'true',
    webDistDir: path.resolve(env.WEB_DIST_DIR ?? defaultWebDist()),
    metricsToken: env.METRICS_TOKEN || undefined,
  };
}

function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${raw}".`);
  }
  return value;
}

/** The built web app sits beside the server in the repository: apps/web/dist. */
function defaultWebDist(): string {
  return path.resolve(import.meta.dirname, '../../web/dist');
}
