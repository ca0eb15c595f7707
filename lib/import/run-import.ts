import { locateAudio, readManifest, readTranscript, type AudioFile, type ManifestRow, type RowError } from './manifest';
import { createProgress, formatDuration, type ProgressStream } from './progress';
import { writeReport, type ImportSummary, type ProblemRow } from './report';
import { loadFinished, openStateWriter, portalKey } from './state';
import { checkPortal, createUploader, type Problem, type UploadResult } from './uploader';

/**
 * One import run: read the manifest, leave out what an earlier run finished, upload the rest
 * with a few workers, remember each answer as it comes, and report what still needs someone.
 */

export interface ImportOptions {
  folder: string;
  manifestPath: string;
  url: string;
  key: string;
  concurrency: number;
  statePath: string;
  reportPath: string;
  /** Where progress and per-row notes go (stderr in the CLI). */
  log: ProgressStream;
}

/** The state or report file cannot be written: nothing would be remembered, so nothing starts. */
export class ImportSetupError extends Error {
  override name = 'ImportSetupError';
}

async function writable<T>(what: string, file: string, option: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    throw new ImportSetupError(`cannot write the ${what} ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); choose another place with ${option}`);
  }
}

const describeErrors = (errors: RowError[]) => errors.map((error) => `${error.field} ${error.message}`).join('; ');

export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const rows = await readManifest(options.manifestPath);
  const portal = portalKey(options.url);
  // Early, so a read-only archive folder stops the run before any upload rather than after.
  await writable('report', options.reportPath, '--report', () => writeReport(options.reportPath, []));
  const state = await writable('state file', options.statePath, '--state', () => openStateWriter(options.statePath));
  const finished = await loadFinished(options.statePath, portal);

  const summary: ImportSummary = { rows: rows.length, imported: 0, present: 0, skipped: 0, refused: 0, failed: 0, elapsedMs: 0, problems: [] };
  const notes: string[] = [];
  const record = (row: ManifestRow, outcome: ProblemRow['outcome'], errors: RowError[], status?: number, detail?: string) => {
    summary[outcome] += 1;
    summary.problems.push({ line: row.line, externalId: row.externalId, file: row.file, outcome, status, errors, detail });
    const what = [status ? `HTTP ${status}` : undefined, describeErrors(errors) || detail].filter(Boolean).join(' ');
    notes.push(`line ${row.line}${row.externalId ? ` (${row.externalId})` : ''}: ${outcome}, ${what}`);
  };

  const pending: { row: ManifestRow; audio: AudioFile }[] = [];
  for (const row of rows) {
    if (row.errors.length) {
      record(row, 'refused', row.errors);
    } else if (finished.has(row.externalId)) {
      summary.present += 1;
      summary.skipped += 1;
    } else {
      const audio = await locateAudio(row, options.folder);
      if ('field' in audio) record(row, 'refused', [audio]);
      else pending.push({ row, audio });
    }
  }

  const progress = createProgress(options.log, { rows: rows.length, rowsDone: rows.length - pending.length, bytes: pending.reduce((sum, item) => sum + item.audio.size, 0) });
  const flushNotes = () => notes.splice(0).forEach((note) => progress.log(note));
  flushNotes();

  let fatal: unknown;
  try {
    if (pending.length) await checkPortal(options.url);
    const upload = createUploader({ baseUrl: options.url, key: options.key });

    const importRow = async ({ row, audio }: { row: ManifestRow; audio: AudioFile }) => {
      let metadata = row.metadata;
      if (row.transcriptFile) {
        const transcript = await readTranscript(row.transcriptFile, options.folder);
        if (!Array.isArray(transcript)) {
          record(row, 'refused', [transcript]);
          return;
        }
        metadata = { ...metadata, transcript };
      }
      const result: UploadResult = await upload(metadata, audio, (notice) =>
        progress.log(`line ${row.line} (${row.externalId}): ${notice.reason}; retry ${notice.attempt} of ${notice.maxAttempts - 1} in ${formatDuration(notice.delayMs)}`),
      );
      // Only the portal's answers are remembered; a row refused here is checked afresh next time.
      if (result.outcome !== 'failed' && result.status !== undefined) {
        await state.append({ externalId: row.externalId, outcome: result.outcome, status: result.status, id: 'id' in result ? result.id : undefined, line: row.line, portal });
      }
      if (result.outcome === 'refused' || result.outcome === 'failed') record(row, result.outcome, problemErrors(result.problem), result.status, result.problem.detail);
      else summary[result.outcome] += 1;
    };

    // A fixed set of workers taking the next row in turn: at most `concurrency` uploads at once.
    let next = 0;
    const worker = async () => {
      while (fatal === undefined && next < pending.length) {
        const item = pending[next++]!;
        try {
          await importRow(item);
          progress.advance(1, item.audio.size);
          flushNotes();
        } catch (error) {
          // A refused key, a wrong URL, a full disk: stop taking rows, let the others finish theirs.
          fatal ??= error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, pending.length) }, worker));
  } catch (error) {
    fatal ??= error;
  } finally {
    progress.finish();
    await state.close();
  }
  if (fatal !== undefined) throw fatal;

  summary.elapsedMs = Date.now() - started;
  await writeReport(options.reportPath, summary.problems);
  return summary;
}

function problemErrors(problem: Problem): RowError[] {
  return Array.isArray(problem.errors) ? problem.errors.filter((error) => error && typeof error.field === 'string') : [];
}
