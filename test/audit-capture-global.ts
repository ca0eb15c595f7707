import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One capture folder for the whole run, shared by every worker and by the audit-log check that
 * runs last (vitest.config.ts: the check is a project of its own with a later groupOrder).
 * Environment variables set here reach the workers, which are started after global setup.
 */
export default function setup() {
  if (process.env.AUDIT_CAPTURE_DIR) return;
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'wglad-audit-capture-'));
  process.env.AUDIT_CAPTURE_DIR = directory;
  return () => fs.rmSync(directory, { recursive: true, force: true });
}
