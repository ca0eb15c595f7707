import 'server-only';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { listMigrations, noSchemaFilter, openSchemaEngine } from './schema-engine';

/**
 * Applies every committed migration not yet applied, recording them in `_prisma_migrations`.
 * On PostgreSQL the engine takes an advisory lock, so several instances starting at once
 * apply each migration exactly once.
 */
export async function applyPendingMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await openSchemaEngine(adapterFactory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: listMigrations(),
      filters: noSchemaFilter,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}
