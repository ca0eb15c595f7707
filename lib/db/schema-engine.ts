import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/**
 * Prisma's schema engine compiled to WebAssembly, driven through a driver adapter.
 *
 * Why not the Prisma CLI: its native schema engine is downloaded at install time from a host
 * these machines cannot reach, and with a stand-in binary `migrate deploy` reports success
 * while applying nothing. The WebAssembly build ships inside an npm package, keeps the
 * standard `_prisma_migrations` table, and so stays interchangeable with the CLI wherever
 * the native engine is available.
 */

const packageDir = path.join(process.cwd(), 'node_modules', '@prisma', 'schema-engine-wasm');
export const schemaPath = path.join(process.cwd(), 'prisma', 'schema.prisma');
export const migrationsDir = path.join(process.cwd(), 'prisma', 'migrations');

type SchemaEngineModule = typeof import('@prisma/schema-engine-wasm');
export type SchemaEngine = Awaited<ReturnType<SchemaEngineModule['SchemaEngine']['new']>>;

let loaded: Promise<SchemaEngineModule> | undefined;

/** The package imports its .wasm as an ES module, which Node 20 cannot; instantiate it by hand. */
function loadSchemaEngineModule(): Promise<SchemaEngineModule> {
  loaded ??= (async () => {
    const bindings = (await import(
      /* webpackIgnore: true */ path.join(packageDir, 'schema_engine_bg.js')
    )) as SchemaEngineModule & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
    const bytes = fs.readFileSync(path.join(packageDir, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings as never });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return loaded;
}

export async function openSchemaEngine(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadSchemaEngineModule();
  const schema = fs.readFileSync(schemaPath, 'utf8');
  const logs: string[] = [];
  return SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (log: string) => logs.push(log),
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

export function readSchemaFile() {
  return { path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') };
}

/** The committed migrations in the shape the engine expects. */
export function listMigrations() {
  const directories = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockfilePath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: fs.existsSync(lockfilePath) ? fs.readFileSync(lockfilePath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

export const noSchemaFilter = { externalTables: [], externalEnums: [] };
