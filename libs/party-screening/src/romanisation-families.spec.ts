import { nameFamilies } from './romanisation-families';
import { CYRILLIC, KOREAN } from './spelling-similarity';

describe('nameFamilies', () => {
  it('reads a Korean surname in its conventional spelling with romanised syllables as a Korean name', () => {
    expect(nameFamilies(['rhee', 'tae', 'gyom'])).toBe(KOREAN);
    expect(nameFamilies(['choi', 'sung', 'min'])).toBe(KOREAN);
    // A Korean surname beside words that are no Korean syllables is not.
    expect(nameFamilies(['rhee', 'avenue', 'holdings'])).toBe(0);
  });

  it('reads a patronymic or an -ov surname as a name of the Cyrillic world', () => {
    expect(nameFamilies(['ivan', 'petrovich', 'volkov'])).toBe(CYRILLIC);
  });
});
