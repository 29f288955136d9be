/**
 * Korean romanisation for the ordinary-party corpora (test code: the product only folds to Latin).
 *
 * McCune–Reischauer after McCune & Reischauer (1939) as the Library of Congress applies it
 * (ALA-LC Korean romanization): word-initial k/t/p/ch, voiced g/d/b/j between voiced sounds,
 * aspirates with an apostrophe (ch', k', t', p'), n'g for ㄴ+ㄱ, the assimilations at syllable
 * junctions (ㄱ+ㄴ → ngn, ㅂ+ㄹ → mn, ㄴ+ㄹ → ll ...), and in a personal name the given name
 * hyphenated with the sound change shown across the hyphen (Ch'ŏr-wŏn, Sŏng-min, Chung-gŭn).
 * Breves are dropped (ŏ → o, ŭ → u) the way the names are typed; the apostrophe is ASCII.
 *
 * Also the Revised Romanization (2000) per syllable, as South Korean passports write given names
 * (민준 → Minjun / Min-jun), with the customary spellings of surnames (Lee, Park, Choi ...).
 */

const S_BASE = 0xac00;
const S_LAST = 0xd7a3;

interface Syllable { initial: number; vowel: number; final: number }

function syllable(ch: string): Syllable | undefined {
  const code = ch.charCodeAt(0);
  if (code < S_BASE || code > S_LAST) return undefined;
  const n = code - S_BASE;
  return { initial: Math.floor(n / 588), vowel: Math.floor((n % 588) / 28), final: n % 28 };
}

export function isHangul(text: string): boolean {
  return [...text].every((ch) => syllable(ch) !== undefined);
}

// Initials: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
const MR_INITIAL_WORD = ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'ch', 'tch', "ch'", "k'", "t'", "p'", 'h'];
/** After a vowel (or in the tables below, after a voiced final): ㄱ ㄷ ㅂ ㅈ voiced. */
const MR_INITIAL_VOICED = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'tch', "ch'", "k'", "t'", "p'", 'h'];
// Vowels: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ (breves dropped)
const MR_VOWEL = ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i'];

/**
 * Finals (Unicode order, 0 = none): ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ.
 * LINKED: the final carried over to a following vowel (ㅇ initial). NEUTRAL: the final before a
 * consonant or at the end of a word, one of k n t l m p ng.
 */
const MR_FINAL_LINKED = ['', 'g', 'kk', 'ks', 'n', 'nj', 'n', 'd', 'r', 'lg', 'lm', 'lb', 'ls', "lt'", "lp'", 'r', 'm', 'b', 'ps', 's', 'ss', 'ng', 'j', "ch'", "k'", "t'", "p'", ''];
const MR_FINAL_NEUTRAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

type Junction = [final: string, initial: string];

/** Neutral final (k n t l m p ng) + next initial → what is written on each side of the boundary. */
function mrJunction(final: number, initial: number): Junction {
  if (final === 0) return ['', MR_INITIAL_VOICED[initial]];
  if (initial === 11) return [MR_FINAL_LINKED[final], ''];
  // ㅎ final aspirates a following ㄱ ㄷ ㅈ (좋고 chok'o, 놓다 not'a) and doubles ㅅ.
  if (final === 27 || final === 6 || final === 15) {
    const rest = final === 27 ? '' : final === 6 ? 'n' : 'l';
    if (initial === 0) return [rest, "k'"];
    if (initial === 3) return [rest, "t'"];
    if (initial === 12) return [rest, "ch'"];
    if (final === 27 && initial === 9) return ['', 'ss'];
    if (final === 27 && (initial === 2 || initial === 5)) return ['n', 'n'];
  }
  const f = MR_FINAL_NEUTRAL[final];
  const plain = MR_INITIAL_WORD[initial];
  switch (f) {
    case 'k':
      if (initial === 2 || initial === 5) return ['ng', 'n'];
      if (initial === 6) return ['ng', 'm'];
      if (initial === 18) return ['k', 'h'];
      return ['k', plain];
    case 'n':
      if (initial === 5) return ['l', 'l'];
      if (initial === 18) return ['n', 'h'];
      return ['n', MR_INITIAL_VOICED[initial]];
    case 't':
      if (initial === 2 || initial === 5) return ['n', 'n'];
      if (initial === 6) return ['n', 'm'];
      if (initial === 9 || initial === 10) return ['s', 's'];
      if (initial === 18) return ['t', 'h'];
      return ['t', plain];
    case 'l':
      if (initial === 2 || initial === 5) return ['l', 'l'];
      if (initial === 18) return ['r', 'h'];
      // Sino-Korean ㄹ+ㄷ/ㅅ/ㅈ are tensed (발달 paltal, 출장 ch'ulchang); ㄹ+ㄱ/ㅂ voice (알곡 algok).
      if (initial === 3 || initial === 9 || initial === 12) return ['l', plain];
      return ['l', MR_INITIAL_VOICED[initial]];
    case 'm':
      if (initial === 5) return ['m', 'n'];
      if (initial === 18) return ['m', 'h'];
      return ['m', MR_INITIAL_VOICED[initial]];
    case 'p':
      if (initial === 2 || initial === 5) return ['m', 'n'];
      if (initial === 6) return ['m', 'm'];
      if (initial === 18) return ['p', 'h'];
      return ['p', plain];
    case 'ng':
      if (initial === 5) return ['ng', 'n'];
      if (initial === 18) return ['ng', 'h'];
      return ['ng', MR_INITIAL_VOICED[initial]];
    default:
      return [f, plain];
  }
}

