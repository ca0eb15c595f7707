import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Loaded from node_modules at run time: PGlite and the schema engine ship WebAssembly that
  // must not be bundled, and pino's transports resolve files by path.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm', 'pino', 'pg-boss'],
};

export default withNextIntl(nextConfig);
