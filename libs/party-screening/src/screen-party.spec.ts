import { slashAliasParts } from './alias-parts';
import { Allowlist } from './allowlist';
import { ListedEntity } from './listed-entity';
import { PartyScreener } from './party-screener';
import { phoneticKey } from './phonetic-key';
import { isPlaceWord } from './place-words';
import { DEFAULT_MATCH_THRESHOLD, screenParty, ScreenedParty } from './screen-party';
import { ScreeningIndex } from './screening-index';

function entity(entryId: string, names: string[], extra: Partial<ListedEntity> = {}): ListedEntity {
  return {
    list: 'ofac-sdn', entryId, kind: 'ENTITY', addresses: [], countries: [], identifiers: [], programs: ['TEST'],
    names: names.map((name, i) => ({ name, type: i === 0 ? 'primary' : 'aka', script: 'Latin' })),
    ...extra,
  };
}

// A small list with the shapes that matter; real-list quality is measured in test/ and bench/.
const index = ScreeningIndex.fromLists([{
  source: { format: 'ofac-sdn', location: 'fixture' },
  version: 'ofac-sdn@fixture',
  entities: [
    entity('1', ['ROSOBORONEKSPORT OAO'], { countries: ['RU'] }),
    entity('2', ['ALTYN GLOBAL TRADING LLC']),
    entity('3', ['KIM, Chon Sam'], { kind: 'INDIVIDUAL', countries: ['KP'] }),
    entity('4', ['OCEAN PIONEER'], { kind: 'VESSEL', identifiers: [{ type: 'IMO', value: '9187629' }] }),
    entity('5', ['SEPAHAN NIROO TRADING'], { countries: ['IR'] }),
    entity('6', ['NORDWIND HOLDING']),
    entity('7', ['BEREKE TRADING']),
    entity('8', ['MESA VALLEJO, Ignacio Andres'], { kind: 'INDIVIDUAL', countries: ['CO'] }),
    entity('9', ['TAJCO']),
    entity('10', ['YAMAGUCHI-GUMI']),
    entity('11', ['CAMELLIA'], { kind: 'VESSEL', countries: ['IR'] }),
    entity('12', ['RI, Chae-Il'], { kind: 'INDIVIDUAL', countries: ['KP'] }),
    entity('13', ['AL-RUBAIE, Munir Fadhil'], { kind: 'INDIVIDUAL', countries: ['IQ'] }),
    entity('14', ['KOREA DAESONG TRADING'], { countries: ['KP'] }),
  ],
}]);
const screen = (name: string, extra = {}) => screenParty(index, { name, ...extra }, { threshold: DEFAULT_MATCH_THRESHOLD });
const ids = (name: string, extra = {}) => screen(name, extra).map((m) => m.entryId);

