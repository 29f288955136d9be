import { createReadStream, ReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { parse, Parser } from 'csv-parse';
import countries from 'i18n-iso-countries';

export type PartyFileFormat = 'csv' | 'tsv' | 'ndjson';
export const PARTY_FILE_FORMATS: readonly PartyFileFormat[] = ['csv', 'tsv', 'ndjson'];

/**
 * One row of a party file, in file order. `row` counts data rows from 1 (a header is not a row,
 * blank lines are not rows). A row that cannot be screened carries `error` and is still a row.
 */
export interface PartyRow {
  row: number;
  /** The row's `id` as written (an NDJSON number stays a number), else the row number. */
  id: string | number;
  name?: string;
  country?: string;
  kind?: 'INDIVIDUAL' | 'ORGANISATION';
  error?: string;
}

export interface PartyFile {
  format: PartyFileFormat;
  /** The rows, streamed: the file is never read whole. */
  rows: AsyncIterable<PartyRow>;
  /** Bytes read from the file so far, and its size: progress without counting lines first. */
  bytesRead(): number;
  size: number;
}

const EXTENSIONS: Record<string, PartyFileFormat> = { '.csv': 'csv', '.tsv': 'tsv', '.tab': 'tsv', '.ndjson': 'ndjson', '.jsonl': 'ndjson' };
/** A record longer than this is refused as that row's error, not buffered without end (an unclosed quote). */
const MAX_RECORD_BYTES = 64 * 1024;
const SKIPPED = Symbol('skipped');

/** Opens a party file: CSV, TSV or NDJSON by `format`, else by extension, else by its first line. */
export async function openPartyFile(path: string, format?: PartyFileFormat): Promise<PartyFile> {
  const { size } = await stat(path);
  const chosen = format ?? EXTENSIONS[extname(path).toLowerCase()] ?? (await sniff(path));
  const stream = createReadStream(path);
  return { format: chosen, size, bytesRead: () => stream.bytesRead, rows: chosen === 'ndjson' ? ndjsonRows(stream) : delimitedRows(stream, chosen) };
}

/** NDJSON if the first non-blank character opens an object, TSV if the first line has a tab, else CSV. */
async function sniff(path: string): Promise<PartyFileFormat> {
  const handle = await open(path);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    if (head.startsWith('{')) return 'ndjson';
    return head.split(/\r?\n/, 1)[0].includes('\t') ? 'tsv' : 'csv';
  } finally {
    await handle.close();
  }
}

/**
 * CSV (RFC 4180 quoting) or TSV (no quoting: a `"` is a letter of the name). The header names the
 * columns, in any order and case; `name` is required. A record csv-parse cannot read (wrong
 * number of fields, a broken quote) becomes that row's error, in its place.
 */
async function* delimitedRows(stream: ReadStream, format: 'csv' | 'tsv'): AsyncIterable<PartyRow> {
  const parser: Parser = parse({
    delimiter: format === 'tsv' ? '\t' : ',',
    quote: format === 'tsv' ? false : '"',
    relax_quotes: true,
    bom: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    columns: (header: string[]) => {
      const columns = header.map((h) => h.trim().toLowerCase());
      if (!columns.includes('name')) throw new Error(`the party file has no "name" column (its header: ${header.join(format === 'tsv' ? ' | ' : ', ')})`);
      return columns;
    },
    skip_records_with_error: true,
    on_skip: (error) => {
      // Pushed in the parser's own order: the bad record keeps its place among the good ones.
      parser.push({ [SKIPPED]: error?.message ?? 'unreadable record' });
      return undefined;
    },
  });
  stream.on('error', (error) => parser.destroy(error));
  stream.pipe(parser);
  let row = 0;
  for await (const record of parser as AsyncIterable<Record<string, string | undefined> & { [SKIPPED]?: string }>) {
    row += 1;
    yield record[SKIPPED] ? { row, id: row, error: `unreadable ${format.toUpperCase()} record: ${record[SKIPPED]}` } : partyRow(row, record);
  }
}

async function* ndjsonRows(stream: ReadStream): AsyncIterable<PartyRow> {
  let row = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    const text = row === 0 ? line.replace(/^\uFEFF/, '') : line;
    if (!text.trim()) continue;
    row += 1;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield { row, id: row, error: 'not JSON' };
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield { row, id: row, error: 'not a JSON object' };
      continue;
    }
    yield partyRow(row, value as Record<string, unknown>);
  }
}

/** A row's fields, checked: a name, a country that is ISO 3166-1 alpha-2, a kind the matcher knows. */
function partyRow(row: number, fields: Record<string, unknown>): PartyRow {
  const id = typeof fields.id === 'number' ? fields.id : text(fields.id) || row;
  const name = text(fields.name);
  const country = text(fields.country)?.toUpperCase();
  // The US spelling of ORGANISATION is as good (IZ for IS).
  const kind = text(fields.kind)?.toUpperCase().replace(/IZATION$/, 'ISATION');
  const parsed: PartyRow = { row, id, ...(name ? { name } : {}), ...(country ? { country } : {}) };
  const errors = [
    ...(name ? [] : [typeof fields.name === 'string' || fields.name === undefined || fields.name === null ? 'no name' : 'name is not text']),
    ...(country && !(/^[A-Z]{2}$/.test(country) && countries.isValid(country)) ? [`country "${text(fields.country)}" is not an ISO 3166-1 alpha-2 code`] : []),
    ...(kind && !KINDS.has(kind) ? [`kind "${text(fields.kind)}" is neither INDIVIDUAL nor ORGANISATION`] : []),
  ];
  if (errors.length) return { ...parsed, error: errors.join('; ') };
  return { ...parsed, ...(kind ? { kind: KINDS.get(kind) } : {}) };
}

const KINDS = new Map<string, 'INDIVIDUAL' | 'ORGANISATION'>([['INDIVIDUAL', 'INDIVIDUAL'], ['ORGANISATION', 'ORGANISATION']]);

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}
