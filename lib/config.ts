import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The portal's whole configuration, read from the environment once and validated with one
 * schema, so that a bad value stops start-up with a sentence naming the variable instead
 * of surfacing later as a confusing failure deep in a request.
 */

const base64Key32 = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be base64 of exactly 32 bytes');

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`)
    .optional();

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: optionalUrl(['postgres:', 'postgresql:']),
  STORAGE_URL: optionalUrl(['s3:']),
  S3_ENDPOINT: optionalUrl(['http:', 'https:']),
  MASTER_KEY: base64Key32.optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  INGEST_API_KEY: z
    .string()
    .optional()
    .transform((value) => (value ?? '').split(',').map((key) => key.trim()).filter(Boolean))
    .refine((keys) => keys.every((key) => key.length >= 16), 'every key must be at least 16 characters'),
  /** The portal's public address; passkeys are bound to its host. Without it, each request's Host is used. */
  PUBLIC_URL: optionalUrl(['http:', 'https:']),
  SMS_TRANSPORT: z.enum(['console', 'http']).default('console'),
  SMS_HTTP_URL: optionalUrl(['http:', 'https:']),
  SMTP_URL: optionalUrl(['smtp:', 'smtps:']),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  STAFF_API_REQUIRE_TOTP: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((value) => value === '1' || value === 'true'),
  DEMO_MODE: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((value) => value === '1' || value === 'true'),
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(300 * 1024 * 1024),
  PACKAGE_EXPIRY_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** How long a running job may go without a heartbeat before its worker counts as dead and the job runs again. */
  JOB_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  /** The audit log's own retention: events older than this are pruned from the start of the chain. */
  AUDIT_RETENTION_YEARS: z.coerce.number().int().min(1).max(30).default(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AppConfig = ReturnType<typeof resolveConfig>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`)
    .join('; ');
}

/** Keys generated once outside production, kept beside the embedded database so restarts reuse them. */
function loadOrCreateLocalSecrets(dataDir: string): { masterKey: string; authSecret: string } {
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as { masterKey: string; authSecret: string };
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secrets = {
    masterKey: randomBytes(32).toString('base64'),
    authSecret: randomBytes(48).toString('base64url'),
  };
  fs.writeFileSync(file, JSON.stringify(secrets), { mode: 0o600, flag: 'wx' });
  return secrets;
}

export function resolveConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration: ${describeIssues(parsed.error)}.`);
  }
  const vars = parsed.data;
  const production = vars.NODE_ENV === 'production';
  const dataDir = path.resolve(vars.DATA_DIR);

  if (production && (!vars.MASTER_KEY || !vars.AUTH_SECRET)) {
    const missing = [!vars.MASTER_KEY && 'MASTER_KEY', !vars.AUTH_SECRET && 'AUTH_SECRET'].filter(Boolean);
    throw new ConfigError(`Invalid configuration: ${missing.join(' and ')} must be set in production.`);
  }
  if (vars.SMS_TRANSPORT === 'http' && !vars.SMS_HTTP_URL) {
    throw new ConfigError('Invalid configuration: SMS_HTTP_URL must be set when SMS_TRANSPORT is http.');
  }
  const local = vars.MASTER_KEY && vars.AUTH_SECRET ? undefined : loadOrCreateLocalSecrets(dataDir);

  return {
    production,
    port: vars.PORT,
    dataDir,
    databaseUrl: vars.DATABASE_URL,
    storageUrl: vars.STORAGE_URL,
    s3Endpoint: vars.S3_ENDPOINT,
    masterKey: Buffer.from(vars.MASTER_KEY ?? local!.masterKey, 'base64'),
    authSecret: vars.AUTH_SECRET ?? local!.authSecret,
    ingestApiKeys: vars.INGEST_API_KEY,
    publicUrl: vars.PUBLIC_URL,
    smsTransport: vars.SMS_TRANSPORT,
    smsHttpUrl: vars.SMS_HTTP_URL,
    smtpUrl: vars.SMTP_URL,
    adminEmail: vars.ADMIN_EMAIL,
    adminPassword: vars.ADMIN_PASSWORD,
    demoMode: vars.DEMO_MODE,
    staffApiRequiresTotp: vars.STAFF_API_REQUIRE_TOTP,
    maxUploadBytes: vars.MAX_UPLOAD_BYTES,
    packageExpiryDays: vars.PACKAGE_EXPIRY_DAYS,
    jobLeaseSeconds: vars.JOB_LEASE_SECONDS,
    auditRetentionYears: vars.AUDIT_RETENTION_YEARS,
    logLevel: vars.LOG_LEVEL,
  };
}

let cached: AppConfig | undefined;

export function getConfig(): AppConfig {
  cached ??= resolveConfig();
  return cached;
}
