import fs from 'node:fs/promises';
import path from 'node:path';
import { CsvSyntaxError, parseCsv } from './csv';

/**
 * The archive manifest: one row per recorded call, as CSV or JSON lines, turned into the
 * api-v1 metadata object that `POST /api/v1/recordings` takes. Only what the importer itself
 * must understand is checked here (columns, numbers, files); whether a call is valid is the
 * portal's decision, so its rules are not copied here to drift apart.
 */

export interface RowError {
  field: string;
  message: string;
}

export interface ManifestRow {
  /** The manifest line the row starts on, so an operator can find and fix it. */
  line: number;
  /** Empty when the row has none (then `errors` says so). */
  externalId: string;
  /** The audio file as the manifest names it, relative to the archive folder. */
  file: string;
  transcriptFile?: string;
  metadata: Record<string, unknown>;
  /** Problems found before any upload; a row with any is refused without contacting the portal. */
  errors: RowError[];
}

/** A manifest the importer cannot read at all: a usage error, not a row to report. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

const requiredColumns = ['file', 'externalId', 'phone', 'startedAt', 'durationSeconds', 'direction', 'purposes', 'legalBasis'] as const;
const optionalColumns = ['customerNumber', 'agentName', 'consentMethod', 'consentGivenAt', 'retentionUntil', 'transcriptFile'] as const;
type Column = (typeof requiredColumns)[number] | (typeof optionalColumns)[number];
const knownColumns: readonly Column[] = [...requiredColumns, ...optionalColumns];

/** Maps one CSV row (column → trimmed cell) to metadata; empty optional cells are left out. */
export function csvRowToMetadata(cells: Partial<Record<Column, string>>): { metadata: Record<string, unknown>; errors: RowError[] } {
  const errors: RowError[] = [];
  const metadata: Record<string, unknown> = {};
  const set = (key: string, value: string | undefined) => {
    if (value) metadata[key] = value;
  };
  set('externalId', cells.externalId);
  set('phone', cells.phone);
  set('customerNumber', cells.customerNumber);
  set('startedAt', cells.startedAt);
  if (cells.durationSeconds) {
    // Telephony exports often give fractions of a second; the API counts whole seconds.
    if (/^\d+(\.\d+)?$/.test(cells.durationSeconds)) metadata.durationSeconds = Math.round(Number(cells.durationSeconds));
    else errors.push({ field: 'durationSeconds', message: `must be a number of seconds such as 312, not "${cells.durationSeconds}"` });
  }
  set('direction', cells.direction);
  set('agentName', cells.agentName);
  if (cells.purposes) {
    metadata.purposes = cells.purposes
      .split(';')
      .map((purpose) => purpose.trim())
      .filter(Boolean);
  }
  set('legalBasis', cells.legalBasis);
  if (cells.consentMethod || cells.consentGivenAt) {
    const consent: Record<string, string> = {};
    if (cells.consentMethod) consent.method = cells.consentMethod;
    if (cells.consentGivenAt) consent.givenAt = cells.consentGivenAt;
    metadata.consent = consent;
  }
  set('retentionUntil', cells.retentionUntil);
  return { metadata, errors };
}

function parseCsvManifest(text: string): ManifestRow[] {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ManifestError(`the manifest is not valid CSV (${error.message})`);
    throw error;
  }
  const [header, ...data] = records;
  if (!header) throw new ManifestError('the manifest is empty; it needs a header row naming its columns');

  // Header names are matched without regard to case or surrounding spaces, as spreadsheets
  // tend to change both; an unknown name is refused so that a typo cannot silently drop a column.
  const columns = header.fields.map((name) => {
    const column = knownColumns.find((known) => known.toLowerCase() === name.trim().toLowerCase());
    if (!column) throw new ManifestError(`the manifest has an unknown column "${name}"; the columns are ${knownColumns.join(', ')}`);
    return column;
  });
  const missing = requiredColumns.filter((column) => !columns.includes(column));
  if (missing.length) throw new ManifestError(`the manifest has no column ${missing.map((column) => `"${column}"`).join(', ')}`);

  return data.map((record) => {
    const cells: Partial<Record<Column, string>> = {};
    columns.forEach((column, index) => {
      cells[column] = record.fields[index]?.trim() ?? '';
    });
    const { metadata, errors } = csvRowToMetadata(cells);
    if (record.fields.length !== columns.length) {
      errors.unshift({ field: '(row)', message: `has ${record.fields.length} fields but the header has ${columns.length}` });
    }
    return { line: record.line, externalId: cells.externalId ?? '', file: cells.file ?? '', transcriptFile: cells.transcriptFile || undefined, metadata, errors };
  });
}

