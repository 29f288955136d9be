import { latinReadings } from './index';
import { arabicReadings } from './arabic';
import { letterReadings, lookupForm } from './arabic-letters';

describe('Arabic-script readings', () => {
  it('spells common names the conventional ways', () => {
    const readings = latinReadings('محمد علي');
    expect(readings[0]).toBe('Muhammad Ali');
    expect(readings).toEqual(expect.arrayContaining(['Mohammed Ali', 'Mohammad Ali']));
    // Alef with hamza, tashkeel and tatweel make no difference.
    expect(latinReadings('أَحْمَد')[0]).toBe('Ahmad');
    expect(latinReadings('احـمـد')[0]).toBe('Ahmad');
  });

  it('reads the particles of Arabic names', () => {
    expect(arabicReadings('عبد الرحمن')).toEqual(expect.arrayContaining(['Abdul Rahman', 'Abd al-Rahman', 'Abdulrahman', 'Abdel Rahman']));
    expect(arabicReadings('عبدالله')[0]).toBe('Abdullah');
    expect(arabicReadings('عبد الله بن عمر')[0]).toBe('Abdullah bin Omar');
    expect(arabicReadings('صلاح الدين')).toEqual(expect.arrayContaining(['Salah al-Din', 'Salahuddin']));
    expect(arabicReadings('أبو بكر')[0]).toBe('Abu Bakr');
    expect(arabicReadings('الحسن')).toEqual(expect.arrayContaining(['al-Hassan']));
    // Theophoric names of two words: Habibullah.
    expect(arabicReadings('حبيب الله')[0]).toBe('Habibullah');
    expect(arabicReadings('ولد')[0]).toBe('Ould');
  });

  it('reads other words letter by letter with likely vowels', () => {
    const arabic = { style: 'arabic' as const, persian: false };
    expect(letterReadings('خالد', arabic)[0]).toBe('Khalid');
    expect(letterReadings('منصور', arabic)[0]).toBe('Mansur');
    expect(letterReadings('رشيد', arabic)[0]).toBe('Rashid');
    expect(letterReadings('يوسف', arabic)[0]).toBe('Yusuf');
    expect(letterReadings('زياد', arabic)[0]).toBe('Ziyad');
    // The diminutive pattern as an alternative: Zubayr beside Zabir.
    expect(letterReadings('زبير', arabic)).toContain('Zubayr');
    expect(letterReadings('المصري', arabic)[0]).toMatch(/masri$/i);
  });

  it('uses Persian spellings for Persian names', () => {
    expect(latinReadings('حسین رضایی', 'IR')[0]).toBe('Hossein Rezaei');
    expect(latinReadings('محمد', 'IR')[0]).toBe('Mohammad');
    expect(lookupForm('علی')).toBe('علي');
  });

  it('uses the French-based spellings of the Maghreb', () => {
    expect(arabicReadings('بن', 'DZ')[0]).toBe('ben');
    expect(letterReadings('جلول', { style: 'maghreb', persian: false })[0]).toMatch(/^Dj/);
  });
});
