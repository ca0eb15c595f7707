import { describe, expect, it } from 'vitest';
import { getDb, getDbAdapter } from '@/lib/db';
import { applyPendingMigrations } from '@/lib/db/migrate';
import { listMigrations } from '@/lib/db/schema-engine';
import { withTestDatabase } from '@/test/database';

describe('committed migrations', () => {
  withTestDatabase();

  it('create every table of the schema and record themselves in _prisma_migrations', async () => {
    const db = await getDb();
    const applied = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations ORDER BY migration_name`;
    expect(applied.map((row) => row.migration_name)).toEqual(listMigrations().migrationDirectories.map((dir) => dir.path));
    const customer = await db.customer.create({ data: { customerNumber: 'C-TEST', fullName: 'Test' } });
    expect(customer.locale).toBe('pl');
  });

  it('apply nothing the second time', async () => {
    expect(await applyPendingMigrations(await getDbAdapter())).toEqual([]);
  });
});
