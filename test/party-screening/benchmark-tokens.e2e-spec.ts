import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import anyAscii from 'any-ascii';
import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';
import { isGenericWord, isLegalFormWord } from '@chokepoint/party-screening';
// The tables of exemption 4 are imported by path: they are the readings' own, not the library's API.
import { PARTICLES } from '../../libs/party-screening/src/readings/arabic-names';
import { CONVENTIONAL_GIVEN_SYLLABLES, KOREAN_SURNAMES } from '../../libs/party-screening/src/readings/hangul-surnames';

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
  four: 'four eyes; four lists; the number words number-words.ts reads',
  three: 'numbers in prose; the number words number-words.ts reads',
  forty: 'the number word: number-words.ts reads the English tens, twenty to ninety',
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
  capital: 'the capital cities countries-list gives (place-words.ts)',
};

/**
 * 3. Two-word names whose words are checked apart, exempt only as the whole phrase, wherever it
 *    stands (across a line break too).
 */
const PHRASES: Record<string, string> = {
  'hong kong':
    "the territory (ISO 3166 HK), in the lists' addresses, the rule set's diversion hubs and the Wade–Giles readings Taiwan and Hong Kong passports print; hong alone is a Korean and Chinese given-name syllable in the benchmark",
  'young generation': "V8's heap space for new objects, which replay sizes; young alone is a given name in the benchmark",
};

const phrasePattern = (phrase: string) => new RegExp(`\\b${phrase.split(' ').join('\\s+')}\\b`, 'gi');

function withoutPhrases(text: string): string {
  return Object.keys(PHRASES).reduce((t, phrase) => t.replace(phrasePattern(phrase), ' '), text);
}

/**
 * 4. The transliteration tables, and in them only the words listed here. The issue requires the
 *    conventional spellings of Korean surnames, which no rule derives (이 is Lee); no such table
 *    can be written without the common surnames the benchmark also uses (Park, Chung). Arabic
 *    and Persian names have no table: they are read letter by letter and compared by their
 *    consonants; only the particles of Arabic names are listed (Abou). Each table cites at its head the published
 *    sources its entries come from (Statistics Korea's census ranking, the passport-spelling
 *    study, RR, McCune–Reischauer; BGN/PCGN for the particles of Arabic names),
 *    and its entries were reviewed against them, entries they do not bear out removed. The
 *    exemption is narrow: a listed word is exempt only in the code of its file, never in its
 *    comments, and only as a key or value of one of that file's tables; the lists are checked to
 *    hold no other word and no word the benchmark no longer has. A word added to a table, or
 *    anywhere else, is checked like any other.
 */
const TABLES: Record<string, { tables: object[]; words: string[] }> = {
  'party-screening/src/readings/hangul-surnames.ts': {
    tables: [KOREAN_SURNAMES, CONVENTIONAL_GIVEN_SYLLABLES],
    words: [
      'bong', 'chang', 'chin', 'choe', 'chul', 'chun', 'chung', 'hong', 'hyung', 'jang', 'jong', 'joon', 'kwang', 'kyong', 'myong', 'myung', 'paek',
      'park', 'pong', 'ryong', 'song', 'yong', 'young'
    ],
  },
  'party-screening/src/readings/arabic-names.ts': {
    tables: [PARTICLES],
    words: ['abou'],
  },
};

/** The words of a table's keys and values (Hangul and Arabic keys folded as everywhere else). */
function tableWords(tables: object[]): Set<string> {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]) : [];
  return new Set(tables.flatMap(strings).flatMap(words));
}

/** A TypeScript file's comments apart from the rest (its code, string literals included). */
function commentsAndCode(text: string): { comments: string; code: string } {
  let comments = '';
  let code = '';
  for (const [part] of text.matchAll(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`|[^/'"`]+|[/'"`]/g)) {
    if (part.startsWith('/*') || part.startsWith('//')) comments += `${part}\n`;
    else code += part;
  }
  return { comments, code };
}

/** The words of a file that are checked: all of them, less the phrases, and in a table file less its listed table words in code. */
function checkedWords(name: string, text: string): string[] {
  const table = TABLES[name];
  if (!table) return words(withoutPhrases(text));
  const { comments, code } = commentsAndCode(text);
  const inTables = tableWords(table.tables);
  const exempt = new Set(table.words.filter((w) => inTables.has(w)));
  return [...words(withoutPhrases(comments)), ...words(withoutPhrases(code)).filter((w) => !exempt.has(w))];
}

/** Every file under libs/, specs included: the matcher must not be tuned to the benchmark anywhere in its code. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the name-matching benchmark stays out of the code', () => {
  const exempt = new Set([...countryWords(), ...Object.keys(ENGLISH)]);
  const tokens = new Set([...benchmarkTokens()].filter((t) => !exempt.has(t)));
  const files = filesUnder(LIBS).map((file) => ({ name: relative(LIBS, file), text: readFileSync(file, 'utf8') }));

  it('no distinctive word of the nomenklatura name_bench cases appears as a whole word in libs/', () => {
    expect(tokens.size).toBeGreaterThan(500);
    const found: string[] = [];
    for (const { name, text } of files) {
      const inFile = new Set(checkedWords(name, text).filter((word) => tokens.has(word)));
      for (const word of [...inFile].sort()) found.push(`${name}: ${word}`);
    }
    if (found.length) console.log(`words of the name-matching benchmark found in libs/ (${found.length}):\n${found.join('\n')}`);
    expect(found).toEqual([]);
  });

  it('exempts only what is still there: table words of their tables, English words and phrases in use', () => {
    const stale: string[] = [];
    for (const [name, { tables, words: listed }] of Object.entries(TABLES)) {
      const inTables = tableWords(tables);
      for (const word of listed) if (!inTables.has(word) || !tokens.has(word)) stale.push(`${name}: ${word}`);
      if (!files.some((f) => f.name === name)) stale.push(name);
    }
    const all = files.map((f) => f.text).join('\n');
    const used = new Set(words(all));
    for (const word of Object.keys(ENGLISH)) if (!used.has(word)) stale.push(`English: ${word}`);
    for (const phrase of Object.keys(PHRASES)) if (!phrasePattern(phrase).test(all)) stale.push(`phrase: ${phrase}`);
    expect(stale).toEqual([]);
  });
});