describe('screenParty', () => {
  it('matches across spelling, legal form and transliteration', () => {
    expect(ids('Rosoboronexport')).toEqual(['1']);
    expect(ids('АО «Рособоронэкспорт»')).toEqual(['1']);
    expect(ids('Altyn Global Trading Co., Ltd.')).toEqual(['2']);
    expect(ids('김천삼')).toEqual(['3']);
    expect(ids('Kim Cheon-sam')).toEqual(['3']);
    expect(ids('Sam Chon Kim')).toEqual(['3']);
    expect(ids('Sepahan Niru Tradng')).toEqual(['5']);
  });

  it('does not let generic words make a match', () => {
    expect(ids('Global Trading LLC')).toEqual([]);
    expect(ids('Vorema Global Trading LLC')).toEqual([]);
    expect(ids('Trading')).toEqual([]);
    expect(ids('Nordwind Logistics')).toEqual([]);
  });

  it('still finds a name with two slips in one word, for part of that word\'s weight', () => {
    const [match] = screen('Mesa Vallejo Ignacio Anxrks');
    expect(match.entryId).toBe('8');
    const pair = match.breakdown.name?.pairs.find((p) => p.screened === 'anxrks');
    expect(pair).toMatchObject({ listed: 'andres' });
    expect(pair!.similarity).toBeGreaterThanOrEqual(0.6);
    expect(pair!.similarity).toBeLessThan(0.86);
    expect(match.score).toBeLessThan(screen('Mesa Vallejo Ignacio Andres')[0].score);
  });

  it('needs near-exact agreement where one short word is the only evidence', () => {
    expect(ids('Daco Corporation')).toEqual([]);
    expect(ids('Tajco Ltd')).toEqual(['9']);
    expect(ids('Gumi Inc.')).toEqual([]);
  });

  it('reads Korean syllables whole: a one-letter change is another name', () => {
    expect(ids('Ri Chae-il', { kind: 'INDIVIDUAL' })).toEqual(['12']);
    expect(ids('Lee Chae-il', { kind: 'INDIVIDUAL' })).toEqual(['12']);
    expect(ids('Ri Chae-ok', { kind: 'INDIVIDUAL' })).toEqual([]);
    expect(ids('리채일', { kind: 'INDIVIDUAL', country: 'KP' })).toEqual(['12']);
    expect(ids('Korea Daesang Trading', { country: 'KR' })).toEqual([]);
  });

  it('finds a name written in Arabic script by its Latin readings', () => {
    expect(ids('منير فاضل الربيعي', { kind: 'INDIVIDUAL', country: 'IQ' })).toEqual(['13']);
  });

  it('weakens a match across kinds: a declared firm is no ship, and not the listed person', () => {
    const [asVessel] = screenParty(index, { name: 'Camellia', kind: 'ORGANISATION' }, { threshold: 0.5 });
    expect(asVessel.score).toBeLessThan(DEFAULT_MATCH_THRESHOLD);
    expect(asVessel.severity).toBe('MEDIUM');
  });

  it('grades the evidence: the whole name CRITICAL, one word or a country mismatch MEDIUM', () => {
    expect(screen('Rosoboroneksport OAO')[0]).toMatchObject({ severity: 'CRITICAL' });
    expect(screen('Sepahan Niroo Trading', { country: 'IR' })[0]).toMatchObject({ severity: 'CRITICAL' });
    expect(screen('Sepahan Niroo Trading', { country: 'AE' })[0]).toMatchObject({ severity: 'CRITICAL' });
    expect(screen('Sepahan Niru Trading', { country: 'AE' })[0]).toMatchObject({ severity: 'MEDIUM' });
    const [typo] = screen('Sepahan Niru Tradng', { country: 'AE' });
    expect(typo).toMatchObject({ severity: 'MEDIUM', severityReasons: [expect.stringContaining('the party is in AE')] });
  });

  it('weighs an unmatched distinctive token heavily', () => {
    expect(ids('Altyn Kazyna Global Trading')).toEqual([]);
  });

  it('treats an identifier match as decisive, whatever the name', () => {
    const [match] = screen('Blue Star Shipping', { identifiers: ['IMO 9187629'] });
    expect(match).toMatchObject({ entryId: '4', score: 1, breakdown: { identifier: 'IMO 9187629', name: null } });
  });

  it('lets country support or weaken a name match, and explains the score', () => {
    const [home] = screen('Sepahan Niroo Trading', { country: 'IR' });
    const [abroad] = screen('Sepahan Niroo Trading', { country: 'AE' });
    expect(home.score).toBeGreaterThan(abroad.score);
    expect(home.breakdown.country).toMatchObject({ effect: 'supports', listed: ['IR'] });
    expect(abroad.breakdown.country).toMatchObject({ effect: 'weakens' });
    expect(home.breakdown.name).toMatchObject({ method: 'tokens', unmatchedScreened: [], unmatchedListed: [] });
  });
});

describe('phoneticKey', () => {
  it('folds the romanisation systems together', () => {
    expect(phoneticKey('rosoboronexport')).toBe(phoneticKey('rosoboroneksport'));
    expect(phoneticKey('cheon')).toBe(phoneticKey('chon'));
    expect(phoneticKey('kholodovsky')).toBe(phoneticKey('holodovskiy'));
    expect(phoneticKey('tsvetkov')).toBe(phoneticKey('tzvetkov'));
    expect(phoneticKey('byun')).toBe(phoneticKey('pyun'));
    expect(phoneticKey('cheong')).toBe(phoneticKey('jeong'));
  });
});

