/**
 * Runs once when a server instance starts. Background jobs run inside the server unless
 * JOBS_IN_SERVER=0, which a scaled deployment sets while running `npm run worker` processes.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.JOBS_IN_SERVER === '0') return;
  const { startWorkers } = await import('@/lib/jobs/workers');
  const { logger } = await import('@/lib/logger');
  startWorkers().catch((error: unknown) => logger.error({ err: error }, 'background workers did not start'));
}
