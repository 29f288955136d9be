import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { DESTINATION_RESTRICTIONS_DOCUMENT, DestinationMeasure, measuresByCountry } from './destination-restrictions';
import { country, hsPrefix } from './table-fields';

/** Every table says where its content comes from, so an officer can check it. */
const cited = { source: z.string().min(1), asOf: z.string().optional() };

export const COUNTRY_GROUP_DOCUMENT = z.object({ ...cited, countries: z.array(country).min(1) }).strict();

export const CHPL_ENTRY = z.object({ hs6: z.string().regex(/^[0-9]{6}$/), tier: z.string().min(1), description: z.string() }).strict();
/** The CHPL is read from a file (`file`, CSV `hs6,tier,description`) or given inline (`entries`). */
export const CHPL_DOCUMENT = z
  .object({ ...cited, file: z.string().optional(), entries: z.array(CHPL_ENTRY).optional() })
  .strict()
  .refine((t) => !!t.file !== !!t.entries, 'give either file or entries');

export const DUAL_USE_CORRELATION_DOCUMENT = z
  .object({
    ...cited,
    entries: z.array(z.object({ hs: hsPrefix, categories: z.array(z.string().min(1)).min(1), item: z.string().min(1) }).strict()).min(1),
  })
  .strict();

export const TECHNOLOGY_KEYWORDS_DOCUMENT = z
  .object({
    ...cited,
    entries: z
      .array(
        z
          .object({
            technology: z.string().min(1),
            /** Words or phrases, matched whole-word and case-blind in goods descriptions. */
            terms: z.array(z.string().min(2)).min(1),
            /** HS chapters, headings or subheadings such goods are classified under. */
            hsPrefixes: z.array(hsPrefix).min(1),
            /** The CHPL subheadings such goods take: within their heading, another subheading hides them. */
            chplHs6: z.array(z.string().regex(/^[0-9]{6}$/)).min(1).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const CURRENCY_RATES_DOCUMENT = z.object({ ...cited, usdPer: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()) }).strict();

export const TABLES_DOCUMENT = z
  .object({
    countryGroups: z
      .object({ embargoed: COUNTRY_GROUP_DOCUMENT, partnerStates: COUNTRY_GROUP_DOCUMENT, diversionHubs: COUNTRY_GROUP_DOCUMENT })
      .catchall(COUNTRY_GROUP_DOCUMENT),
    chpl: CHPL_DOCUMENT,
    dualUseCorrelation: DUAL_USE_CORRELATION_DOCUMENT,
    technologyKeywords: TECHNOLOGY_KEYWORDS_DOCUMENT,
    currencyRates: CURRENCY_RATES_DOCUMENT,
    /** Restrictions by regime and destination (rule `destination-restrictions`); rule sets before `default-5` have none. */
    destinationRestrictions: DESTINATION_RESTRICTIONS_DOCUMENT.optional(),
  })
  .strict();
export type TablesDocument = z.infer<typeof TABLES_DOCUMENT>;

export interface ChplItem {
  hs6: string;
  tier: string;
  description: string;
}

export interface DualUseCorrelation {
  hs: string;
  categories: string[];
  item: string;
}

export interface TechnologyKeyword {
  technology: string;
  terms: string[];
  hsPrefixes: string[];
  chplHs6?: string[];
  pattern: RegExp;
}

/** The rule set's reference tables, ready for lookups. */
export interface ReferenceTables {
  embargoed: ReadonlySet<string>;
  partnerStates: ReadonlySet<string>;
  diversionHubs: ReadonlySet<string>;
  chpl: ReadonlyMap<string, ChplItem>;
  /** The most specific correlation for an HS code, if any. */
  dualUseFor(hsCode: string): DualUseCorrelation | undefined;
  technologyKeywords: readonly TechnologyKeyword[];
  /** USD per unit of a currency; undefined for a currency the table does not rate. */
  usdPer(currency: string): number | undefined;
  /** The measures of the enforced regimes on a destination country, if any. */
  destinationMeasures: ReadonlyMap<string, readonly DestinationMeasure[]>;
}

/** Builds the lookups from resolved tables (CHPL inline). */
export function referenceTables(doc: TablesDocument): ReferenceTables {
  const groups = doc.countryGroups;
  const correlations = [...doc.dualUseCorrelation.entries].sort((a, b) => b.hs.length - a.hs.length);
  const rates = new Map(Object.entries(doc.currencyRates.usdPer));
  return {
    embargoed: new Set(groups.embargoed.countries),
    partnerStates: new Set(groups.partnerStates.countries),
    diversionHubs: new Set(groups.diversionHubs.countries),
    chpl: new Map((doc.chpl.entries ?? []).map((e) => [e.hs6, e])),
    dualUseFor: (hsCode) => correlations.find((c) => hsCode.startsWith(c.hs)),
    technologyKeywords: doc.technologyKeywords.entries.map((k) => ({ ...k, pattern: wholeWords(k.terms) })),
    usdPer: (currency) => rates.get(currency),
    destinationMeasures: measuresByCountry(doc.destinationRestrictions),
  };
}

function wholeWords(terms: string[]): RegExp {
  const escaped = terms.map((t) => t.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Parses the CHPL CSV (`hs6,tier,description`, header first); each row is checked like an inline entry. */
export function parseChplCsv(text: string): ChplItem[] {
  const rows: Record<string, string>[] = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), bom: true, trim: true, skip_empty_lines: true });
  return rows.map((row, i) => {
    const checked = CHPL_ENTRY.safeParse({ hs6: row.hs6, tier: row.tier, description: row.description ?? '' });
    if (!checked.success) throw new Error(`CHPL file, row ${i + 1}: ${checked.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
    return checked.data;
  });
}
