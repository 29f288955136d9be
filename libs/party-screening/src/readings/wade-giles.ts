/**
 * Toneless pinyin syllable → Wade–Giles as Taiwan and Hong Kong passports and older lists print
 * it (Tsai Ing-wen, Lee Teng-hui): aspiration apostrophes and umlauts dropped. Rule-based,
 * after the standard pinyin/Wade–Giles correspondence table; the matcher's phonetic key already
 * folds b/p, d/t, g/k and zh/j/ch, so what matters here is x → hs, q → ch, z/c → ts, r → j,
 * -ong → -ung, -ian → -ien, -ie → -ieh and the apical vowels (zi → tzu, shi → shih).
 */
const APICAL: Record<string, string> = {
  zi: 'tzu', ci: 'tzu', si: 'ssu', zhi: 'chih', chi: 'chih', shi: 'shih', ri: 'jih',
};
const WHOLE: Record<string, string> = {
  er: 'erh', yi: 'i', you: 'yu', yan: 'yen', ye: 'yeh', yue: 'yueh', yuan: 'yuan', yun: 'yun', yu: 'yu',
};
const INITIALS: Array<[string, string]> = [
  ['zh', 'ch'], ['ch', 'ch'], ['sh', 'sh'], ['b', 'p'], ['p', 'p'], ['m', 'm'], ['f', 'f'], ['d', 't'], ['t', 't'], ['n', 'n'], ['l', 'l'],
  ['g', 'k'], ['k', 'k'], ['h', 'h'], ['j', 'ch'], ['q', 'ch'], ['x', 'hs'], ['r', 'j'], ['z', 'ts'], ['c', 'ts'], ['s', 's'], ['w', 'w'], ['y', 'y'],
];

export function wadeGiles(pinyinSyllable: string): string {
  const syllable = pinyinSyllable.toLowerCase().replace(/ü|v/g, 'u');
  if (APICAL[syllable]) return APICAL[syllable];
  if (WHOLE[syllable]) return WHOLE[syllable];
  const [initial, wg] = INITIALS.find(([p]) => syllable.startsWith(p)) ?? ['', ''];
  let final = syllable.slice(initial.length);
  if (final === 'e' && /^[gkh]$/.test(initial)) final = 'o';
  else if (final === 'uo' && /^[dtnlzcs]$/.test(initial)) final = 'o';
  else if (final === 'ui' && /^[gk]$/.test(initial)) final = 'uei';
  else if (final === 'ong') final = 'ung';
  else if (final === 'iong') final = 'iung';
  else if (final === 'ian') final = 'ien';
  else if (final === 'ie') final = 'ieh';
  else if (final === 'ue') final = 'ueh';
  else if (final === 'eng' && initial === 'r') final = 'eng';
  return wg + final;
}
