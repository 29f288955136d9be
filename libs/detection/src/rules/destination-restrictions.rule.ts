import { z } from 'zod';
import { Hit } from '@chokepoint/contracts';
import { DestinationMeasure, exemptionOf, restrictionsHolding, unknownGeneralLicence } from '../destination-restrictions';
import { ItemProfile, itemLinesText, listInWords } from '../goods-profile';
import { Rule } from '../rule-set';
import { score, sentence } from './rule-params';
import { describePointer, onlyRoute, partyRolesOf, rolesByCountry } from './country-pointers';

export const DESTINATION_RESTRICTIONS_RULE_ID = 'destination-restrictions';

const PARAMS = z
  .object({
    /** Goods not exempt, to a destination or party under a total embargo; or restricted goods without a valid licence. */
    score: score(95),
    /** The same where only the route or the money touches the country. */
    routeScore: score(85),
    /** A general licence declared that the regime's table does not know: to be checked by hand. */
    unknownGeneralLicenceScore: score(40),
  })
  .strict();
type Params = z.infer<typeof PARAMS>;

type Embargo = Extract<DestinationMeasure, { kind: 'EMBARGO' }>;
type GoodsMeasure = Extract<DestinationMeasure, { kind: 'GOODS' }>;

/** What one measure of one regime says of the declaration's goods. */
interface Finding {
  regime: string;
  kind: DestinationMeasure['kind'];
  source: string;
  /** Lines held: not exempt from the embargo, or restricted without a licence that lifts them. */
  held: { line: ItemProfile; rows: { id: string; description: string; source: string }[] }[];
  /** Lines cleared under an exemption of the embargo, with the licence that clears them. */
  exempt: { line: ItemProfile; row: { id: string; description: string; source: string }; licence: string }[];
  unknownLicences: { line: ItemProfile; licence: string }[];
}

/**
 * Restrictions as the law writes them, per regime and destination: a total embargo holds
 * every line but those its exemptions cover under a declared general licence it names; a
 * restriction by goods holds the lines it names (HS codes, control lists, the CHPL) unless a
 * valid licence of a type that lifts it is declared. The destination, any party, the route and
 * the money are each checked. A hit names the regime, the row and its legal source.
 */
export const destinationRestrictionsRule: Rule<Params> = {
  id: DESTINATION_RESTRICTIONS_RULE_ID,
  summary: 'Goods a regime restricts for the destination, a party, the route or the money, without a valid licence or exemption',
  params: PARAMS,
  evaluate(declaration, params, env): Hit[] {
    const measures = env.tables.destinationMeasures;
    return [...rolesByCountry(declaration, (c) => measures.has(c))].flatMap(([country, roles]) => {
      const findings = measures.get(country)!.map((m) => (m.kind === 'EMBARGO' ? embargoFinding(m, env.goods) : goodsFinding(m, env.goods)));
      return hitsFor(country, roles, findings, params);
    });
  },
};

function embargoFinding(measure: Embargo, goods: ItemProfile[]): Finding {
  const finding: Finding = { regime: measure.regime, kind: 'EMBARGO', source: measure.source, held: [], exempt: [], unknownLicences: [] };
  for (const line of goods) {
    const row = exemptionOf(measure, line);
    if (row) finding.exempt.push({ line, row: cite(row), licence: line.item.licence!.number.trim() });
    else finding.held.push({ line, rows: [] });
    const unknown = unknownGeneralLicence(measure, line);
    if (unknown) finding.unknownLicences.push({ line, licence: unknown });
  }
  return finding;
}

function goodsFinding(measure: GoodsMeasure, goods: ItemProfile[]): Finding {
  const held = goods.map((line) => ({ line, rows: restrictionsHolding(measure, line).map(cite) })).filter((h) => h.rows.length);
  return { regime: measure.regime, kind: 'GOODS', source: measure.source, held, exempt: [], unknownLicences: [] };
}

function cite(row: { id: string; description: string; source: string }): { id: string; description: string; source: string } {
  return { id: row.id, description: row.description, source: row.source };
}

/** What a country's measures make of the declaration, for the roles pointing there. */
interface Place {
  country: string;
  roles: string[];
  /** `The declared destination is in IR`: how each message begins. */
  where: string;
  base: Pick<Hit, 'ruleId' | 'partyRoles'>;
}

