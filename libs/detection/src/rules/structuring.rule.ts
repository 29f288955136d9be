import { z } from 'zod';
import { ExportDeclaration, Hit } from '@chokepoint/contracts';
import { ItemProfile, usd } from '../goods-profile';
import { partyKey } from '../party-keys';
import { DAY_MS, Rule, RuleEnvironment } from '../rule-set';
import { ShipmentLine } from '../history/history-view';
import { days, score } from './rule-params';

export const STRUCTURING_RULE_ID = 'structuring';

const PARAMS = z
  .object({
    windowDays: days(30),
    /** Each shipment stays below this value (USD), together they reach it. */
    valueThresholdUsd: z.number().positive().default(10_000),
    /**
     * Each shipment is at least this share of the threshold: split shipments sit just below it,
     * while a customer's ordinary small orders spread over every size.
     */
    minShareOfThreshold: z.number().min(0).max(1).default(0.35),
    /** Declarations in the window, this one included. */
    minDeclarations: z.number().int().min(2).default(3),
    score: score(55),
  })
  .strict();
type Params = z.infer<typeof PARAMS>;

/**
 * Split shipments: the same exporter sends the same sensitive HS-6 to the same consignee, or
 * to consignees sharing its address, phone or e-mail, in several declarations within the
 * window, each just below the value threshold and together above it: what a licence or
 * reporting threshold invites. One hit per HS-6.
 */
export const structuringRule: Rule<Params> = {
  id: STRUCTURING_RULE_ID,
  summary: 'Sensitive goods split into shipments each below a value threshold and together above it',
  params: PARAMS,
  lookbackDays: (params) => params.windowDays,
  evaluate(declaration, params, env): Hit[] {
    if (!env.history) return [];
    const small = env.goods.filter((g) => g.sensitive && g.usdValue !== undefined && g.usdValue < params.valueThresholdUsd);
    const floor = params.minShareOfThreshold * params.valueThresholdUsd;
    const byHs6 = new Map<string, ItemProfile[]>();
    for (const g of small) byHs6.set(g.hs6, [...(byHs6.get(g.hs6) ?? []), g]);
    return [...byHs6].flatMap(([hs6, goods]) => structured(declaration, hs6, goods, params, env, floor));
  },
};

function structured(declaration: ExportDeclaration, hs6: string, goods: ItemProfile[], params: Params, env: RuleEnvironment, floor: number): Hit[] {
  const history = env.history!;
  const consigneeKey = partyKey(declaration.parties.consignee);
  const group = [consigneeKey, ...history.linkedConsignees(consigneeKey)];
  const earlier = history
    .sensitiveShipments(partyKey(declaration.parties.exporter), hs6, group, env.at - params.windowDays * DAY_MS, env.at)
    .filter((l) => l.declarationId !== declaration.declarationId);
  // Any earlier shipment at or above the threshold means the trade is not being kept under it.
  if (earlier.some((l) => l.usdValue === undefined || l.usdValue >= params.valueThresholdUsd)) return [];
  const declarations = new Map<string, number>();
  for (const l of earlier) declarations.set(l.declarationId, (declarations.get(l.declarationId) ?? 0) + l.usdValue!);
  const ownValue = goods.reduce((sum, g) => sum + g.usdValue!, 0);
  if (ownValue >= params.valueThresholdUsd || ownValue < floor) return [];
  // Only the shipments sized like this one count: just below the threshold.
  for (const [id, usdValue] of declarations) if (usdValue < floor) declarations.delete(id);
  const total = [...declarations.values()].reduce((a, b) => a + b, ownValue);
  const count = declarations.size + 1;
  if (count < params.minDeclarations || total < params.valueThresholdUsd) return [];
  const linked = [...new Set(earlier.filter((l) => l.consigneeKey !== consigneeKey && declarations.has(l.declarationId)).map((l) => l.consigneeName))];
  return [
    {
      ruleId: STRUCTURING_RULE_ID,
      category: 'STRUCTURING',
      severity: 'HIGH',
      score: params.score,
      message: `This is shipment ${count} of HS ${hs6} from "${declaration.parties.exporter.name}" to "${declaration.parties.consignee.name}"${linked.length ? ` and linked consignees (${linked.join(', ')})` : ''} in ${params.windowDays} days, each under ${usd(params.valueThresholdUsd)} and together ${usd(total)}.`,
      partyRoles: ['exporter', 'consignee'],
      itemLines: goods.map((g) => g.item.lineNumber),
      evidence: {
        hs6,
        windowDays: params.windowDays,
        valueThresholdUsd: params.valueThresholdUsd,
        totalUsd: Math.round(total),
        declarations: [...declarations].map(([declarationId, usdValue]) => ({ declarationId, usdValue: Math.round(usdValue), at: atOf(earlier, declarationId) })),
      },
    },
  ];
}

function atOf(lines: ShipmentLine[], declarationId: string): string {
  return new Date(lines.find((l) => l.declarationId === declarationId)!.at).toISOString();
}
