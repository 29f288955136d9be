import { latinReadings, MAX_READINGS, readingsWith } from './index';

describe('latinReadings', () => {
  it('returns nothing for names in Latin script, accented or not', () => {
    expect(latinReadings('ACME TRADING LLC')).toEqual([]);
    expect(latinReadings('Kim Tok Hun', 'KP')).toEqual([]);
    expect(latinReadings('')).toEqual([]);
    expect(latinReadings('Müller Straße GmbH', 'DE')).toEqual([]);
    expect(latinReadings('Banque Populaire du Château')).toEqual([]);
  });

  it('leaves scripts it has no better reading for to any-ascii', () => {
    expect(latinReadings('Αθηνά Παπαδοπούλου', 'GR')).toEqual([]);
    expect(latinReadings('שמעון פרס', 'IL')).toEqual([]);
    expect(latinReadings('ნინო ბურჯანაძე', 'GE')).toEqual([]);
  });

  it('reads each script of a name by its own rules', () => {
    expect(latinReadings('이순신')).toEqual(expect.arrayContaining(['Lee Sunsin', 'Yi Sun-sin']));
    expect(latinReadings('王小明', 'CN')[0]).toBe('Wang Xiaoming');
    expect(latinReadings('سليمان علي')).toEqual(expect.arrayContaining(['Saliman Ali', 'Sulayman Ulay']));
    expect(latinReadings('Смирнов')).toContain('Smirnov');
  });

  it('keeps Latin words and reads the rest of a mixed name', () => {
    const readings = latinReadings('ООО Ромашка Trading');
    expect(readings[0]).toBe('OOO Romashka Trading');
  });

  it('is bounded and has no two readings the matcher would fold alike', () => {
    for (const name of ['عبد الرزاق بن خالد بن عبد الله الحسيني', '이정희', 'Геннадий Юрьевич Щербаков', '李舜臣']) {
      const readings = latinReadings(name);
      expect(readings.length).toBeGreaterThan(0);
      expect(readings.length).toBeLessThanOrEqual(MAX_READINGS);
      expect(new Set(readings.map((r) => r.toLowerCase())).size).toBe(readings.length);
      for (const r of readings) expect(r).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('is pure: the same input gives the same readings', () => {
    expect(latinReadings('박정희', 'KR')).toEqual(latinReadings('박정희', 'KR'));
    const bound = readingsWith({});
    expect(bound('朴', 'KR')).toEqual(latinReadings('朴', 'KR'));
  });

  it('takes the country in either case', () => {
    expect(latinReadings('朴', 'kr')).toEqual(latinReadings('朴', 'KR'));
  });
});
