import fs from 'node:fs/promises';
import { formatCsvRow } from './csv';
import type { RowError } from './manifest';
import { formatDuration } from './progress';

/** What the operator acts on after a run: the counts, and every row that still needs them. */

export interface ProblemRow {
  line: number;
  externalId: string;
  file: string;
  outcome: 'refused' | 'failed';
  /** Absent when the importer refused the row itself or the portal never answered. */
  status?: number;
  errors: RowError[];
  detail?: string;
}

export interface ImportSummary {
  rows: number;
  imported: number;
  /** Already in the portal: answered 200 now, or recorded as finished by an earlier run. */
  present: number;
  /** Of `present`, how many were skipped thanks to the state file without asking the portal. */
  skipped: number;
  refused: number;
  failed: number;
  elapsedMs: number;
  problems: ProblemRow[];
}

const reportColumns = ['line', 'externalId', 'file', 'outcome', 'httpStatus', 'errors', 'detail'] as const;

function formatReport(problems: readonly ProblemRow[]): string {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  return [
    formatCsvRow(reportColumns),
    ...sorted.map((problem) =>
      formatCsvRow([
        problem.line,
        problem.externalId,
        problem.file,
        problem.outcome,
        problem.status,
        problem.errors.map((error) => `${error.field}: ${error.message}`).join('; '),
        problem.detail,
      ]),
    ),
  ].join('');
}

/**
 * Written whole on every run, even with nothing to list, so a report left by an earlier run
 * never shows rows that have since gone in; through a temporary file, so it is never half there.
 */
export async function writeReport(reportPath: string, problems: readonly ProblemRow[]): Promise<void> {
  const temporary = `${reportPath}.${process.pid}.tmp`;
  await fs.writeFile(temporary, formatReport(problems), 'utf8');
  await fs.rename(temporary, reportPath);
}

export function formatSummary(summary: ImportSummary, reportPath: string): string {
  const lines = [
    `Import finished in ${formatDuration(summary.elapsedMs)}: ${summary.rows} calls in the manifest.`,
    `  imported         ${summary.imported}`,
    `  already present  ${summary.present}${summary.skipped ? `  (${summary.skipped} skipped as finished by an earlier run)` : ''}`,
    `  refused          ${summary.refused}`,
    `  failed           ${summary.failed}${summary.failed ? '  (after retries; run again to retry them)' : ''}`,
  ];
  if (summary.refused || summary.failed) lines.push(`Rows to look at are listed in ${reportPath}.`);
  return `${lines.join('\n')}\n`;
}
