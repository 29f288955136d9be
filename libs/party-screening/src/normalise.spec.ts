import { isGenericWord, normaliseName } from './normalise';

describe('normaliseName', () => {
  it('folds case, accents and punctuation', () => {
    expect(normaliseName('Müller-Straße  GmbH').tokens).toEqual(['muller', 'strasse']);
    expect(normaliseName("O'Brien & Sons, Ltd.").tokens).toEqual(['obrien', 'sons']);
    expect(normaliseName('Pak Taek-won').tokens).toEqual(['pak', 'taek', 'won']);
    expect(normaliseName('I.B.M. Corp').tokens).toEqual(['ibm']);
  });

  it('removes legal forms in many languages, wherever they stand', () => {
    expect(normaliseName('ROSOBORONEKSPORT OAO').tokens).toEqual(['rosoboroneksport']);
    expect(normaliseName('OOO Vektor Komponent').tokens).toEqual(['vektor', 'komponent']);
    expect(normaliseName('ANGLO-CARIBBEAN CO., LTD.')).toMatchObject({ tokens: ['anglo', 'caribbean'], legalForms: ['co', 'ltd'] });
    expect(normaliseName('Gulf Horizon General Trading FZE').tokens).toEqual(['gulf', 'horizon', 'general', 'trading']);
    expect(normaliseName('Grupo Industrial S.A. de C.V.').tokens).toEqual(['grupo', 'industrial']);
    expect(normaliseName('Hanbit Electronics Co., Ltd.').tokens).toEqual(['hanbit', 'electronics']);
  });

  it('removes legal forms written in Hangul, Han and Cyrillic before transliterating', () => {
    expect(normaliseName('주식회사 세진정밀').tokens).toEqual(['sejinjeongmil']);
    expect(normaliseName('(주)한빛전자').tokens).toEqual(['hanbichjeonja']);
    expect(normaliseName('北京华为技术有限公司').tokens).toEqual(['beijinghuaweijishu']);
    expect(normaliseName('ОАО «Рособоронэкспорт»')).toMatchObject({ tokens: ['rosoboroneksport'], legalForms: ['oao'] });
  });

  it('marks generic words, so they cannot make a match alone', () => {
    expect(normaliseName('Global Trading LLC').distinctive).toEqual(['global', 'trading']);
    expect(normaliseName('Altyn Global Trading LLC').distinctive).toEqual(['altyn']);
  });

  it('reads dotted initialisms as one word, apart from the legal form that follows', () => {
    expect(normaliseName('G.L.G. S.A.').tokens).toEqual(['glg']);
    expect(normaliseName('Glg Sa').tokens).toEqual(['glg']);
    expect(normaliseName('I S.A.').tokens).toEqual(['i']);
  });

  it('reads a screened word that misspells a legal form or generic word as that word, unless the lists use it', () => {
    const listed = new Set(['tradex']);
    const screened = (name: string) => normaliseName(name, { isListedWord: (w) => listed.has(w) });
    expect(screened('MTTO Industry and Trade LIMITD')).toMatchObject({ tokens: ['mtto', 'industry', 'trade'], legalForms: ['limited'] });
    expect(screened('Boreal Pelican COMAPNY').tokens).toEqual(['boreal', 'pelican']);
    expect(screened('ЙОИНТ СТОКК КОМПАНЫ Сургутнефтегасбанк').tokens).toEqual(['yoint', 'stock', 'surgutneftegasbank']);
    expect(screened('Tradex Limited').tokens).toEqual(['tradex']);
    // A shorter word with a letter typed twice.
    expect(screened('Boreal Jooint Stock Company')).toMatchObject({ tokens: ['boreal'], legalForms: ['joint stock company'] });
    // The lists themselves are taken as spelt.
    expect(normaliseName('Boreal Pelican COMAPNY').tokens).toEqual(['boreal', 'pelican', 'comapny']);
  });

  it('counts the words of a broken-up legal form as generic', () => {
    expect(normaliseName('S Ogranichennoi Otvetstvennostyu RT-Energoeffektivnost Obshchestvo').distinctive).toEqual(['rt', 'energoeffektivnost']);
    expect(isGenericWord('joint')).toBe(true);
  });

  it('keeps a name that is only a legal-form word', () => {
    expect(normaliseName('AO').tokens).toEqual(['ao']);
  });

  it('reads numbers, abbreviations, glued legal forms and split words as the lists spell them', () => {
    expect(normaliseName('1st International Bank').tokens).toEqual(['first', 'international', 'bank']);
    expect(normaliseName('Squadron Sixty-Seven').tokens).toEqual(['squadron', '67']);
    expect(normaliseName("First Bank Int'l").tokens).toEqual(['first', 'bank', 'international']);
    expect(normaliseName('U.S. Office of Forestry').tokens).toEqual(['united', 'states', 'office', 'forestry']);
    const listed = new Set(['tervola', 'vorobyov', 'dae', 'sok', 'daesok']);
    const screened = (name: string) => normaliseName(name, { isListedWord: (w) => listed.has(w) }).tokens;
    expect(screened('TervolaAG')).toEqual(['tervola']);
    expect(screened('Arkady Vorob yov')).toEqual(['arkady', 'vorobyov']);
    // Two words that are both words of the lists stay two, even where they run together into a third.
    expect(screened('Kim Dae Sok')).toEqual(['kim', 'dae', 'sok']);
  });

  it('reads the Arabic servant names and particles one way', () => {
    expect(normaliseName("'Abd al-Wahhab bin Salem").tokens).toEqual(normaliseName('Abdol Wahhab ibn Salem').tokens);
    // Servant of God, glued with any vowel: read as abd + the one word for God.
    expect(normaliseName('Abdollah').tokens).toEqual(normaliseName('Abdoullah').tokens);
    expect(normaliseName('Abdollah').tokens).toEqual(normaliseName('Abdilla').tokens);
    expect(normaliseName('Abdollah').tokens).toEqual(normaliseName('Abd Ullah').tokens);
    expect(normaliseName('Abdollah').tokens[0]).toBe('abd');
    // The article spoken as the sun letter after it, glued or apart.
    expect(normaliseName('Abdur Razzaq').tokens).toEqual(['abd', 'al', 'razzaq']);
    expect(normaliseName('Abd Us-Samad').tokens).toEqual(['abd', 'al', 'samad']);
    expect(normaliseName('Abdur Kamal').tokens).toEqual(['abdur', 'kamal']);
    expect(normaliseName('Abdurrazzaq').tokens).toEqual(['abd', 'al', 'razzaq']);
    expect(normaliseName('Abo Tarek').tokens).toEqual(normaliseName('Abu Tarek').tokens);
    // A stray letter before the article, in a word no list knows; a listed word stays as it is.
    expect(normaliseName('Tarek Zal-Haddi', { person: true, isListedWord: () => false }).tokens).toEqual(['tarek', 'al', 'haddi']);
    expect(normaliseName('Tarek Zal-Haddi', { person: true, isListedWord: (w) => w === 'zal' }).tokens).toEqual(['tarek', 'zal', 'haddi']);
  });

  it('keeps two-letter words that are legal forms elsewhere in a person\'s name', () => {
    expect(normaliseName('Henrik Sá', { person: true }).tokens).toEqual(['henrik', 'sa']);
    expect(normaliseName('Andrés Quintero LLC', { person: true }).tokens).toEqual(['andres', 'quintero']);
  });
});
