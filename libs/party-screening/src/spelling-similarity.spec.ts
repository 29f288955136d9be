import { ARABIC, CYRILLIC, KOREAN, spellingSimilarity } from './spelling-similarity';

describe('spellingSimilarity', () => {
  it('allows few edits in short words, more in long ones', () => {
    expect(spellingSimilarity('daco', 'tajco')).toBe(0);
    expect(spellingSimilarity('nedap', 'nedas')).toBeCloseTo(0.8, 2);
    expect(spellingSimilarity('brellantis', 'brellaris')).toBeGreaterThanOrEqual(0.75);
    expect(spellingSimilarity('abc', 'abd')).toBe(0);
    // Two letters the wrong way round cost less than one changed.
    expect(spellingSimilarity('torvak', 'tovrak')).toBeCloseTo(0.875, 3);
  });

  it('treats the folds every romanisation shares as the same word, a little below the same letters', () => {
    expect(spellingSimilarity('kholodovsky', 'holodovskiy')).toBe(0.96);
    expect(spellingSimilarity('pallmont', 'palmont')).toBe(0.96);
    expect(spellingSimilarity('vor0nin', 'voronin')).toBeGreaterThan(0.9);
  });

  it('applies a script world\'s own folds only to names of that world', () => {
    expect(spellingSimilarity('cheon', 'chon', KOREAN)).toBe(0.92);
    expect(spellingSimilarity('sung', 'sang', KOREAN)).toBe(0);
    // A word that is no single syllable (`korea`) is misspelt, not another syllable.
    expect(spellingSimilarity('kroea', 'korea', KOREAN)).toBe(0.85);
    expect(spellingSimilarity('hyun', 'hyon', KOREAN)).toBe(0);
    expect(spellingSimilarity('gorge', 'korag')).toBe(0);
    expect(spellingSimilarity('andrejs', 'andrey', CYRILLIC)).toBe(0.92);
    expect(spellingSimilarity('sulaiman', 'soliman', ARABIC)).toBe(0.92);
    expect(spellingSimilarity('ragab', 'rajab', ARABIC)).toBe(0.92);
    // Arabic script writes a foreign p as b.
    expect(spellingSimilarity('bantil', 'pantel', ARABIC)).toBe(0.92);
    expect(spellingSimilarity('sulaiman', 'soliman')).toBeLessThan(0.92);
  });

  it('counts a slip in a name of the Cyrillic world on its Russian spelling (й as j or y)', () => {
    // `Matej` drops a letter of `Matvej`, which Russian romanisations spell `Matvey`.
    expect(spellingSimilarity('matej', 'matvey', CYRILLIC)).toBeGreaterThanOrEqual(0.76);
    expect(spellingSimilarity('matej', 'matvey')).toBeLessThan(0.7);
  });

  it('reads an initial as a name it begins', () => {
    expect(spellingSimilarity('j', 'jakob')).toBe(0.9);
    expect(spellingSimilarity('k', 'jakob')).toBe(0);
  });
});
