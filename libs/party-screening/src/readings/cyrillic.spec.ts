import { latinReadings } from './index';
import { cyrillicReadings } from './cyrillic';

describe('Cyrillic readings', () => {
  it('reads Russian by BGN/PCGN, ICAO and the passport systems', () => {
    expect(latinReadings('Смирнов')).toEqual(['Smirnov']);
    const readings = cyrillicReadings('Геннадий Юрьевич Щербаков');
    expect(readings).toEqual(expect.arrayContaining(['Gennadiy Yuryevich Shcherbakov', 'Gennadii Iurevich Shcherbakov']));
    expect(cyrillicReadings('Евгений Хрущёв')).toEqual(expect.arrayContaining(['Yevgeniy Khrushchev', 'Evgenii Khrushchev']));
    for (const r of readings) expect(r).toMatch(/^[\x20-\x7e]+$/);
  });

  it('reads Ukrainian by its national system, and as Russian habits spell it', () => {
    const readings = latinReadings('Андрій Гончаренко');
    expect(readings[0]).toBe('Andrii Honcharenko');
    expect(readings).toContain('Andrii Goncharenko');
    expect(cyrillicReadings('Юлія', 'UA')[0]).toBe('Yuliia');
  });

  it('reads Bulgarian and Serbian by their own systems', () => {
    expect(cyrillicReadings('Петър Стоянов', 'BG')[0]).toBe('Petar Stoyanov');
    expect(cyrillicReadings('Щерев', 'BG')[0]).toBe('Shterev');
    expect(cyrillicReadings('Ђорђе Јовановић', 'RS')).toEqual(['Djordje Jovanovic', 'Djordje Yovanovich']);
  });

  it('keeps Latin words and legal forms as they are', () => {
    expect(latinReadings('ООО Ромашка Trading')[0]).toBe('OOO Romashka Trading');
  });
});
