import 'server-only';
import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite has no cross-process lock: two processes on one data folder silently lose writes.
 * Whoever opens the embedded database first writes its pid here; a second process refuses
 * with a clear sentence instead of corrupting data. A lock left by a dead process is taken over.
 */

export class DataDirectoryBusyError extends Error {
  override name = 'DataDirectoryBusyError';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirectoryLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'embedded-db.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
      if (holder === process.pid) {
        throw new DataDirectoryBusyError('This process already holds the embedded database.');
      }
      if (Number.isInteger(holder) && isAlive(holder)) {
        throw new DataDirectoryBusyError(
          `The embedded database in ${dataDir} is in use by another process (pid ${holder}). ` +
            'Stop that process first (only one process may own the embedded database; set DATABASE_URL to share a PostgreSQL server instead).',
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirectoryBusyError(`Could not take the lock on ${dataDir}.`);
}
