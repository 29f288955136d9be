import { latinReadings } from './index';
import { arabicReadings } from './arabic';
import { letterReadings, lookupForm } from './arabic-letters';

describe('Arabic-script readings', () => {
  it('reads name words letter by letter, with no table of names: the matcher compares their consonants', () => {
    const readings = latinReadings('سليمان علي');
    expect(readings[0]).toBe('Saliman Ali');
    expect(readings).toContain('Sulayman Ulay');
    // Alef with hamza, tashkeel and tatweel make no difference.
    expect(latinReadings('أَكْرَم')[0]).toBe('Akram');
    expect(latinReadings('اكـرم')[0]).toBe('Akram');
  });

  it('reads the particles of Arabic names', () => {
    expect(arabicReadings('عبد الرزاق')).toEqual(['Abd al-Razaq', 'Abd Razaq']);
    // Glued or apart, عبد with the article reads the same.
    expect(arabicReadings('عبدالله')).toEqual(arabicReadings('عبد الله'));
    expect(arabicReadings('عبد الله بن خالد')[0]).toBe(`${arabicReadings('عبد الله')[0]} bin Khalid`);
    expect(arabicReadings('صلاح الدين')).toEqual(expect.arrayContaining(['Salah al-Din', 'Salahuddin']));
    expect(arabicReadings('أبو خالد')[0]).toBe('Abu Khalid');
    expect(arabicReadings('العادل')).toEqual(expect.arrayContaining(['al-Adil']));
    // Theophoric names of two words.
    expect(arabicReadings('نصر الله')[0]).toBe('Nasrullah');
    expect(arabicReadings('ولد')[0]).toBe('Ould');
    // عبد الله in any style reads as the matcher reads every Latin spelling of it.
    expect(arabicReadings('عبد الله', 'TN')[0]).toBe('Abd al-Lah');
  });

  it("reads a firm's words in English first, then as spelt", () => {
    const readings = arabicReadings('شركة الفجر للتجارة العامة', 'AE');
    expect(readings[0]).toBe('Company al-Fajr Trading General');
    expect(readings[1]).toMatch(/^Sharkat /);
  });

  it('reads ي between the first consonants also as the diphthong ay', () => {
    expect(arabicReadings('زينب')).toEqual(['Zinib', 'Zaynab']);
    expect(arabicReadings('حيدر')).toContain('Haydar');
  });

  it('reads a final alef maksura as a long a, and also as i where Egypt types it for ي', () => {
    expect(arabicReadings('موسى')[0]).toBe('Musa');
    expect(arabicReadings('موسى', 'EG')).toContain('Musi');
    // Persian writes both with ی: i first, then a.
    expect(arabicReadings('موسی', 'IR')[0]).not.toMatch(/a$/);
    expect(arabicReadings('موسی', 'IR')).toContain('Musa');
  });

  it('reads ق also as g in Algerian and Tunisian spellings', () => {
    expect(arabicReadings('قاسم', 'DZ')).toEqual(expect.arrayContaining(['Kasem', 'Gasem']));
  });

  it('reads other words letter by letter with likely vowels', () => {
    const arabic = { style: 'arabic' as const, persian: false };
    expect(letterReadings('خالد', arabic)[0]).toBe('Khalid');
    expect(letterReadings('منظور', arabic)[0]).toBe('Manzur');
    expect(letterReadings('رشيد', arabic)[0]).toBe('Rashid');
    expect(letterReadings('يونس', arabic)[0]).toBe('Yunus');
    expect(letterReadings('زياد', arabic)[0]).toBe('Ziyad');
    // The diminutive pattern as an alternative: Zubayr beside Zabir.
    expect(letterReadings('زبير', arabic)).toContain('Zubayr');
    expect(letterReadings('البصري', arabic)[0]).toMatch(/basri$/i);
  });

  it('reads Persian letters as their Arabic counterparts', () => {
    expect(latinReadings('پرویز', 'IR')[0]).toBe('Parviz');
    expect(lookupForm('علی')).toBe('علي');
  });

  it('uses the French-based spellings of the Maghreb', () => {
    expect(arabicReadings('بن', 'DZ')[0]).toBe('ben');
    expect(letterReadings('جلول', { style: 'maghreb', persian: false })[0]).toMatch(/^Dj/);
  });
});
