import 'server-only';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Named points inside long jobs where the crash-recovery test (lib/jobs/crash-recovery.test.ts)
 * kills a real worker process with SIGKILL. Inert unless WGLAD_CRASH_POINTS_DIR is set, which
 * only that test does (and never under NODE_ENV=production): then each point reached is
 * appended to `reached.log` in that folder, and a point named in WGLAD_PAUSE_AT (a comma-separated
 * list, one point per job) stops its job there for good, so the test can kill the process at
 * exactly that step.
 */
export async function crashPoint(name: string): Promise<void> {
  const folder = process.env.WGLAD_CRASH_POINTS_DIR;
  if (!folder || process.env.NODE_ENV === 'production') return;
  fs.appendFileSync(path.join(folder, 'reached.log'), `${name}\n`);
  if (process.env.WGLAD_PAUSE_AT?.split(',').includes(name)) await new Promise<never>(() => undefined);
}
