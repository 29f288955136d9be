/**
 * Korean surnames and the spellings their bearers use, most used first.
 *
 * Sources. Which surnames: Statistics Korea, 2015 Population and Housing Census, "성씨·본관별
 * 인구" (population by surname and clan, KOSIS): the one-syllable surnames in its order of
 * frequency down to 부, then its two-syllable surnames; beside them the North Korean forms that
 * keep an initial r or n (리, 림, 류, 로, 라, 량, 렴, 려, 련, 룡, where the South writes 이, 임, 유,
 * 노 …). Which spellings: the spellings found by 국립국어원 (NIKL) in its study of 2007 South
 * Korean passport applications (이: Lee 98.5 %, Yi 1.0 %; 김: Kim; 강: Kang), the other
 * "popular spellings" of Wikipedia's "List of South Korean surnames by prevalence" (after the
 * 2000 census), then Revised Romanization (2000), McCune–Reischauer without breves and
 * apostrophes, and the DPRK's official romanisation for the North's forms. Readers add RR and MR
 * of any surname not listed here. No entry was taken from a sanctions list or the name-matching
 * benchmark.
 */
export const KOREAN_SURNAMES: Readonly<Record<string, readonly string[]>> = {
  김: ['Kim', 'Gim'],
  이: ['Lee', 'Yi', 'Rhee', 'Ri'],
  리: ['Ri', 'Lee', 'Rhee', 'Yi'],
  박: ['Park', 'Pak', 'Bak', 'Bahk'],
  최: ['Choi', 'Choe', 'Chey'],
  정: ['Jung', 'Jeong', 'Chung', 'Jong', 'Cheong'],
  강: ['Kang', 'Gang'],
  조: ['Cho', 'Jo', 'Joe', 'Choh'],
  윤: ['Yoon', 'Yun'],
  장: ['Jang', 'Chang'],
  임: ['Lim', 'Im', 'Rim', 'Yim'],
  림: ['Rim', 'Lim', 'Im'],
  한: ['Han'],
  오: ['Oh', 'O'],
  서: ['Seo', 'Suh', 'So'],
  신: ['Shin', 'Sin'],
  권: ['Kwon', 'Gwon', 'Kweon'],
  황: ['Hwang'],
  안: ['Ahn', 'An'],
  송: ['Song'],
  전: ['Jeon', 'Jun', 'Chun', 'Chon'],
  홍: ['Hong'],
  유: ['Yoo', 'Yu', 'You', 'Ryu'],
  류: ['Ryu', 'Yoo', 'Yu', 'Ryoo', 'Rhyu'],
  고: ['Ko', 'Go', 'Koh'],
  문: ['Moon', 'Mun'],
  양: ['Yang'],
  량: ['Ryang', 'Yang'],
  손: ['Son', 'Sohn'],
  배: ['Bae', 'Pae'],
  백: ['Baek', 'Paek', 'Paik', 'Back'],
  허: ['Heo', 'Huh', 'Hur', 'Ho'],
  남: ['Nam'],
  심: ['Shim', 'Sim'],
  노: ['Noh', 'Roh', 'No', 'Ro'],
  로: ['Ro', 'Roh', 'No'],
  하: ['Ha'],
  곽: ['Kwak', 'Gwak'],
  성: ['Sung', 'Seong', 'Song'],
  차: ['Cha'],
  주: ['Joo', 'Ju', 'Chu', 'Choo'],
  우: ['Woo', 'U'],
  구: ['Koo', 'Gu', 'Ku'],
  민: ['Min'],
  나: ['Na', 'Ra'],
  라: ['Ra', 'Na'],
  진: ['Jin', 'Chin'],
  지: ['Ji', 'Chi'],
  엄: ['Eom', 'Um', 'Uhm', 'Om'],
  채: ['Chae'],
  원: ['Won'],
  천: ['Cheon', 'Chun', 'Chon'],
  방: ['Bang', 'Pang'],
  공: ['Kong', 'Gong'],
  현: ['Hyun', 'Hyeon', 'Hyon'],
  함: ['Ham'],
  변: ['Byun', 'Byeon', 'Pyon'],
  염: ['Yeom', 'Yum', 'Yom', 'Ryom'],
  렴: ['Ryom', 'Yeom', 'Yom'],
  여: ['Yeo', 'Yuh', 'Yo', 'Ryo'],
  려: ['Ryo', 'Yeo', 'Yo'],
  추: ['Choo', 'Chu'],
  도: ['Do', 'Doh', 'To'],
  소: ['So'],
  석: ['Seok', 'Suk', 'Sok'],
  선: ['Sun', 'Seon', 'Son'],
  설: ['Seol', 'Sul', 'Sol'],
  마: ['Ma'],
  길: ['Gil', 'Kil'],
  연: ['Yeon', 'Yun', 'Yon'],
  련: ['Ryon', 'Yeon', 'Yon'],
  위: ['Wi', 'Wee'],
  표: ['Pyo'],
  명: ['Myung', 'Myeong', 'Myong'],
  기: ['Ki', 'Gi'],
  반: ['Ban', 'Pan'],
  왕: ['Wang'],
  금: ['Keum', 'Geum', 'Kum'],
  옥: ['Ok', 'Ock'],
  육: ['Yook', 'Yuk'],
  인: ['In'],
  맹: ['Maeng'],
  제: ['Je', 'Jae', 'Che'],
  모: ['Mo'],
  탁: ['Tak'],
  국: ['Kook', 'Kuk', 'Guk'],
  어: ['Eo', 'Uh', 'O'],
  은: ['Eun', 'Un'],
  편: ['Pyeon', 'Pyun', 'Pyon'],
  용: ['Yong'],
  룡: ['Ryong', 'Yong'],
  예: ['Ye', 'Yeh'],
  경: ['Kyung', 'Gyeong', 'Kyong'],
  봉: ['Bong', 'Pong'],
  사: ['Sa'],
  부: ['Boo', 'Bu', 'Pu'],
  // Two-syllable surnames, checked before the one-syllable ones.
  황보: ['Hwangbo', 'Hwangpo'],
  남궁: ['Namgoong', 'Namgung', 'Namkung'],
  선우: ['Sunwoo', 'Seonwoo', 'Sonu'],
  제갈: ['Jegal', 'Chegal'],
  독고: ['Dokgo', 'Tokko'],
  사공: ['Sagong', 'Sakong'],
  서문: ['Seomun', 'Somun'],
};