describe('PartyScreener', () => {
  const party = { name: 'Rosoboronexport', country: 'AE' };
  const at = new Date('2026-11-20T00:00:00Z');

  it('marks pairs an officer allowlisted, until the entry expires, and versions the allowlist', () => {
    const screener = new PartyScreener(index, new Allowlist(), DEFAULT_MATCH_THRESHOLD);
    expect(screener.matchesFor(party, at).map((m) => m.entryId)).toEqual(['1']);
    expect(screener.versions).toEqual(['ofac-sdn@fixture']);
    screener.replaceAllowlist(new Allowlist([{ partyName: 'ROSOBORONEXPORT', partyCountry: 'AE', list: 'ofac-sdn', entryId: '1', justification: 'test', addedBy: 'officer-1', addedAt: '2026-11-01T00:00:00Z', expiresAt: '2026-12-01T00:00:00Z' }]));
    const allowlisted = (p: typeof party, when: Date) => screener.matchesFor(p, when).map((m) => m.allowlisted?.addedBy);
    expect(allowlisted(party, at)).toEqual(['officer-1']);
    expect(allowlisted({ ...party, country: 'TR' }, at)).toEqual([undefined]);
    expect(allowlisted(party, new Date('2026-12-02T00:00:00Z'))).toEqual([undefined]);
    expect(screener.versions).toEqual(['ofac-sdn@fixture', expect.stringMatching(/^allowlist@[0-9a-f]{12}$/)]);
  });
});

// Made-up entries with the shapes each rule is for; the figures on real lists are in BENCHMARKS.md.
const variantsIndex = ScreeningIndex.fromLists([{
  source: { format: 'ofac-sdn', location: 'fixture' },
  version: 'ofac-sdn@fixture',
  entities: [
    entity('1', ['FRONT OF THE ZORVAN UPLANDS/ZORVAN RESISTANCE COUNCIL']),
    entity('2', ['VELTRONIC PRECISION IMPORT/EXPORT CORPORATION']),
    entity('3', ['HALVORSEN, Toregil'], { kind: 'INDIVIDUAL' }),
    entity('4', ['BRANDTVIK, Tor-Gunnar'], { kind: 'INDIVIDUAL' }),
    entity('5', ['FARID QARSHI'], { kind: 'INDIVIDUAL' }),
    entity('6', ['TARASOV, Pavel Andreevich'], { kind: 'INDIVIDUAL' }),
    entity('7', ['LOZADA, Tomas Evaristo'], { kind: 'INDIVIDUAL' }),
    entity('8', ['IRAN VELMATRONIC GROUP'], { countries: ['IR'] }),
    entity('9', ['VELKO'], { countries: ['FI'] }),
    entity('10', ['TORVIK COMPANY']),
    entity('11', ['MARVELUN SHIPPING COMPANY LIMITED']),
    entity('12', ['JIANGBEI HONGTAI TECHNOLOGY COMPANY LIMITED']),
    entity('13', ['TOKAMI K.K.']),
    entity('14', ['ZUBAREV, Matvei Petrovich'], { kind: 'INDIVIDUAL' }),
  ],
}]);
const screenVariant = (party: ScreenedParty, threshold = DEFAULT_MATCH_THRESHOLD) => screenParty(variantsIndex, party, { threshold });
const variantIds = (party: ScreenedParty) => screenVariant(party).map((m) => m.entryId);

