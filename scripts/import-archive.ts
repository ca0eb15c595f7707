/**
 * `npm run import -- <folder> --manifest calls.csv --url http://portal:3000`: loads an archive
 * of recorded calls into a running portal through its ingest API, never its database, so that
 * every call goes through the same checks, encryption and audit trail as a live one.
 * Argument parsing and wiring only; the work is in lib/import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ManifestError } from '../lib/import/manifest';
import { formatSummary } from '../lib/import/report';
import { ImportSetupError, runImport } from '../lib/import/run-import';
import { PortalError } from '../lib/import/uploader';

const usage = `Usage: npm run import -- <folder> --manifest <calls.csv|calls.jsonl> --url <portal URL> [options]

Loads an archive of recorded calls into a running Wgląd portal through its ingest API
(POST /api/v1/recordings). Safe to stop at any point and run again: calls already in the
portal are skipped, and the portal never stores one twice.

  <folder>              the archive folder; audio and transcript paths in the manifest are relative to it
  --manifest <file>     CSV with a header row, or JSON lines (.jsonl): one call per row;
                        looked up in the current directory, then in <folder>
  --url <url>           the portal, e.g. http://portal:3000
  --key <key>           the ingest API key; better, set INGEST_API_KEY in the environment
                        instead, so that the key stays out of shell history and process lists
  --concurrency <n>     uploads at once (default 4)
  --state <file>        resume file (default <folder>/.wglad-import-state.jsonl)
  --report <file>       CSV of refused and failed rows (default <folder>/import-report.csv)
  -h, --help            this text

CSV columns: file, externalId, phone, customerNumber, startedAt, durationSeconds, direction,
agentName, purposes (separated by ;), legalBasis, consentMethod, consentGivenAt,
retentionUntil, transcriptFile (a JSON array of transcript segments). Empty optional cells
are left out. JSON lines: the api-v1 metadata object plus "file" and optional "transcriptFile".

Exit status: 0 every call imported or already present; 2 some calls refused or failed
(see the report); 1 a usage error, or the portal cannot be used (unreachable, key refused).`;

class UsageError extends Error {}

function parseCommandLine(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        manifest: { type: 'string' },
        url: { type: 'string' },
        key: { type: 'string' },
        concurrency: { type: 'string', default: '4' },
        state: { type: 'string' },
        report: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node's own message goes on with advice about `--`; its first sentence is what matters.
    const message = (error instanceof Error ? error.message : String(error)).split('. ')[0]!.replace(/\.$/, '');
    throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1));
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;

  if (positionals.length !== 1) throw new UsageError(positionals.length ? `give one archive folder, not ${positionals.length}` : 'the archive folder is missing');
  const folder = path.resolve(positionals[0]!);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`the archive folder ${folder} does not exist`);

  if (!values.manifest) throw new UsageError('--manifest is missing');
  const manifestPath = [path.resolve(values.manifest), path.resolve(folder, values.manifest)].find((candidate) => fs.existsSync(candidate));
  if (!manifestPath) throw new UsageError(`the manifest ${values.manifest} is neither in the current directory nor in ${folder}`);

  if (!values.url) throw new UsageError('--url is missing (the portal, e.g. http://portal:3000)');
  if (!URL.canParse(values.url) || !/^https?:$/.test(new URL(values.url).protocol)) throw new UsageError(`--url ${values.url} is not an http(s) address`);

  // The portal reads INGEST_API_KEY as a comma-separated list (for key rotation); any one works.
  const key = values.key ?? process.env.INGEST_API_KEY?.split(',')[0]?.trim();
  if (!key) throw new UsageError('no ingest key: set INGEST_API_KEY or give --key');

  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError(`--concurrency must be a whole number from 1 to 64, not ${values.concurrency}`);

  return {
    folder,
    manifestPath,
    url: values.url,
    key,
    concurrency,
    statePath: path.resolve(values.state ?? path.join(folder, '.wglad-import-state.jsonl')),
    reportPath: path.resolve(values.report ?? path.join(folder, 'import-report.csv')),
  };
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`import: ${error.message}.\nRun with --help for usage.`);
    return 1;
  }
  if (!options) {
    console.log(usage);
    return 0;
  }
  try {
    const summary = await runImport({ ...options, log: process.stderr });
    process.stdout.write(formatSummary(summary, options.reportPath));
    return summary.refused || summary.failed ? 2 : 0;
  } catch (error) {
    if (error instanceof ManifestError || error instanceof PortalError || error instanceof ImportSetupError) {
      console.error(`import: ${error.message}.`);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`import: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
