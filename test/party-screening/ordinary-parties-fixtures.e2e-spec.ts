import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mcCuneReischauerName, mcCuneReischauerWord } from '../support/korean-romanisation';
import { armenianToLatin, georgianToLatin, kazakhToLatin } from '../support/script-romanisation';

/**
 * The ordinary-party false-alarm corpora (test/fixtures/ordinary-parties, written by
 * `npm run fixtures:ordinary-parties`) are well formed, and the romanisations they rest on
 * follow their published rules.
 */
const DIR = join(__dirname, '../fixtures/ordinary-parties');

describe('ordinary-party fixtures', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.tsv'));

  it('has one file a group, each with the four columns and distinct names', () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
    for (const file of files) {
      const [header, ...rows] = readFileSync(join(DIR, file), 'utf8').trimEnd().split('\n');
      expect(header).toBe('name\tcountry\tkind\tgroup');
      expect(rows.length).toBeGreaterThanOrEqual(1000);
      const names = new Set<string>();
      const malformed = rows.filter((row) => {
        const [name, country, kind, group, ...rest] = row.split('\t');
        names.add(`${country} ${name}`);
        return rest.length > 0 || `${group}.tsv` !== file || !/^[A-Z]{2}$/.test(country) || !['ORGANISATION', 'INDIVIDUAL'].includes(kind) || !name || name.trim() !== name;
      });
      expect(malformed).toEqual([]);
      expect(names.size).toBe(rows.length);
    }
  });
});

describe('McCune–Reischauer as ALA-LC writes it (breves dropped)', () => {
  it.each([
    ['독립문', 'tongnimmun'], ['신라', 'silla'], ['평양', "p'yongyang"], ['한국', "han'guk"], ['연구', "yon'gu"], ['영어', 'yongo'],
    ['무역', 'muyok'], ['산업', 'sanop'], ['합영', 'habyong'], ['협력', 'hyomnyok'], ['좋고', "chok'o"], ['쉬', 'shwi'],
  ])('%s → %s', (hangul, latin) => {
    expect(mcCuneReischauerWord(hangul)).toBe(latin);
  });

  it.each([
    ['김', '철원', "Kim Ch'or-won"], ['이', '석민', 'Yi Song-min'], ['안', '중근', 'An Chung-gun'], ['김', '창룡', "Kim Ch'ang-nyong"],
    ['박', '목월', 'Pak Mog-wol'], ['이', '율곡', 'Yi Yul-gok'], ['김', '리나', 'Kim Ri-na'], ['최', '경호', "Ch'oe Kyong-ho"],
  ])('%s %s → %s', (family, given, latin) => {
    expect(mcCuneReischauerName(family, given, 'hyphenated')).toBe(latin);
  });

  it('spaces the syllables and keeps the initial ㄹ in the North Korean style', () => {
    expect(mcCuneReischauerName('이', '영철', 'spaced', { north: true, apostrophes: false })).toBe('Ri Yong Chol');
  });
});

describe('passport romanisations', () => {
  it('writes Armenian, Georgian and Kazakh names as their passports do', () => {
    expect(['Եղիազարյան', 'Հովհաննիսյան', 'Ոսկանյան', 'Գաբրիելյան'].map(armenianToLatin)).toEqual(['Yeghiazaryan', 'Hovhannisyan', 'Voskanyan', 'Gabrielyan']);
    expect(['აბაშიძე', 'ქუთაისი', 'ჭიათურა'].map(georgianToLatin)).toEqual(['Abashidze', 'Kutaisi', 'Chiatura']);
    expect(['Асқар', 'Ерлан', 'Бауыржан'].map((n) => kazakhToLatin(n, { ye: true }))).toEqual(['Askar', 'Yerlan', 'Bauyrzhan']);
  });
});