function parseJsonlManifest(text: string): ManifestRow[] {
  const rows: ManifestRow[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      rows.push({ line, externalId: '', file: '', metadata: {}, errors: [{ field: '(row)', message: 'is not valid JSON' }] });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      rows.push({ line, externalId: '', file: '', metadata: {}, errors: [{ field: '(row)', message: 'is not a JSON object' }] });
      return;
    }
    const { file, transcriptFile, ...metadata } = value as Record<string, unknown>;
    const errors: RowError[] = [];
    if (typeof file !== 'string') errors.push({ field: 'file', message: 'must be the audio file path as a string' });
    if (transcriptFile !== undefined && typeof transcriptFile !== 'string') errors.push({ field: 'transcriptFile', message: 'must be a file path as a string' });
    rows.push({
      line,
      externalId: typeof metadata.externalId === 'string' ? metadata.externalId : '',
      file: typeof file === 'string' ? file : '',
      transcriptFile: typeof transcriptFile === 'string' && transcriptFile ? transcriptFile : undefined,
      metadata,
      errors,
    });
  });
  return rows;
}

/** Parses manifest text; rows keep their own errors, only an unreadable whole throws. */
export function parseManifest(text: string, format: 'csv' | 'jsonl'): ManifestRow[] {
  const rows = format === 'csv' ? parseCsvManifest(text) : parseJsonlManifest(text);
  // The externalId is what makes a re-run safe and what the resume file remembers, so every
  // row needs one and no two rows may share one.
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    // A row that could not be read as a whole has said enough; its missing parts follow from that.
    const unreadable = row.errors.some((error) => error.field === '(row)');
    if (row.externalId && firstLine.has(row.externalId)) {
      row.errors.push({ field: 'externalId', message: `is also on line ${firstLine.get(row.externalId)}` });
    } else if (row.externalId) {
      firstLine.set(row.externalId, row.line);
    } else if (!unreadable) {
      row.errors.push({ field: 'externalId', message: 'is required: it is what makes a re-run safe' });
    }
    if (!row.file && !unreadable && !row.errors.some((error) => error.field === 'file')) row.errors.push({ field: 'file', message: 'is required' });
  }
  return rows;
}

function manifestFormat(manifestPath: string): 'csv' | 'jsonl' {
  const extension = path.extname(manifestPath).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  throw new ManifestError(`the manifest ${manifestPath} must be a .csv or a .jsonl file`);
}

export async function readManifest(manifestPath: string): Promise<ManifestRow[]> {
  const format = manifestFormat(manifestPath);
  let text: string;
  try {
    text = await fs.readFile(manifestPath, 'utf8');
  } catch (error) {
    throw new ManifestError(`cannot read the manifest ${manifestPath} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseManifest(text, format);
}

const contentTypes: Record<string, string> = { '.wav': 'audio/wav', '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.opus': 'audio/ogg' };

/** The type the audio part is sent with; the portal checks it against the bytes. */
export function audioContentType(file: string): string | undefined {
  return contentTypes[path.extname(file).toLowerCase()];
}

export interface AudioFile {
  path: string;
  contentType: string;
  size: number;
}

/** Finds a row's audio in the archive folder: a missing or unsupported file refuses the row. */
export async function locateAudio(row: ManifestRow, folder: string): Promise<AudioFile | RowError> {
  const contentType = audioContentType(row.file);
  if (!contentType) return { field: 'file', message: `${row.file} is not .wav, .mp3, .ogg or .opus audio` };
  const audioPath = path.resolve(folder, row.file);
  try {
    const stat = await fs.stat(audioPath);
    if (!stat.isFile()) return { field: 'file', message: `${row.file} is not a file` };
    return { path: audioPath, contentType, size: stat.size };
  } catch {
    return { field: 'file', message: `${row.file} does not exist in the archive folder` };
  }
}

/** Reads a row's transcript file (a JSON array of segments) when it names one. */
export async function readTranscript(transcriptFile: string, folder: string): Promise<unknown[] | RowError> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(folder, transcriptFile), 'utf8');
  } catch {
    return { field: 'transcriptFile', message: `${transcriptFile} cannot be read` };
  }
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) return value;
  } catch {
    // reported below, like any other content that is not an array
  }
  return { field: 'transcriptFile', message: `${transcriptFile} is not a JSON array of transcript segments` };
}
