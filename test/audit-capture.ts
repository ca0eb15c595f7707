import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/lib/db';

/**
 * Records, for the audit-log check that runs after the whole unit suite (test/audit-log.check.ts),
 * every audit event written during a test file and every secret the database was given: triggers
 * copy each inserted row into a schema of the test harness's own, so a test that later empties
 * `audit_events` (or erases a transcript) cannot hide what was written. At the end of the file
 * the copies go to a JSON file in AUDIT_CAPTURE_DIR (set by test/audit-capture-global.ts).
 */

export interface AuditCapture {
  testFile: string;
  events: { type: string; hash: string; details: unknown }[];
  /** Values that must never appear inside an audit event: codes' hashes, keys, transcript text… */
  secrets: { source: string; value: string }[];
}

/** Table and column of each secret the schema stores; arrays and bytes are flattened to text. */
const secretColumns: { table: string; column: string; as: string }[] = [
  { table: 'transcript_segments', column: 'text', as: 'NEW."text"' },
  { table: 'recordings', column: 'wrappedKey', as: 'NEW."wrappedKey"' },
  { table: 'requests', column: 'packageWrappedKey', as: 'NEW."packageWrappedKey"' },
  { table: 'staff_users', column: 'passwordHash', as: 'NEW."passwordHash"' },
  { table: 'staff_users', column: 'totpSecret', as: 'NEW."totpSecret"' },
  { table: 'staff_users', column: 'recoveryCodeHashes', as: 'array_to_string(NEW."recoveryCodeHashes", \' \')' },
  { table: 'otp_challenges', column: 'codeHash', as: 'NEW."codeHash"' },
  { table: 'auth_sessions', column: 'tokenHash', as: 'NEW."tokenHash"' },
  { table: 'passkeys', column: 'publicKey', as: 'encode(NEW."publicKey", \'base64\')' },
  { table: 'webauthn_challenges', column: 'challenge', as: 'NEW."challenge"' },
];

export async function installAuditCapture(db: Db): Promise<void> {
  const statements = [
    'CREATE SCHEMA test_capture',
    'CREATE TABLE test_capture.audit_events (seq bigint, type text, hash text, details jsonb)',
    'CREATE TABLE test_capture.secrets (source text, value text)',
    `CREATE FUNCTION test_capture.copy_audit_event() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN INSERT INTO test_capture.audit_events VALUES (NEW.seq, NEW.type, NEW.hash, NEW.details); RETURN NEW; END $$`,
    'CREATE TRIGGER test_capture_audit AFTER INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_capture.copy_audit_event()',
  ];
  for (const { table, column, as } of secretColumns) {
    const name = `copy_${table}_${column}`.toLowerCase();
    statements.push(
      `CREATE FUNCTION test_capture.${name}() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF ${as} IS NOT NULL AND ${as} <> '' THEN INSERT INTO test_capture.secrets VALUES ('${table}.${column}', ${as}); END IF;
           RETURN NEW;
         END $$`,
      `CREATE TRIGGER test_capture_${name} AFTER INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION test_capture.${name}()`,
    );
  }
  for (const statement of statements) await db.$executeRawUnsafe(statement);
}

/** Secrets that live outside the database: the keys the test process was started with. */
function environmentSecrets(): AuditCapture['secrets'] {
  return ['MASTER_KEY', 'AUTH_SECRET', 'INGEST_API_KEY']
    .filter((name) => process.env[name])
    .map((name) => ({ source: `env.${name}`, value: process.env[name]! }));
}

export async function saveAuditCapture(db: Db, testFile: string): Promise<void> {
  const directory = process.env.AUDIT_CAPTURE_DIR;
  if (!directory) return;
  const events = await db.$queryRawUnsafe<AuditCapture['events']>('SELECT type, hash, details FROM test_capture.audit_events ORDER BY seq');
  const secrets = await db.$queryRawUnsafe<{ source: string; value: string }[]>('SELECT DISTINCT source, value FROM test_capture.secrets');
  const capture: AuditCapture = { testFile, events, secrets: [...secrets, ...environmentSecrets()] };
  fs.mkdirSync(directory, { recursive: true });
  fs.writeFileSync(path.join(directory, `${randomBytes(6).toString('hex')}.json`), JSON.stringify(capture));
}

export function readAuditCaptures(directory: string): AuditCapture[] {
  if (!fs.existsSync(directory)) return [];
  return fs.readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as AuditCapture);
}