describe('names lists write in more than one way', () => {
  it('reads a slash between aliases, not between variants of one word', () => {
    expect(slashAliasParts('FRONT OF THE ZORVAN UPLANDS/ZORVAN RESISTANCE COUNCIL')).toEqual(['FRONT OF THE ZORVAN UPLANDS', 'ZORVAN RESISTANCE COUNCIL']);
    expect(slashAliasParts('VELTRONIC PRECISION IMPORT/EXPORT CORPORATION')).toEqual([]);
    expect(slashAliasParts('EXAMPLE TRADE S.A.L./OFF-SHORE')).toEqual([]);
    expect(slashAliasParts('VELMAR J/V CORPORATION')).toEqual([]);
    expect(variantIds({ name: 'Zorvan Resistance Council', kind: 'ORGANISATION' })).toContain('1');
    expect(variantIds({ name: 'Export Corporation', kind: 'ORGANISATION' })).not.toContain('2');
  });

  it("pairs a person's two names written as one word, and initials run together", () => {
    expect(variantIds({ name: 'Tor Egil Halvorsen', kind: 'INDIVIDUAL' })).toContain('3');
    // The index reaches such a name by its surname alone; initials widen the gathering, so they are found at the default threshold.
    expect(variantIds({ name: 'TG Brandtvik', kind: 'INDIVIDUAL' })).toContain('4');
    // Initials need their two names: one letter off, they are another person's.
    const at = (name: string) => screenVariant({ name, kind: 'INDIVIDUAL' }, 0.5).find((m) => m.entryId === '4')?.score ?? 0;
    expect(at('TK Brandtvik')).toBeLessThan(DEFAULT_MATCH_THRESHOLD);
  });

  it('lets further names of the screened person cost less once two rare listed names agree', () => {
    expect(variantIds({ name: 'Farid Wazir Qarshi Abidi', kind: 'INDIVIDUAL' })).toContain('5');
  });

  it('reads a Russian name by its patronymic, with the Baltic -s and й as j', () => {
    expect(variantIds({ name: 'Pavels Tarasovs', kind: 'INDIVIDUAL' })).toContain('6');
    // Two letters from the listed spelling, such a name is looked up as Russian spells it.
    expect(variantIds({ name: 'Matvejs Zubarevs', kind: 'INDIVIDUAL' })).toContain('14');
  });

  it("takes a two-letter legal form closing a person's name for a firm's", () => {
    expect(variantIds({ name: 'Tomas Evaristo Lozada SA', kind: 'INDIVIDUAL' })).toContain('7');
  });

  it('does not fold a word onto a listed place word, nor apply Arabic folds to a party from elsewhere', () => {
    // `Orvan` and `Iran` share their consonants: alike only between two romanisations of Arabic.
    expect(variantIds({ name: 'Orvan Velmatronic', kind: 'ORGANISATION', country: 'KR' })).not.toContain('8');
    expect(variantIds({ name: 'Iran Velmatronic Group', kind: 'ORGANISATION', country: 'KR' })).toContain('8');
  });

  it("keeps one misspelt short word below the threshold, even with the country's support", () => {
    expect(variantIds({ name: 'Velko Oy', kind: 'ORGANISATION', country: 'FI' })).toContain('9');
    expect(variantIds({ name: 'Verko Oy', kind: 'ORGANISATION', country: 'FI' })).not.toContain('9');
  });

  it('lets a misspelt short word carry a match only where nothing else disagrees', () => {
    expect(variantIds({ name: 'Torvek Company', kind: 'ORGANISATION' })).toContain('10');
    expect(variantIds({ name: 'Torvek Resources Corp', kind: 'ORGANISATION' })).not.toContain('10');
    // A consonant apart is another word more often than a vowel is.
    expect(variantIds({ name: 'Tokame KK', kind: 'ORGANISATION' })).toContain('13');
    expect(variantIds({ name: 'Tokaki KK', kind: 'ORGANISATION' })).not.toContain('13');
  });

  it('takes one trade name in two businesses for two firms, and two slips in a firm word for another word', () => {
    expect(variantIds({ name: 'Marvelun Shipping Co Ltd', kind: 'ORGANISATION' })).toContain('11');
    expect(variantIds({ name: 'Marvelun Energy Co Ltd', kind: 'ORGANISATION' })).not.toContain('11');
    expect(variantIds({ name: 'Jiangbei Wanhongtai Co Ltd', kind: 'ORGANISATION' })).not.toContain('12');
  });

  it('weighs capitals as place words in a firm name', () => {
    expect(isPlaceWord('yerevan')).toBe(true);
    expect(isPlaceWord('velmatronic')).toBe(false);
  });

  it('reports at a threshold what a lower threshold reports above it', () => {
    const party: ScreenedParty = { name: 'Tor Egil Halvorsen', kind: 'INDIVIDUAL' };
    const strict = screenVariant(party).map((m) => [m.entryId, m.score]);
    const loose = screenVariant(party, 0.5).filter((m) => m.score >= DEFAULT_MATCH_THRESHOLD).map((m) => [m.entryId, m.score]);
    expect(strict).toEqual(loose);
  });
});
