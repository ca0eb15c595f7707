import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      'server-only': path.resolve(__dirname, 'test/server-only-stub.ts'),
    },
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/setup-env.ts'],
    globalSetup: ['test/audit-capture-global.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'prisma/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      // Runs after every unit test file has finished: checks the audit events they wrote.
      { extends: true, test: { name: 'audit-log', include: ['test/**/*.check.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