/**
 * Given-name syllables as South Koreans have long spelt them in passports (before 2000 and
 * often still: Soo, Hee, Hyun, Sook …), where that differs from Revised Romanization; syllables
 * not listed are spelt in RR. Source: the spellings the Ministry of Foreign Affairs' passport
 * rules allow beside RR (2014: any spelling that reads as the Hangul name) in the English
 * orthography Korean names have used since McCune–Reischauer (Wikipedia, "Korean name",
 * Romanization): MR's consonants (k, p, ch), ŏ and eo as u (Hyun, Sung), yŏ as you before ng
 * and as yu otherwise (Kyung), u as oo (Soo, Moon), ŭi as ee (Hee), s as sh before i (Shin).
 * One entry per syllable; none that RR already spells so.
 */
export const CONVENTIONAL_GIVEN_SYLLABLES: Readonly<Record<string, string>> = {
  영: 'young', 수: 'soo', 희: 'hee', 현: 'hyun', 성: 'sung', 석: 'suk', 철: 'chul', 준: 'joon',
  정: 'jung', 경: 'kyung', 명: 'myung', 윤: 'yoon', 선: 'sun', 순: 'soon', 숙: 'sook',
  주: 'joo', 구: 'koo', 규: 'kyu', 근: 'keun', 국: 'kook', 훈: 'hoon', 혁: 'hyuk', 형: 'hyung', 광: 'kwang', 권: 'kwon',
  균: 'kyun', 덕: 'duk', 두: 'doo', 무: 'moo', 문: 'moon', 범: 'bum', 병: 'byung', 부: 'boo', 섭: 'sub', 신: 'shin',
  욱: 'wook', 운: 'woon', 웅: 'woong', 우: 'woo', 천: 'chun', 춘: 'choon', 충: 'choong', 협: 'hyup', 시: 'shi',
};