function mrVowel(s: Syllable, onset: string): string {
  // ㅅ before ㅟ is sh (쉬 shwi), as McCune–Reischauer writes it.
  if (onset === 's' && s.vowel === 16) return 'hwi';
  return MR_VOWEL[s.vowel];
}

export interface MrOptions {
  /** Between syllables: '' (one word, the default) or '-' (a hyphenated given name). */
  separator?: '' | '-';
  /** false: drop the aspiration and n'g apostrophes as well, as often typed. */
  apostrophes?: boolean;
}

/** One Korean word (a run of Hangul syllables) in McCune–Reischauer, lower case. */
export function mcCuneReischauerWord(word: string, options: MrOptions = {}): string {
  const syllables = [...word].map((ch) => {
    const s = syllable(ch);
    if (!s) throw new Error(`Not a Hangul syllable: ${ch} in ${word}`);
    return s;
  });
  const separator = options.separator ?? '';
  let out = '';
  let onset = MR_INITIAL_WORD[syllables[0].initial];
  for (let i = 0; i < syllables.length; i++) {
    const s = syllables[i];
    out += onset + mrVowel(s, onset);
    const next = syllables[i + 1];
    if (!next) {
      out += MR_FINAL_NEUTRAL[s.final];
      break;
    }
    const [coda, nextOnset] = mrJunction(s.final, next.initial);
    // ㄴ+ㄱ is written n'g, against ㅇ+vowel ng, where the two run together.
    const glue = separator === '' && coda === 'n' && nextOnset === 'g' ? "'" : separator;
    out += coda + glue;
    onset = nextOnset;
  }
  return options.apostrophes === false ? out.replace(/'/g, '') : out;
}

/** Each syllable on its own, word-initial (철 → chol, 영철 → yong chol): how North Korean given names are spaced. */
export function mcCuneReischauerSyllables(word: string, options: MrOptions = {}): string[] {
  return [...word].map((ch) => mcCuneReischauerWord(ch, options));
}

/**
 * Surnames in McCune–Reischauer as ALA-LC writes them (이/리 always Yi, 류/유 Yu, 라/나 Na), and in
 * the North Korean spelling that keeps the initial ㄹ (리 Ri, 류 Ryu, 림 Rim, 로 Ro, 량 Ryang).
 */
const MR_SURNAME: Record<string, string> = { 이: 'Yi', 리: 'Yi', 류: 'Yu', 라: 'Na', 림: 'Im', 로: 'No', 량: 'Yang', 렴: 'Yom', 려: 'Yo', 룡: 'Yong', 륙: 'Yuk' };
const NORTH_SURNAME: Record<string, string> = { 이: 'Ri', 리: 'Ri', 유: 'Yu', 류: 'Ryu', 임: 'Rim', 림: 'Rim', 노: 'Ro', 로: 'Ro', 양: 'Ryang', 량: 'Ryang', 나: 'Ra', 라: 'Ra', 염: 'Ryom', 렴: 'Ryom', 여: 'Ryo', 려: 'Ryo', 용: 'Ryong', 룡: 'Ryong', 육: 'Ryuk', 륙: 'Ryuk' };

export function mcCuneReischauerSurname(surname: string, options: MrOptions & { north?: boolean } = {}): string {
  const fixed = (options.north ? NORTH_SURNAME : MR_SURNAME)[surname];
  return capital(fixed ?? mcCuneReischauerWord(surname, options));
}

export type MrNameStyle =
  /** ALA-LC: Ch'oe Kyong-ho (sound change across the hyphen). */
  | 'hyphenated'
  /** one word: Ch'oe Kyongho */
  | 'joined'
  /** syllables apart, North Korean style: Ch'oe Kyong Ho */
  | 'spaced';

export function mcCuneReischauerName(surname: string, given: string, style: MrNameStyle, options: MrOptions & { north?: boolean } = {}): string {
  const family = mcCuneReischauerSurname(surname, options);
  let first: string;
  if (style === 'spaced') first = mcCuneReischauerSyllables(given, options).map(capital).join(' ');
  else first = capital(mcCuneReischauerWord(given, { ...options, separator: style === 'hyphenated' ? '-' : '' }));
  return `${family} ${first}`;
}

// Revised Romanization, syllable by syllable (no assimilation across syllables, as in passports).
const RR_INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const RR_VOWEL = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const RR_FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

export function revisedSyllables(word: string): string[] {
  return [...word].map((ch) => {
    const s = syllable(ch);
    if (!s) throw new Error(`Not a Hangul syllable: ${ch} in ${word}`);
    return RR_INITIAL[s.initial] + RR_VOWEL[s.vowel] + RR_FINAL[s.final];
  });
}

/** Customary passport spellings of common surnames; others in Revised Romanization. Alternatives by frequency. */
const CUSTOMARY_SURNAME: Record<string, string[]> = {
  이: ['Lee', 'Lee', 'Lee', 'Yi', 'Rhee'], 박: ['Park', 'Park', 'Pak', 'Bak'], 최: ['Choi', 'Choi', 'Choe'], 정: ['Jung', 'Jeong', 'Chung'],
  조: ['Cho', 'Jo'], 강: ['Kang', 'Kang', 'Gang'], 윤: ['Yoon', 'Yun'], 장: ['Jang', 'Chang'], 임: ['Lim', 'Im', 'Yim'], 한: ['Han'],
  오: ['Oh'], 서: ['Seo', 'Suh'], 신: ['Shin', 'Sin'], 권: ['Kwon', 'Gwon'], 황: ['Hwang'], 안: ['Ahn', 'An'], 송: ['Song'],
  류: ['Ryu', 'Yoo'], 유: ['Yoo', 'Yu'], 전: ['Jeon', 'Chun'], 홍: ['Hong'], 고: ['Ko', 'Go'], 문: ['Moon', 'Mun'], 양: ['Yang'],
  손: ['Son', 'Sohn'], 배: ['Bae'], 백: ['Baek', 'Paik'], 허: ['Heo', 'Hur'], 남: ['Nam'], 심: ['Shim', 'Sim'], 노: ['Noh', 'Roh'],
  하: ['Ha'], 곽: ['Kwak'], 성: ['Sung', 'Seong'], 차: ['Cha'], 주: ['Joo', 'Ju'], 우: ['Woo'], 구: ['Koo', 'Gu'], 민: ['Min'],
  진: ['Jin'], 나: ['Na'], 지: ['Ji'], 엄: ['Eom', 'Um'], 채: ['Chae'], 원: ['Won'], 천: ['Cheon', 'Chun'], 방: ['Bang'],
  공: ['Kong', 'Gong'], 현: ['Hyun'], 함: ['Ham'], 변: ['Byun', 'Byeon'], 염: ['Yeom'], 여: ['Yeo'], 추: ['Choo', 'Chu'],
  도: ['Do'], 소: ['So'], 석: ['Seok'], 선: ['Sun'], 설: ['Seol'], 마: ['Ma'], 길: ['Gil', 'Kil'], 연: ['Yeon'], 위: ['Wi'],
  표: ['Pyo'], 명: ['Myung'], 기: ['Ki'], 반: ['Ban'], 왕: ['Wang'], 금: ['Geum', 'Keum'], 옥: ['Ok'], 육: ['Yook'], 인: ['In'],
  맹: ['Maeng'], 제: ['Je'], 모: ['Mo'], 탁: ['Tak'], 국: ['Kook'], 김: ['Kim'], 가: ['Ka'], 경: ['Kyung'], 곡: ['Kok'],
};

export function customarySurnames(surname: string): string[] {
  return CUSTOMARY_SURNAME[surname] ?? [revisedSyllables(surname).map(capital).join('')];
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
