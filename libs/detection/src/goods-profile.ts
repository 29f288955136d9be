import { ExportDeclaration, GoodsItem } from '@chokepoint/contracts';
import { ChplItem, DualUseCorrelation, ReferenceTables } from './reference-tables';

/** A goods item as the rules see it: what the tables say of its HS code and what it is worth in USD. */
export interface ItemProfile {
  item: GoodsItem;
  hs6: string;
  /** The Common High Priority List entry of its HS-6, if it is on the list. */
  chpl?: ChplItem;
  /** The dual-use category its HS code correlates to, if any (a correlation, not a classification). */
  dualUse?: DualUseCorrelation;
  /** The declared control code, trimmed, if any. */
  controlCode?: string;
  /** A licence is declared and, by what it says of itself, valid on the day and covering the line. */
  licensed: boolean;
  /** Why a declared licence does not lift the line's restrictions (expired, other goods ...), if it does not. */
  licenceProblems?: string[];
  /** Declared controlled, correlated to a controlled category, or on the CHPL. */
  sensitive: boolean;
  /** Value in USD by the rule set's rates; undefined where the currency is not rated. */
  usdValue?: number;
}

/** Classifies every item of a declaration under the rule set's tables. */
export function profileGoods(declaration: ExportDeclaration, tables: ReferenceTables): ItemProfile[] {
  const rate = tables.usdPer(declaration.currency);
  return declaration.items.map((item) => {
    const hs6 = item.hsCode.slice(0, 6);
    const chpl = tables.chpl.get(hs6);
    const dualUse = tables.dualUseFor(item.hsCode);
    const controlCode = item.controlCode?.trim() || undefined;
    const declared = !!item.licence?.number?.trim();
    const problems = declared ? licenceProblems(item, declaration) : [];
    return {
      item,
      hs6,
      ...(chpl ? { chpl } : {}),
      ...(dualUse ? { dualUse } : {}),
      ...(controlCode ? { controlCode } : {}),
      licensed: declared && problems.length === 0,
      ...(problems.length ? { licenceProblems: problems } : {}),
      sensitive: !!(chpl || dualUse || controlCode),
      ...(rate !== undefined ? { usdValue: item.value * rate } : {}),
    };
  });
}

/**
 * What keeps a declared licence from covering its line, by what the licence says of itself:
 * its days of validity against the declaration's own date, its destinations, its goods.
 */
function licenceProblems(item: GoodsItem, declaration: ExportDeclaration): string[] {
  const licence = item.licence!;
  const day = new Date(declaration.submittedAt).toISOString().slice(0, 10);
  const problems: string[] = [];
  if (licence.validUntil && day > licence.validUntil) problems.push(`licence ${licence.number} expired on ${licence.validUntil}`);
  if (licence.validFrom && day < licence.validFrom) problems.push(`licence ${licence.number} is valid only from ${licence.validFrom}`);
  if (licence.destinations && !licence.destinations.includes(declaration.destinationCountry)) problems.push(`licence ${licence.number} does not cover ${declaration.destinationCountry}`);
  if (licence.hsCodes && !licence.hsCodes.some((code) => item.hsCode.startsWith(code))) problems.push(`licence ${licence.number} does not cover HS ${item.hsCode}`);
  return problems;
}

/** The diversion hub goods are consigned to, by destination or else by the consignee's country. */
export function hubCountryOf(declaration: ExportDeclaration, tables: ReferenceTables): string | undefined {
  const hubs = tables.diversionHubs;
  if (hubs.has(declaration.destinationCountry)) return declaration.destinationCountry;
  return hubs.has(declaration.parties.consignee.country) ? declaration.parties.consignee.country : undefined;
}

/**
 * High-priority lines without a valid licence: what counts as a diversion indicator, in a hub's
 * flow and in a consignee's profile. A licensed line was authorised case by case.
 */
export function unlicensedChpl(goods: ItemProfile[]): ItemProfile[] {
  return goods.filter((g) => g.chpl && !g.licensed);
}

export function lineNumbers(goods: ItemProfile[]): number[] {
  return goods.map((g) => g.item.lineNumber);
}

/** The country of a UN/LOCODE (its first two letters). */
export function countryOfPort(locode: string | undefined): string | undefined {
  return locode ? locode.slice(0, 2) : undefined;
}

/** "item 2" or "items 1, 3": for messages. */
export function itemLinesText(lines: number[]): string {
  return `${lines.length === 1 ? 'item' : 'items'} ${lines.join(', ')}`;
}

/** Joins words as a sentence does: "a", "a and b", "a, b and c". */
export function listInWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** USD amounts for messages: "USD 9,800". */
export function usd(amount: number): string {
  return `USD ${Math.round(amount).toLocaleString('en-US')}`;
}
