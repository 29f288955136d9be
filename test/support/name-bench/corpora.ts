import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * The third-party data the name-matching benchmark reads, from ../shared/data: never copied into
 * the repository, read where the workplace keeps it.
 */
/** The repository's root, from the sources (jest) or from dist (the benchmark) alike. */
const ROOT = (function rootOf(folder: string): string {
  return existsSync(join(folder, 'package.json')) || dirname(folder) === folder ? folder : rootOf(dirname(folder));
})(__dirname);
export const DATA = join(ROOT, '../shared/data');
/** The corpora of ordinary parties assembled beside the labelled set (test/support/ordinary-parties.ts). */
const ASSEMBLED = join(ROOT, 'test/fixtures/ordinary-parties');
export const LIST_SPECS = [
  `ofac-sdn:${join(DATA, 'ofac-sdn')}`,
  `ofac-consolidated:${join(DATA, 'ofac-consolidated')}`,
  `un-xml:${join(DATA, 'un/consolidated.xml')}`,
  `bis-dpl:${join(DATA, 'bis-dpl/dpl.txt')}`,
];

export type Kind = 'INDIVIDUAL' | 'ORGANISATION';

/** One row of nomenklatura's name_bench: is `name1` the listed `name2`? */
export interface BenchCase {
  caseGroup: string;
  schema: string;
  name1: string;
  name2: string;
  isMatch: boolean;
  quality: 'STRONG' | 'MEDIUM' | 'WEAK';
  llm: boolean;
  category: string;
  notes: string;
}

const BENCH = join(DATA, 'name-matching/nomenklatura-name-bench');

function csv(path: string, delimiter = ','): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, delimiter, relax_quotes: true, skip_empty_lines: true });
}

export function benchCases(): BenchCase[] {
  return csv(join(BENCH, 'cases.csv')).map((r) => ({
    caseGroup: r.case_group,
    schema: r.schema,
    name1: r.name1,
    name2: r.name2,
    isMatch: r.is_match === 'true',
    quality: (r.quality || 'MEDIUM') as BenchCase['quality'],
    llm: r.category === 'LLM-proposed deviation',
    category: r.category,
    notes: r.notes,
  }));
}

/** The same pair in cases.csv and logic-v2's frozen run: `case_group, schema, name1, name2, is_match`. */
export function caseKey(c: { caseGroup: string; schema: string; name1: string; name2: string; isMatch: boolean }): string {
  return [c.caseGroup, c.schema, c.name1, c.name2, c.isMatch].join('\u001f');
}

/** logic-v2's verdict per case key: whether it reported the pair at its threshold (0.70). */
export function logicV2Verdicts(): Map<string, boolean> {
  return new Map(
    csv(join(BENCH, 'logicv2-frozen.csv')).map((r) => [
      caseKey({ caseGroup: r.case_group, schema: r.schema, name1: r.name1, name2: r.name2, isMatch: r.is_match === 'true' }),
      r.predicted_match === 'true',
    ]),
  );
}

/** Pairs whose label cases.csv and nomenklatura's checks.yml disagree on: `schema, name1, name2`. */
export function labelConflicts(): Set<string> {
  return new Set(csv(join(BENCH, 'label-conflicts.tsv'), '\t').map((r) => [r.schema, r.name1, r.name2].join('\u001f')));
}

/** What a declaration would say of the party; a vessel is never a declared party, so it says nothing. */
export function kindOfSchema(schema: string): Kind | undefined {
  return schema === 'Person' ? 'INDIVIDUAL' : schema === 'Vessel' ? undefined : 'ORGANISATION';
}

/** A name on no sanctions list, with what a declaration would say of it. */
export interface OrdinaryParty {
  name: string;
  country?: string;
  kind: Kind;
  /** The slice it is reported in: its source and country group. */
  group: string;
}

const LISTED_GROUPS: Array<[string, string[]]> = [
  ['JP', ['JP']],
  ['KR', ['KR']],
  ['IN', ['IN']],
  ['US/CA', ['US', 'CA']],
  ['CN/HK/TW', ['CN', 'HK', 'TW']],
  ['EU/GB/CH/NO', ['DE', 'FR', 'GB', 'IT', 'ES', 'NL', 'BE', 'SE', 'FI', 'DK', 'NO', 'CH', 'AT', 'IE', 'PT', 'PL', 'GR', 'LU', 'IS', 'CZ', 'HU']],
];

function listedGroup(country: string): string {
  return LISTED_GROUPS.find(([, countries]) => countries.includes(country))?.[0] ?? 'other';
}

/** The real names of ordinary companies in ../shared/data/company-names (the dev halves). */
export function companyNames(): OrdinaryParty[] {
  const folder = join(DATA, 'company-names');
  const korean = csv(join(folder, 'dart-kr-operating.dev.tsv'), '\t').map((r) => ({ name: r.name, country: r.country, kind: 'ORGANISATION' as const, group: 'DART KR operating' }));
  const listed = csv(join(folder, 'financedatabase-listed.dev.tsv'), '\t').map((r) => ({ name: r.name, country: r.country, kind: 'ORGANISATION' as const, group: `listed ${listedGroup(r.country)}` }));
  return [...korean, ...listed];
}

/** yente's fixtures of people on no sanctions list. */
export function yentePeople(): OrdinaryParty[] {
  const folder = join(DATA, 'name-matching/yente-fixtures');
  return (['negatives_us_1k', 'positives_us_congress_untreated'] as const).flatMap((file) =>
    csv(join(folder, `${file}.csv`)).map((r) => ({ name: r.full_name, kind: 'INDIVIDUAL' as const, group: `yente ${file}` })),
  );
}

/** yente's UN people, as listed and "treated" (typos, reordering), row-aligned: the treated names must find their entry. */
export function yenteUnPairs(): Array<{ treated: string; listed: string }> {
  const folder = join(DATA, 'name-matching/yente-fixtures');
  const listed = csv(join(folder, 'positives_un_untreated.csv'));
  return csv(join(folder, 'positives_un_treated.csv')).map((r, i) => ({ treated: r.full_name, listed: listed[i].full_name }));
}

/** The corpora assembled beside the labelled set: trading houses and people of AE, KZ, KG, UZ, AM, GE, VN, KR. */
export function assembledParties(): OrdinaryParty[] {
  if (!existsSync(ASSEMBLED)) return [];
  return readdirSync(ASSEMBLED)
    .filter((f) => f.endsWith('.tsv'))
    .flatMap((f) =>
      readFileSync(join(ASSEMBLED, f), 'utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => {
          const [name, country, kind, group] = line.split('\t');
          return { name, country: country || undefined, kind: kind as Kind, group: `assembled ${group}` };
        }),
    );
}
