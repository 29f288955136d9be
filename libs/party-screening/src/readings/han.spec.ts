import { latinReadings } from './index';
import { buildJapaneseNames } from './japanese-dictionary';
import { hanLanguages, mandarinReadings, sinoKoreanReadings } from './han';
import { wadeGiles } from './wade-giles';

describe('Han readings', () => {
  it('reads a Korean party\'s Han characters in Korean', () => {
    expect(latinReadings('崔', 'KR')[0]).toBe('Choi');
    expect(latinReadings('崔正熙', 'KR')).toEqual(expect.arrayContaining(['Choi Jeonghui', 'Choi Jung-hee']));
    // 金 as a surname is 김, and the South's initial-sound rule makes 李 이 (Lee), the North keeps 리 (Ri).
    expect(sinoKoreanReadings('金石川', 'KP')[0]).toBe('Kim Sok-chon');
    expect(sinoKoreanReadings('李舜臣', 'KR')[0]).toBe('Lee Sunsin');
    expect(sinoKoreanReadings('李舜臣', 'KP')[0]).toBe('Ri Sun-sin');
  });

  it('reads Chinese names in pinyin, surname first, the given name joined and split', () => {
    expect(latinReadings('王小明', 'CN')).toEqual(['Wang Xiaoming', 'Wang Xiao Ming', 'Wang Hsiao-ming']);
    // Surname readings: 单 is Shan and 曾 is Zeng as surnames.
    expect(mandarinReadings('单雄信')[0]).toBe('Shan Xiongxin');
    expect(mandarinReadings('欧阳修')[0]).toBe('Ouyang Xiu');
  });

  it('puts Wade–Giles first in Taiwan and Hong Kong', () => {
    expect(latinReadings('蔡英文', 'TW')[0]).toBe('Tsai Ying-wen');
    expect(wadeGiles('xiao')).toBe('hsiao');
    expect(wadeGiles('zong')).toBe('tsung');
    expect(wadeGiles('zhou')).toBe('chou');
    expect(wadeGiles('qing')).toBe('ching');
    expect(wadeGiles('zi')).toBe('tzu');
    expect(wadeGiles('guo')).toBe('kuo');
    expect(wadeGiles('ren')).toBe('jen');
  });

  it('reads company names syllable by syllable, legal forms as the matcher knows them', () => {
    expect(latinReadings('华为技术有限公司', 'CN')[0]).toBe('Hua Wei Ji Shu Youxian Gongsi');
  });

  it('offers every language when the country is unknown, bounded', () => {
    expect(hanLanguages(undefined)).toEqual(['mandarin', 'korean', 'japanese']);
    const readings = latinReadings('崔正熙');
    expect(readings).toEqual(expect.arrayContaining(['Cui Zhengxi', 'Choi Jeonghui']));
    expect(readings.length).toBeLessThanOrEqual(6);
  });
});

describe('Japanese readings', () => {
  // A dictionary of a few entries, in the reduced ENAMDICT format (romaji|romaji|kanji|kana|type).
  const names = buildJapaneseNames(
    ['yamada|yamada|山田|やまだ|surname', 'yamata|yamata|山田|やまた|surname', 'taro|tarou|太郎|たろう|given', 'taro|taroo|太郎|たろお|unknown', 'ichiro|ichirou|一郎|いちろう|given', 'suzuki|suzuki|鈴木|すずき|surname'].join('\n'),
  );

  it('reads kanji names through the dictionary, in passport and typed Hepburn', () => {
    const readings = latinReadings('山田太郎', 'JP', { japaneseNames: names });
    expect(readings[0]).toBe('Yamada Taro');
    expect(readings).toContain('Yamada Tarou');
    expect(latinReadings('鈴木 一郎', 'JP', { japaneseNames: names })[0]).toBe('Suzuki Ichiro');
  });

  it('reads common surnames and kana without the dictionary', () => {
    expect(latinReadings('田中', 'JP')[0]).toBe('Tanaka');
    expect(latinReadings('さとう たろう', 'JP')).toEqual(['Sato Taro', 'Satou Tarou']);
    expect(latinReadings('株式会社田中', 'JP')[0]).toBe('Kabushiki Kaisha Tanaka');
  });

  it('reads given names it has no reading for in any-ascii\'s fold rather than not at all', () => {
    expect(latinReadings('田中角栄', 'JP').length).toBeGreaterThan(0);
  });
});
