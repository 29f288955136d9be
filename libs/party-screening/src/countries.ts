import countries from 'i18n-iso-countries';

/**
 * Spellings the lists use that the ISO English names do not cover (collected from the OFAC and
 * UN files). Regions map to the country they lie in; disputed or defunct ones to none.
 */
const LIST_SPELLINGS: Record<string, string | null> = {
  'korea, north': 'KP',
  "democratic people's republic of korea": 'KP',
  'korea, south': 'KR',
  syria: 'SY',
  burma: 'MM',
  'iran (islamic republic of)': 'IR',
  'congo, democratic republic of the': 'CD',
  'congo, republic of the': 'CG',
  'bahamas, the': 'BS',
  'cote d ivoire': 'CI',
  laos: 'LA',
  moldova: 'MD',
  brunei: 'BN',
  macau: 'MO',
  'viet nam': 'VN',
  'united kingdom of great britain and northern ireland': 'GB',
  'china, hong kong special administrative region': 'HK',
  'british virgin islands': 'VG',
  'west bank': 'PS',
  palestinian: 'PS',
  'region: gaza': 'PS',
  'region: crimea': 'UA',
  'region: northern mali': 'ML',
  'region: kafia kingi': null,
  'netherlands antilles': null,
  undetermined: null,
  na: null,
};

/** Names already looked up: lists name the same few hundred countries tens of thousands of times. */
const looked = new Map<string, string | undefined>();

/** ISO 3166-1 alpha-2 of a country as a list writes it (a name, or already a code); undefined if unknown. */
export function countryCode(name: string | undefined): string | undefined {
  const text = name?.trim();
  if (!text || text === '-0-') return undefined;
  if (looked.has(text)) return looked.get(text);
  const code = lookUp(text);
  if (looked.size < 10_000) looked.set(text, code);
  return code;
}

function lookUp(text: string): string | undefined {
  if (/^[A-Z]{2}$/.test(text)) return countries.isValid(text) ? text : undefined;
  const spelled = LIST_SPELLINGS[text.toLowerCase()];
  if (spelled !== undefined) return spelled ?? undefined;
  return countries.getAlpha2Code(text, 'en') ?? undefined;
}
