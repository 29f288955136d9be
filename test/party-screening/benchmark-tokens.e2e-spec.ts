import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import anyAscii from 'any-ascii';
import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';
import { isGenericWord } from '@chokepoint/party-screening';
// Not re-exported from the library's index (owned by the matcher's rewrite): imported by path.
import { isLegalFormWord } from '../../libs/party-screening/src/legal-form-word';

const CASES = join(__dirname, '../../../shared/data/name-matching/nomenklatura-name-bench/cases.csv');
const LIBS = join(__dirname, '../../libs');

/** Lower-case ASCII words of a text (any script folded by any-ascii), split on everything not a letter. */
function words(text: string): string[] {
  return anyAscii(text).toLowerCase().split(/[^a-z]+/).filter(Boolean);
}

interface Case {
  schema: string;
  name1: string;
  name2: string;
}

const cases = parse(readFileSync(CASES), { columns: true, skip_empty_lines: true }) as Case[];

/**
 * The distinctive words of the benchmark's names: at least four letters, and neither a legal
 * form nor a generic word as the matcher defines them (those are the matcher's own vocabulary).
 */
function benchmarkTokens(): Set<string> {
  const tokens = new Set<string>();
  for (const { name1, name2 } of cases) for (const word of [...words(name1), ...words(name2)]) if (word.length >= 4 && !isGenericWord(word) && !isLegalFormWord(word)) tokens.add(word);
  return tokens;
}

/**
 * Exempted, and why. Nothing else is.
 *
 * 1. Words of English country names, as i18n-iso-countries spells them (the loaders read the
 *    lists' countries with it; rule sets and list spellings name countries): a country is a
 *    separate attribute of a party, not a token the matcher could be tuned on. Except the words
 *    the benchmark uses in persons' names (Martin, Jordan, Chad ...), which stay checked.
 */
function countryWords(): Set<string> {
  const inPersonNames = new Set(cases.filter((c) => c.schema === 'Person').flatMap((c) => [...words(c.name1), ...words(c.name2)]));
  return new Set(Object.values(countries.getNames('en', { select: 'all' })).flat().flatMap(words).filter((w) => !inPersonNames.has(w)));
}

/**
 * 2. Plain English words that the code uses in their ordinary sense, where it was checked that
 *    they are that and not a name: prose of comments and messages, settings, SQL, HTML, the
 *    contract's party kinds, the OFAC loaders' identifier types, the rule set's HS descriptions.
 */
const ENGLISH: Record<string, string> = {
  real: 'SQL `::real`; "the real lists"',
  page: 'pagination of archive reads and the console queue',
  down: 'shut down, round down, further down',
  four: 'four eyes; four lists',
  three: 'numbers in prose',
  store: 'stores (rule sets, allowlist, replay runs)',
  traffic: 'declaration traffic',
  standard: 'standard deviation; the OFAC identifier type names',
  pipeline: 'node:stream pipeline; the screening pipeline',
  will: 'the modal verb in comments',
  good: 'the UN list\'s alias quality "Good"',
  mark: 'to mark (contact points mark a network)',
  making: 'HS descriptions ("machines for making semiconductor devices")',
  health: 'the /health endpoint',
  meta: 'HTML <meta> in the replay report',
  business: 'business registration number (identifier types, the contract)',
  government: 'the GOVERNMENT party kind; government gazette number',
  personal: 'personal id card (OFAC identifier type)',
  credit: 'OFAC identifier types',
  organisation: 'the ORGANISATION party kind',
  plant: 'HS descriptions ("isotope separation plant"); "Plant 7" in a rules spec',
  precision: 'the precision of a rule against officers\' findings; over-folding costs precision',
  military: 'the EU Common Military List',
};

/** 3. A word in one file only, in its ordinary sense there. */
const IN_FILE: Record<string, { word: string; why: string }[]> = {
  'replay/src/replay-segments.ts': [{ word: 'young', why: 'V8\'s young generation' }],
  // Hong is also a persons' name in the benchmark, so not exempted as a country word; here it is the place.
  'party-screening/src/countries.ts': [{ word: 'hong', why: 'Hong Kong, as the UN list spells it' }],
  'detection/rule-sets/default.yaml': [{ word: 'hong', why: 'Hong Kong, a diversion hub' }],
};

/** Every file under libs/, specs included: the matcher must not be tuned to the benchmark anywhere in its code. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the name-matching benchmark stays out of the code', () => {
  it('no distinctive word of the nomenklatura name_bench cases appears as a whole word in libs/', () => {
    const exempt = new Set([...countryWords(), ...Object.keys(ENGLISH)]);
    const tokens = new Set([...benchmarkTokens()].filter((t) => !exempt.has(t)));
    expect(tokens.size).toBeGreaterThan(500);
    const found: string[] = [];
    for (const file of filesUnder(LIBS)) {
      const name = relative(LIBS, file);
      const inFile = new Set(words(readFileSync(file, 'utf8')).filter((word) => tokens.has(word) && !IN_FILE[name]?.some((e) => e.word === word)));
      for (const word of [...inFile].sort()) found.push(`${name}: ${word}`);
    }
    if (found.length) console.log(`words of the name-matching benchmark found in libs/ (${found.length}):\n${found.join('\n')}`);
    expect(found).toEqual([]);
  });
});
