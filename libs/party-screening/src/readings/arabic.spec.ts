import { latinReadings } from './index';
import { arabicReadings } from './arabic';
import { letterReadings, lookupForm } from './arabic-letters';
import { ABD_AL, SERVANT_OF_GOD } from './arabic-names';

describe('Arabic-script readings', () => {
  it('spells common names the conventional ways', () => {
    const readings = latinReadings('سليمان علي');
    expect(readings[0]).toBe('Sulaiman Ali');
    expect(readings).toEqual(expect.arrayContaining(['Suleiman Ali', 'Soliman Ali']));
    // Alef with hamza, tashkeel and tatweel make no difference.
    expect(latinReadings('أَكْرَم')[0]).toBe('Akram');
    expect(latinReadings('اكـرم')[0]).toBe('Akram');
  });

  it('reads the particles of Arabic names', () => {
    // The spellings of عبد + the article and of عبد الله are arabic-names.ts's: the reading builds the compounds from them.
    const [joined, egyptian] = ABD_AL;
    expect(arabicReadings('عبد الرزاق')).toEqual(expect.arrayContaining([`${joined} Razzaq`, 'Abd al-Razzaq', `${joined}razzaq`, `${egyptian} Razzaq`, 'Abdur Razzaq']));
    expect(arabicReadings('عبدالله')[0]).toBe(SERVANT_OF_GOD[0]);
    expect(arabicReadings('عبد الله بن خالد')[0]).toBe(`${SERVANT_OF_GOD[0]} bin Khalid`);
    expect(arabicReadings('صلاح الدين')).toEqual(expect.arrayContaining(['Salah al-Din', 'Salahuddin']));
    expect(arabicReadings('أبو خالد')[0]).toBe('Abu Khalid');
    expect(arabicReadings('العادل')).toEqual(expect.arrayContaining(['al-Adel']));
    // Theophoric names of two words: Nasrullah.
    expect(arabicReadings('نصر الله')[0]).toBe('Nasrullah');
    expect(arabicReadings('ولد')[0]).toBe('Ould');
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

  it('uses Persian spellings for Persian names', () => {
    expect(latinReadings('حسین رضایی', 'IR')[0]).toBe('Hossein Rezaei');
    expect(latinReadings('مهدی', 'IR')[0]).toBe('Mehdi');
    expect(lookupForm('علی')).toBe('علي');
  });

  it('uses the French-based spellings of the Maghreb', () => {
    expect(arabicReadings('بن', 'DZ')[0]).toBe('ben');
    expect(letterReadings('جلول', { style: 'maghreb', persian: false })[0]).toMatch(/^Dj/);
  });
});
