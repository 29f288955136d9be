/**
 * Romanisations for the ordinary-party corpora: how names written in Armenian, Georgian, Kazakh,
 * Kyrgyz and Russian Cyrillic appear in Latin script on passports and export declarations, and
 * Uzbek Latin back in Uzbek Cyrillic. Test code: the product only folds to Latin.
 */

/** Eastern Armenian as Armenian passports write it (Hovhannisyan, Yeghiazaryan, Voskanyan). */
const ARMENIAN: Record<string, string> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts', կ: 'k',
  հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v',
  տ: 't', ր: 'r', ց: 'ts', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev',
};

export function armenianToLatin(text: string): string {
  return text.replace(/[\u0531-\u0587]+/g, (word) => {
    const lower = word.toLowerCase();
    let out = '';
    for (let i = 0; i < lower.length; i++) {
      const ch = lower[i];
      if (ch === 'ո' && lower[i + 1] === 'ւ') {
        out += 'u';
        i++;
        continue;
      }
      const atStart = i === 0;
      // ե is ye only at the start of a word (Yeghiazaryan), e elsewhere (Gabrielyan, Hayrapetyan).
      if (ch === 'ե' && atStart) out += 'ye';
      else if (ch === 'ո' && atStart) out += 'vo';
      else if (ch === 'և' && atStart) out += 'yev';
      else out += ARMENIAN[ch] ?? ch;
    }
    return capital(out);
  });
}

/** Georgian national romanisation (2002), as on Georgian passports: no apostrophes for ejectives. */
const GEORGIAN: Record<string, string> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o', პ: 'p',
  ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts',
  ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
};

export function georgianToLatin(text: string): string {
  return text.replace(/[\u10d0-\u10fa]+/g, (word) => capital([...word].map((ch) => GEORGIAN[ch] ?? ch).join('')));
}

const CYRILLIC_COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Kazakh letters added to the Russian alphabet, as Kazakh passports write them (Қ → K, Ұ → U, Ң → N). */
const KAZAKH_EXTRA: Record<string, string> = { ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i' };
const KYRGYZ_EXTRA: Record<string, string> = { ң: 'ng', ө: 'o', ү: 'u' };
const CYRILLIC_VOWELS = new Set([...'аәеёиоөуұүыіэюя']);

export interface CyrillicOptions {
  /** Word-initial (and post-vowel) е as ye: Ерлан → Yerlan (else Erlan). */
  ye?: boolean;
  /** ж as j (Kyrgyz: Жапар → Japar) instead of zh. */
  jForZh?: boolean;
  /** х as h instead of kh. */
  hForKh?: boolean;
}

function cyrillicWords(text: string, table: Record<string, string>, options: CyrillicOptions): string {
  return text.replace(/[\u0400-\u04ff]+/g, (word) => {
    const lower = word.toLowerCase();
    let out = '';
    for (let i = 0; i < lower.length; i++) {
      const ch = lower[i];
      if (ch === 'е' && options.ye && (i === 0 || CYRILLIC_VOWELS.has(lower[i - 1]))) out += 'ye';
      else if (ch === 'ж' && options.jForZh) out += 'j';
      else if (ch === 'х' && options.hForKh) out += 'h';
      else if (ch === 'и' && lower[i + 1] === 'й' && i + 2 === lower.length) { out += 'iy'; i++; }
      else out += table[ch] ?? CYRILLIC_COMMON[ch] ?? ch;
    }
    return word === word.toUpperCase() && word.length > 1 ? out.toUpperCase() : capital(out);
  });
}

export function russianToLatin(text: string, options: CyrillicOptions = {}): string {
  return cyrillicWords(text, {}, options);
}

export function kazakhToLatin(text: string, options: CyrillicOptions = {}): string {
  return cyrillicWords(text, KAZAKH_EXTRA, options);
}

export function kyrgyzToLatin(text: string, options: CyrillicOptions = {}): string {
  return cyrillicWords(text, KYRGYZ_EXTRA, options);
}

/** A Kazakh name in Kyrgyz spelling (the two share most names): Асқар → Аскар, Ғабит → Габит, Бейімбет → Бейимбет. */
export function kazakhToKyrgyzSpelling(text: string): string {
  const map: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ұ: 'у', і: 'и', һ: 'х', Ә: 'А', Ғ: 'Г', Қ: 'К', Ұ: 'У', І: 'И', Һ: 'Х' };
  return [...text].map((ch) => map[ch] ?? ch).join('');
}

/**
 * Mixed-script spellings in the Kazakh dictionary's name list (Latin A, I, i standing for
 * Cyrillic А, І, і) put right, so every name is wholly Cyrillic.
 */
export function cyrillicOnly(word: string): string {
  const map: Record<string, string> = { A: 'А', I: 'І', i: 'і', a: 'а', e: 'е', o: 'о', E: 'Е', O: 'О', K: 'К', M: 'М', H: 'Н', T: 'Т', B: 'В', C: 'С', P: 'Р', X: 'Х', y: 'у', c: 'с', p: 'р', x: 'х' };
  return [...word].map((ch) => map[ch] ?? ch).join('');
}

/** Uzbek Latin (1995 alphabet) in Uzbek Cyrillic: Farg'ona → Фарғона, Shoxrux → Шохрух. */
export function uzbekLatinToCyrillic(text: string): string {
  const APOSTROPHE = "['`‘’ʻʼ]";
  const pairs: Array<[RegExp, string]> = [
    [new RegExp(`o${APOSTROPHE}`, 'g'), 'ў'], [new RegExp(`O${APOSTROPHE}`, 'g'), 'Ў'],
    [new RegExp(`g${APOSTROPHE}`, 'g'), 'ғ'], [new RegExp(`G${APOSTROPHE}`, 'g'), 'Ғ'],
    [/sh/g, 'ш'], [/Sh/g, 'Ш'], [/SH/g, 'Ш'], [/ch/g, 'ч'], [/Ch/g, 'Ч'], [/CH/g, 'Ч'],
    [/yo/g, 'ё'], [/Yo/g, 'Ё'], [/yu/g, 'ю'], [/Yu/g, 'Ю'], [/ya/g, 'я'], [/Ya/g, 'Я'], [/ye/g, 'е'], [/Ye/g, 'Е'],
    [/\be/g, 'э'], [/\bE/g, 'Э'], [new RegExp(APOSTROPHE, 'g'), 'ъ'],
  ];
  let out = text;
  for (const [from, to] of pairs) out = out.replace(from, to);
  const single: Record<string, string> = {
    a: 'а', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п',
    q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', x: 'х', y: 'й', z: 'з', c: 'с', w: 'в',
  };
  return [...out].map((ch) => {
    const lower = single[ch];
    if (lower) return lower;
    const upper = single[ch.toLowerCase()];
    return upper ? upper.toUpperCase() : ch;
  }).join('');
}

/** Vietnamese without its diacritics, as declarations are typed: Nguyễn Đức Thắng → Nguyen Duc Thang. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
