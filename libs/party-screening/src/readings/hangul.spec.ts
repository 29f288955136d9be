import { latinReadings } from './index';
import { hangulReadings, koreanPersonalName, mcCuneReischauer, revisedRomanization, surnameSpellings } from './hangul';

describe('Hangul readings', () => {
  it('romanises syllable by syllable in RR and MR', () => {
    expect(revisedRomanization('순신')).toBe('sunsin');
    expect(revisedRomanization('정희')).toBe('jeonghui');
    // MR voices plain stops between voiced sounds and writes ㅓ, ㅡ as o, u without breves.
    expect(mcCuneReischauer('대중')).toBe('taejung');
    expect(mcCuneReischauer('정은')).toBe('chongun');
    expect(mcCuneReischauer('일성')).toBe('ilsong');
    expect(mcCuneReischauer('한라')).toBe('hanra');
    expect(mcCuneReischauer('철리')).toBe('cholli');
  });

  it('spells surnames as their bearers do, then in RR and MR', () => {
    expect(surnameSpellings('이').slice(0, 3)).toEqual(['Lee', 'Yi', 'Rhee']);
    expect(surnameSpellings('윤')[0]).toBe('Yoon');
    expect(surnameSpellings('권')).toEqual(expect.arrayContaining(['Kwon', 'Gwon']));
    expect(surnameSpellings('임')).toEqual(expect.arrayContaining(['Lim', 'Im', 'Yim']));
    // Not in the table: its RR and MR.
    expect(surnameSpellings('뇌')).toEqual(['Noe']);
  });

  it('splits a personal name after its surname, two-syllable surnames first', () => {
    expect(koreanPersonalName('이순신')).toEqual({ surname: '이', given: '순신' });
    expect(koreanPersonalName('남궁민수')).toEqual({ surname: '남궁', given: '민수' });
    expect(koreanPersonalName('선우진')).toEqual({ surname: '선우', given: '진' });
    expect(koreanPersonalName('김 정은')).toEqual({ surname: '김', given: '정은' });
    expect(koreanPersonalName('삼성전자주식회사')).toBeUndefined();
  });

  it('reads personal names with the conventional surname first', () => {
    const readings = latinReadings('이순신');
    expect(readings[0]).toBe('Lee Sunsin');
    expect(readings).toEqual(expect.arrayContaining(['Lee Sun-sin', 'Yi Sunsin', 'Yi Sun-sin']));
    // Keun-hye and Kun-hye are one to the matcher (eu folds to u): the first kept stands for both.
    expect(latinReadings('윤근혜', 'KR')).toEqual(expect.arrayContaining(['Yoon Geunhye', 'Yoon Kun-hye']));
    expect(latinReadings('권수희')).toEqual(expect.arrayContaining(['Kwon Suhui', 'Kwon Soo-hee']));
    expect(latinReadings('윤석열')).toEqual(expect.arrayContaining(['Yoon Seokyeol']));
    expect(latinReadings('노무현')).toEqual(expect.arrayContaining(['Noh Muhyeon', 'Roh Moo-hyun']));
  });

  it('puts MR first for North Korean names', () => {
    const readings = latinReadings('리천호', 'KP');
    expect(readings[0]).toBe('Ri Chon-ho');
    // Lee is Ri to the matcher (ee → i, r → l), so Yi is the next spelling kept.
    expect(readings).toContain('Yi Chon-ho');
  });

  it('reads text that is not a personal name word by word', () => {
    expect(hangulReadings('조선 광선 은행', 'KP')[0]).toBe('Choson Kwangson Unhaeng');
    expect(latinReadings('주식회사 한빛')).toEqual(expect.arrayContaining(['Jusik Hoesa Hanbit']));
  });

  it('reads a lone surname as a surname', () => {
    // Rim is Lim to the matcher (r folds to l), and Yim is Im (y is i, doubled letters one).
    expect(latinReadings('임', 'KR')).toEqual(['Lim', 'Im']);
  });
});
