import fs from 'node:fs';
import path from 'node:path';
import { helpContactsConfig, type HelpContact } from '@tandem/shared';

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
  /** Where to turn for help, as the operator gives it (HELP_CONTACTS or HELP_CONTACTS_FILE). */
  helpContacts: HelpContact[];
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
    helpContacts: helpContacts(env),
  };
}

/**
 * The help page's contacts: JSON, inline or in a file — an array of { name, description?,
 * phone?, url?, hours? }. A mistake stops the start with the reason, rather than leaving
 * someone in need with a broken page.
 */
function helpContacts(env: NodeJS.ProcessEnv): HelpContact[] {
  if (env.HELP_CONTACTS && env.HELP_CONTACTS_FILE) {
    throw new Error('Set HELP_CONTACTS or HELP_CONTACTS_FILE, not both.');
  }
  const source = env.HELP_CONTACTS_FILE ? 'HELP_CONTACTS_FILE' : 'HELP_CONTACTS';
  const text = env.HELP_CONTACTS_FILE
    ? fs.readFileSync(env.HELP_CONTACTS_FILE, 'utf8')
    : env.HELP_CONTACTS;
  if (!text) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(
      `${source} must be JSON: an array of { name, description, phone, url, hours }.`,
    );
  }
  const parsed = helpContactsConfig.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${source}: ${issue.path.join('.') || 'the list'} — ${issue.message}`);
  }
  return parsed.data;
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
