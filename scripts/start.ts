/**
 * `npm start` (and `npm run demo`): build the app if it has not been built, prepare the
 * database (migrate, first admin, optional demo seed) in its own process, then serve.
 * The server runs in its own process group so that stopping this script stops all of it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { resolveConfig } from '@/lib/config';

const demo = process.argv.includes('--demo');
const rebuild = process.argv.includes('--rebuild');
const root = process.cwd();
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const tsxScript = (script: string, ...args: string[]) => [bin("tsx"), ["--conditions=react-server", script, ...args]] as const;

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} ended with ${signal ?? `exit code ${code}`}`)),
    );
  });
}

async function main() {
  // Validated here, before anything starts. Outside production this also creates the local
  // keys once; the processes below always receive them, because `next start` runs with
  // NODE_ENV=production and would otherwise demand them.
  const config = resolveConfig(process.env);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    MASTER_KEY: config.masterKey.toString('base64'),
    AUTH_SECRET: config.authSecret,
  };
  if (demo) env.DEMO_MODE = '1';
  const port = String(config.port);

  if (rebuild || !fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('Building the portal (first start only; `npm run build` rebuilds)…');
    await run(bin('next'), ['build'], { ...env, NODE_ENV: 'production' });
  }
  await run(...tsxScript('scripts/prepare-database.ts', ...(demo ? ['--demo'] : [])), env);

  const server = spawn(bin('next'), ['start', '-p', port], { stdio: 'inherit', env, detached: true });
  const stop = (signal: NodeJS.Signals) => {
    try {
      process.kill(-server.pid!, signal);
    } catch {
      // already gone
    }
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  if (demo) console.log(`\nWgląd demo: http://localhost:${port}  (demo accounts are printed above; SMS codes appear at /demo/inbox)\n`);
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
