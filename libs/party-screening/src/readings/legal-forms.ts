/**
 * Legal forms written in Han or Hangul, in the romanised spelling that the matcher recognises
 * as a legal form (normalise.ts strips `youxian gongsi`, `kabushiki kaisha`, `jusik hoesa` …),
 * so that a reading does not carry them as name words, and so that the rest of the name is
 * read as what it is: a company's name, not a person's.
 */
const FORMS: Array<[string, string]> = [
  ['股份有限公司', 'Gufen Youxian Gongsi'],
  ['有限责任公司', 'Youxian Zeren Gongsi'],
  ['有限責任公司', 'Youxian Zeren Gongsi'],
  ['有限公司', 'Youxian Gongsi'],
  ['株式会社', 'Kabushiki Kaisha'],
  ['有限会社', 'Yugen Kaisha'],
  ['合同会社', 'Godo Kaisha'],
  ['주식회사', 'Jusik Hoesa'],
  ['유한책임회사', 'Yuhan Chaegim Hoesa'],
  ['유한회사', 'Yuhan Hoesa'],
  ['합자회사', 'Hapja Hoesa'],
  ['(주)', ''],
  ['㈜', ''],
];
const PATTERN = new RegExp(FORMS.map(([f]) => f.replace(/[()]/g, '\\$&')).join('|'), 'g');
const LATIN = new Map(FORMS);

export function romaniseLegalForms(name: string): { text: string; found: boolean } {
  let found = false;
  const text = name.replace(PATTERN, (form) => {
    found = true;
    return ` ${LATIN.get(form)} `;
  });
  return { text, found };
}
