import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';

jest.setTimeout(180_000);
const cli = join(__dirname, '../../dist/apps/cli/src/main.js');
const DATA = join(__dirname, '../../../shared/data');
const SDN = `ofac-sdn:${DATA}/ofac-sdn`;
const run = promisify(execFile);

/**
 * A listed name, read from the SDN list at test time: the first entity whose primary name is two
 * or more plain words (so no test depends on how a particular name is spelt or punctuated).
 */
function listedEntity(): { entryId: string; name: string } {
  const rows = parse(readFileSync(join(DATA, 'ofac-sdn/sdn.csv')), { relax_column_count: true, relax_quotes: true, trim: true }) as string[][];
  const row = rows.find(([, name, type]) => type === '-0-' && /^[A-Z]{3,}( [A-Z]{3,}){1,3}$/.test(name));
  if (!row) throw new Error('no plain entity name on the SDN list');
  return { entryId: row[0], name: row[1] };
}

interface OutputLine {
  id: string | number;
  name: string | null;
  country: string | null;
  matches?: { list: string; entryId: string; matchedName: string; score: number; severity: string }[];
  error?: string;
}

describe('chokepoint screen-names', () => {
  const listed = listedEntity();
  let folder: string;
  /** Nothing configured: no lists from SANCTIONS_LISTS, no database. */
  let bare: NodeJS.ProcessEnv;
  const screenNames = async (...args: string[]) => {
    const output = join(folder, `out-${Math.random().toString(36).slice(2)}.ndjson`);
    const { stderr } = await run('node', [cli, 'screen-names', ...args, '--output', output], { env: bare });
    const text = readFileSync(output, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    return { lines: text.trimEnd().split('\n').map((line) => JSON.parse(line) as OutputLine), text, stderr };
  };
  const write = (file: string, text: string) => {
    writeFileSync(join(folder, file), text);
    return join(folder, file);
  };

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'chokepoint-screen-names-'));
    bare = { PATH: process.env.PATH, HOME: folder, EMBEDDED_DATA_DIR: join(folder, 'no-database'), LOG_LEVEL: 'silent' };
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** Every line has the shape of the output: id, name, country, and matches or an error. */
  function expectShape(lines: OutputLine[]): void {
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'name', 'country', line.error === undefined ? 'matches' : 'error']);
      for (const match of line.matches ?? []) {
        expect(Object.keys(match)).toEqual(['list', 'entryId', 'matchedName', 'score', 'severity']);
        expect(match.score).toBeGreaterThanOrEqual(0.8);
      }
    }
  }

  const listedMatch = () => expect.arrayContaining([expect.objectContaining({ list: 'ofac-sdn', entryId: listed.entryId, severity: expect.any(String) })]);

  it('screens a CSV file row by row, in order, reporting rows it cannot screen in their place', async () => {
    const input = write(
      'parties.csv',
      [
        'id,name,country,kind',
        'P-1,Rheinland Messtechnik GmbH,DE,ORGANISATION',
        ',"Hanbit Electronics Co., Ltd.",kr,organisation',
        `P-3,"${listed.name}",,ORGANISATION`,
        'P-4,,DE,',
        'P-5,Nordic Industrial Supply AB,XX,',
        'P-6,Kansai Bearing Industries K.K.,JP,COMPANY',
        'P-7,too,many,fields,here',
        'P-8,Anatolia Makina Sanayi A.S.,TR,',
      ].join('\r\n'),
    );
    const { lines, stderr } = await screenNames('--input', input, '--sanctions', SDN);
    expectShape(lines);
    expect(lines.map((l) => l.id)).toEqual(['P-1', 2, 'P-3', 'P-4', 'P-5', 'P-6', 7, 'P-8']);
    expect(lines[0]).toMatchObject({ name: 'Rheinland Messtechnik GmbH', country: 'DE', matches: expect.any(Array) });
    expect(lines[1]).toMatchObject({ name: 'Hanbit Electronics Co., Ltd.', country: 'KR', matches: expect.any(Array) });
    expect(lines[2]).toMatchObject({ name: listed.name, country: null, matches: listedMatch() });
    expect(lines[3]).toEqual({ id: 'P-4', name: null, country: 'DE', error: 'no name' });
    expect(lines[4]).toMatchObject({ name: 'Nordic Industrial Supply AB', error: expect.stringContaining('country "XX"') });
    expect(lines[5]).toMatchObject({ name: 'Kansai Bearing Industries K.K.', error: expect.stringContaining('kind "COMPANY"') });
    expect(lines[6]).toMatchObject({ name: null, error: expect.stringContaining('unreadable CSV record') });
    expect(lines[7]).toMatchObject({ name: 'Anatolia Makina Sanayi A.S.', matches: expect.any(Array) });
    expect(stderr).toMatch(/screen-names: 8 rows, [1-9]\d* with matches \(by strongest match: .+\), 4 not screened/);
    expect(stderr).toMatch(/ofac-sdn@\w+ at threshold 0\.8: [\d.]+ s, \d+ names\/s on this thread/);
  });

  it('reads TSV by its extension or by its first line, columns in any order, a quote being part of a name', async () => {
    const text = ['country\tName', 'DE\tRheinland Messtechnik GmbH', `\t${listed.name}`, 'SE\t', 'VN\tSaigon "Components" JSC', ''].join('\n');
    const byExtension = await screenNames('--input', write('parties.tsv', text), '--sanctions', SDN);
    expectShape(byExtension.lines);
    expect(byExtension.lines.map((l) => [l.id, l.name, l.country])).toEqual([
      [1, 'Rheinland Messtechnik GmbH', 'DE'],
      [2, listed.name, null],
      [3, null, 'SE'],
      [4, 'Saigon "Components" JSC', 'VN'],
    ]);
    expect(byExtension.lines[1].matches).toEqual(listedMatch());
    expect(byExtension.lines[2].error).toBe('no name');
    // Sniffed: a tab in the first line.
    expect((await screenNames('--input', write('parties.txt', text), '--sanctions', SDN)).text).toBe(byExtension.text);
  });

  it('reads NDJSON, with the lists configured in SANCTIONS_LISTS, and gives the same lines on worker threads', async () => {
    const input = write(
      'parties.ndjson',
      [
        JSON.stringify({ id: 101, name: 'Rheinland Messtechnik GmbH', country: 'DE', kind: 'ORGANISATION' }),
        '',
        JSON.stringify({ name: listed.name, kind: 'ORGANISATION' }),
        '{"id": "x-3", "name": ',
        JSON.stringify({ id: 'x-4', country: 'DE' }),
        JSON.stringify(['not', 'an', 'object']),
        JSON.stringify({ id: 'x-6', name: 'Hanbit Electronics Co., Ltd.', country: 'KR', extra: 'ignored' }),
      ].join('\n'),
    );
    bare.SANCTIONS_LISTS = SDN;
    try {
      const here = await screenNames('--input', input);
      expectShape(here.lines);
      expect(here.lines.map((l) => l.id)).toEqual([101, 2, 3, 'x-4', 5, 'x-6']);
      expect(here.lines[1]).toMatchObject({ name: listed.name, matches: listedMatch() });
      expect(here.lines.filter((l) => l.error).map((l) => [l.id, l.error])).toEqual([[3, 'not JSON'], ['x-4', 'no name'], [5, 'not a JSON object']]);
      expect(here.stderr).toMatch(/6 rows, .*3 not screened/);
      const onThreads = await screenNames('--input', input, '--workers', '2');
      expect(onThreads.text).toBe(here.text);
      expect(onThreads.stderr).toContain('on 2 threads');
    } finally {
      delete bare.SANCTIONS_LISTS;
    }
  });

  it('refuses a file without a name column, and a call without lists', async () => {
    const noName = write('no-name.csv', 'id,party\n1,Rheinland Messtechnik GmbH\n');
    await expect(run('node', [cli, 'screen-names', '--input', noName, '--sanctions', SDN], { env: bare })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('no "name" column') });
    await expect(run('node', [cli, 'screen-names', '--input', noName], { env: bare })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('no party lists') });
  });
});
