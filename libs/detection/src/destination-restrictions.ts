import { z } from 'zod';
import type { ItemProfile } from './goods-profile';
import { country, hsPrefix } from './table-fields';

/**
 * Export restrictions as the law writes them: per regime (the country of export's, or several a
 * rule set enforces) and destination, either a total embargo with its exemptions (food,
 * medicine, healthcare devices under general licences, by number) or restrictions by goods (HS codes,
 * control lists, the CHPL) with the licence types that lift them. Data a deployment replaces with
 * the official tables; every measure and row cites its legal source.
 */
const regime = z.string().regex(/^[A-Z]{2,8}$/, 'a regime code such as KR, EU, US, JP, UK');
const licenceType = z.enum(['INDIVIDUAL', 'GENERAL', 'EXEMPTION']);

/** Declared control codes by list: a dual-use code (`3A001`, Wassenaar categories 0 to 9) or a military one (`ML4`). */
export const CONTROL_CODE_CLASSES = { DUAL_USE: /^[0-9][A-E][0-9]{3}/, MILITARY: /^ML[0-9]{1,2}/ } as const;

/** Which goods a row speaks of: any of its HS prefixes, declared control-code classes or CHPL tiers. */
const GOODS = z
  .object({
    hs: z.array(hsPrefix).min(1).optional(),
    controlCodes: z.array(z.enum(['DUAL_USE', 'MILITARY'])).min(1).optional(),
    chplTiers: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict()
  .refine((g) => g.hs || g.controlCodes || g.chplTiers, 'name goods by hs, controlCodes or chplTiers');
export type GoodsSelector = z.infer<typeof GOODS>;

const ROW = { id: z.string().min(1), description: z.string().min(1), source: z.string().min(1), goods: GOODS, except: GOODS.optional() };

const RESTRICTION = z.object({ ...ROW, liftedBy: z.array(licenceType).default([]) }).strict();
const EXEMPTION = z.object({ ...ROW, generalLicences: z.array(z.string().min(1)).min(1) }).strict();

const MEASURE = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('EMBARGO'), regime, countries: z.array(country).min(1), source: z.string().min(1), exemptions: z.array(EXEMPTION).default([]) }).strict(),
  z.object({ kind: z.literal('GOODS'), regime, countries: z.array(country).min(1), source: z.string().min(1), restrictions: z.array(RESTRICTION).min(1) }).strict(),
]);

export const DESTINATION_RESTRICTIONS_DOCUMENT = z
  .object({
    source: z.string().min(1),
    asOf: z.string().optional(),
    /** The regimes this rule set enforces; measures of others are kept but not applied. */
    regimes: z.array(regime).min(1),
    measures: z.array(MEASURE).min(1),
  })
  .strict()
  .refine((d) => d.regimes.every((r) => d.measures.some((m) => m.regime === r)), 'every enforced regime needs a measure');
export type DestinationRestrictionsDocument = z.infer<typeof DESTINATION_RESTRICTIONS_DOCUMENT>;
export type DestinationMeasure = z.infer<typeof MEASURE>;
export type RestrictionRow = z.infer<typeof RESTRICTION>;
export type ExemptionRow = z.infer<typeof EXEMPTION>;

/** The enforced measures by destination country. */
export function measuresByCountry(doc: DestinationRestrictionsDocument | undefined): ReadonlyMap<string, readonly DestinationMeasure[]> {
  const byCountry = new Map<string, DestinationMeasure[]>();
  for (const measure of doc?.measures ?? []) {
    if (!doc!.regimes.includes(measure.regime)) continue;
    for (const c of measure.countries) byCountry.set(c, [...(byCountry.get(c) ?? []), measure]);
  }
  return byCountry;
}

/** Whether a goods line is of the goods a row names, and not of those it excepts. */
export function rowCovers(row: { goods: GoodsSelector; except?: GoodsSelector }, line: ItemProfile): boolean {
  return selects(row.goods, line) && !(row.except && selects(row.except, line));
}

function selects(goods: GoodsSelector, line: ItemProfile): boolean {
  if (goods.hs?.some((prefix) => line.item.hsCode.startsWith(prefix))) return true;
  if (line.controlCode && goods.controlCodes?.some((c) => CONTROL_CODE_CLASSES[c].test(line.controlCode!.toUpperCase()))) return true;
  return !!line.chpl && !!goods.chplTiers?.includes(line.chpl.tier);
}

/** The restriction rows of a goods measure that hold a line: those covering it that its licence (if valid) does not lift. */
export function restrictionsHolding(measure: Extract<DestinationMeasure, { kind: 'GOODS' }>, line: ItemProfile): RestrictionRow[] {
  const type = line.licensed ? (line.item.licence!.type ?? 'INDIVIDUAL') : undefined;
  return measure.restrictions.filter((row) => rowCovers(row, line) && !(type && row.liftedBy.includes(type)));
}

/** The exemption of an embargo a line comes under: goods the row covers, under a valid general licence it names. */
export function exemptionOf(measure: Extract<DestinationMeasure, { kind: 'EMBARGO' }>, line: ItemProfile): ExemptionRow | undefined {
  const licence = line.licensed ? line.item.licence! : undefined;
  if (!licence || (licence.type !== 'GENERAL' && licence.type !== 'EXEMPTION')) return undefined;
  return measure.exemptions.find((row) => rowCovers(row, line) && row.generalLicences.includes(licence.number.trim()));
}

/** A general licence declared on a line that no exemption of the embargo knows: flagged, never accepted unchecked. */
export function unknownGeneralLicence(measure: Extract<DestinationMeasure, { kind: 'EMBARGO' }>, line: ItemProfile): string | undefined {
  const licence = line.item.licence;
  if (!licence?.number?.trim() || licence.type !== 'GENERAL') return undefined;
  const number = licence.number.trim();
  return measure.exemptions.some((row) => row.generalLicences.includes(number)) ? undefined : number;
}