function hitsFor(country: string, roles: string[], findings: Finding[], params: Params): Hit[] {
  const partyRoles = partyRolesOf(roles);
  const place: Place = {
    country,
    roles,
    where: `${sentence(listInWords(roles.map(describePointer)))} ${roles.length > 1 ? 'are' : 'is'} in ${country}`,
    base: { ruleId: DESTINATION_RESTRICTIONS_RULE_ID, ...(partyRoles.length ? { partyRoles } : {}) },
  };
  const holding = findings.filter((f) => f.held.length);
  const exempting = findings.filter((f) => f.exempt.length);
  // Held lines decide; only where nothing is held are the exemptions said (scored 0).
  const main = holding.length ? [heldHit(place, holding, params)] : exempting.length ? [exemptHit(place, exempting)] : [];
  return [...main, ...findings.flatMap((f) => unknownLicenceHits(place, f, params))];
}

function heldHit({ country, roles, where, base }: Place, holding: Finding[], params: Params): Hit {
  const route = onlyRoute(roles);
  return {
    ...base,
    category: holding.some((f) => f.held.some((h) => h.line.sensitive)) ? 'STRATEGIC_GOODS' : 'DIVERSION_RISK',
    severity: route ? 'HIGH' : 'CRITICAL',
    score: route ? params.routeScore : params.score,
    message: `${where}: ${listInWords(holding.map(heldInWords))}.`,
    itemLines: sortedLines(holding.flatMap((f) => f.held.map((h) => h.line))),
    evidence: { country, roles, regimes: holding.map(evidenceOf) },
  };
}

function exemptHit({ country, roles, where, base }: Place, exempting: Finding[]): Hit {
  const exempt = exempting.flatMap((f) => f.exempt);
  const licences = [...new Set(exempt.map((e) => e.licence))];
  const descriptions = [...new Set(exempt.map((e) => e.row.description))];
  return {
    ...base,
    category: 'OTHER',
    severity: 'LOW',
    score: 0,
    message: `${where}, under embargo (${exempting.map((f) => f.regime).join(', ')}), and the goods are exempt under general ${licences.length === 1 ? 'licence' : 'licences'} ${licences.join(', ')} (${descriptions.join('; ')}).`,
    itemLines: sortedLines(exempt.map((e) => e.line)),
    evidence: { country, roles, regimes: exempting.map(evidenceOf) },
  };
}

function unknownLicenceHits({ country, base }: Place, f: Finding, params: Params): Hit[] {
  return f.unknownLicences.map(({ line, licence }) => ({
    ...base,
    category: 'OTHER',
    severity: 'MEDIUM',
    score: params.unknownGeneralLicenceScore,
    message: `Item ${line.item.lineNumber} declares general licence ${licence}, which the ${f.regime} table for ${country} does not know: to be checked.`,
    itemLines: [line.item.lineNumber],
    evidence: { country, regime: f.regime, licence, source: f.source },
  }));
}

function sortedLines(lines: ItemProfile[]): number[] {
  return [...new Set(lines.map((l) => l.item.lineNumber))].sort((a, b) => a - b);
}

/** `under embargo (US, 31 CFR 560 …) items 1, 2 are not exempt`, or `items 2 are restricted (EU row …)`. */
function heldInWords(f: Finding): string {
  const lines = itemLinesText(f.held.map((h) => h.line.item.lineNumber));
  if (f.kind === 'EMBARGO') return `under the ${f.regime} embargo ${lines} ${f.held.length === 1 ? 'is' : 'are'} not exempt (${f.source})`;
  const rows = [...new Map(f.held.flatMap((h) => h.rows).map((r) => [r.id, r])).values()];
  return `${f.regime} restricts ${lines} without a valid licence (${rows.map((r) => r.id).join(', ')}: ${f.source})`;
}

function evidenceOf(f: Finding): Record<string, unknown> {
  return {
    regime: f.regime,
    kind: f.kind,
    source: f.source,
    ...(f.held.length ? { held: f.held.map((h) => ({ lineNumber: h.line.item.lineNumber, hsCode: h.line.item.hsCode, rows: h.rows.map((r) => r.id), ...(h.line.licenceProblems ? { licenceProblems: h.line.licenceProblems } : {}) })) } : {}),
    // Each row once, with what it restricts and where the law says so.
    ...(f.held.some((h) => h.rows.length) ? { rows: [...new Map(f.held.flatMap((h) => h.rows).map((r) => [r.id, r])).values()] } : {}),
    ...(f.exempt.length ? { exempt: f.exempt.map((e) => ({ lineNumber: e.line.item.lineNumber, row: e.row.id, licence: e.licence, source: e.row.source })) } : {}),
  };
}

