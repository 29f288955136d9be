import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LIST_FORMATS, ListedEntity, ListFormat } from './listed-entity';
import { parseBisDpl } from './loaders/bis-dpl';
import { parseOfacCsv } from './loaders/ofac-csv';
import { parseUnXml } from './loaders/un-xml';

/** A configured list: `ofac-sdn:/data/ofac`, `un-xml:https://…/consolidated.xml`. */
export interface ListSource {
  format: ListFormat;
  location: string;
}

export interface LoadedList {
  source: ListSource;
  /** `<format>@<content hash>`: the same files give the same version, so decisions can name it. */
  version: string;
  entities: ListedEntity[];
}

export class ListSourceError extends Error {}

/** Parses `<format>:<path-or-url>`; the location may itself contain colons (URLs). */
export function parseListSource(spec: string): ListSource {
  const colon = spec.indexOf(':');
  const format = spec.slice(0, colon).trim() as ListFormat;
  const location = spec.slice(colon + 1).trim();
  if (colon < 0 || !LIST_FORMATS.includes(format) || !location) {
    throw new ListSourceError(`list source "${spec}" is not <format>:<path-or-url> with a format among ${LIST_FORMATS.join(', ')}`);
  }
  return { format, location };
}

/** The files each format is read from; OFAC's come as a folder of CSV files. */
const FILES: Record<ListFormat, { name: string; optional?: boolean }[]> = {
  'ofac-sdn': [{ name: 'sdn.csv' }, { name: 'alt.csv' }, { name: 'add.csv' }, { name: 'sdn_comments.csv', optional: true }],
  'ofac-consolidated': [{ name: 'cons_prim.csv' }, { name: 'cons_alt.csv' }, { name: 'cons_add.csv' }, { name: 'cons_comments.csv', optional: true }],
  'un-xml': [],
  'bis-dpl': [],
};

export async function loadList(source: ListSource): Promise<LoadedList> {
  const texts = await readSource(source);
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text ?? '').update('\u0000');
  return { source, version: `${source.format}@${hash.digest('hex').slice(0, 12)}`, entities: parse(source.format, texts) };
}

function parse(format: ListFormat, texts: (string | undefined)[]): ListedEntity[] {
  switch (format) {
    case 'ofac-sdn':
    case 'ofac-consolidated':
      return parseOfacCsv(format, { primary: texts[0]!, alternates: texts[1]!, addresses: texts[2]!, comments: texts[3] });
    case 'un-xml':
      return parseUnXml(texts[0]!);
    case 'bis-dpl':
      return parseBisDpl(texts[0]!);
  }
}

async function readSource({ format, location }: ListSource): Promise<(string | undefined)[]> {
  const files = FILES[format];
  if (files.length === 0) return [await read(location, false)];
  const folder = isUrl(location) ? location.replace(/\/?$/, '/') : await folderOf(location, files.map((f) => f.name));
  return Promise.all(files.map((f) => read(isUrl(folder) ? new URL(f.name, folder).toString() : join(folder, f.name), f.optional ?? false)));
}

/** A folder, or one of the format's files inside it. */
async function folderOf(path: string, names: string[]): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new ListSourceError(`list location ${path} does not exist`);
  return info.isDirectory() || !names.includes(basename(path)) ? path : dirname(path);
}

async function read(location: string, optional: boolean): Promise<string | undefined> {
  try {
    if (!isUrl(location)) return await readFile(location, 'utf8');
    const response = await fetch(location);
    if (response.status === 404 && optional) return undefined;
    if (!response.ok) throw new ListSourceError(`${location} answered ${response.status}`);
    return await response.text();
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (error instanceof ListSourceError) throw error;
    throw new ListSourceError(`cannot read list file ${location}: ${(error as Error).message}`);
  }
}

function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}
