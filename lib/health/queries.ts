import 'server-only';
import { getDb } from '@/lib/db';
import { logger } from '@/lib/logger';
import { storageHealth } from '@/lib/storage/vault';

export type ComponentState = 'ok' | 'down';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: ComponentState;
  storage: ComponentState;
}

async function probe(name: string, check: () => Promise<unknown>): Promise<ComponentState> {
  try {
    await check();
    return 'ok';
  } catch (error) {
    logger.warn({ err: error, component: name }, 'health check failed');
    return 'down';
  }
}

/** Whether the portal can serve: the database answers and the recording store is reachable. */
export async function checkHealth(): Promise<HealthReport> {
  const [database, storage] = await Promise.all([
    probe('database', async () => (await getDb()).$queryRaw`SELECT 1`),
    probe('storage', async () => {
      const storage = await storageHealth();
      if (!storage.ok) throw new Error(storage.error);
    }),
  ]);
  return { status: database === 'ok' && storage === 'ok' ? 'ok' : 'degraded', database, storage };
}
