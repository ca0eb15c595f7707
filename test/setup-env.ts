import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Each test file gets its own data folder (recordings, generated keys) and keys of its own,
// so files never share state and nothing is written into the working tree.
process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'wglad-unit-'));
process.env.MASTER_KEY ??= randomBytes(32).toString('base64');
process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
process.env.LOG_LEVEL ??= 'silent';
