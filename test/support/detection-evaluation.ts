import { Decision } from '@chokepoint/contracts';
import { DeclarationHistory, PartyLists, RuleSet, screenDeclaration } from '@chokepoint/detection';
import { CircumventionStream, StreamEntry, Typology, TYPOLOGIES, TYPOLOGY_RULES } from './circumvention-stream';

export interface TypologyResult {
  typology: Typology;
  targets: number;
  /** Held, with a hit of one of the typology's rules. */
  detected: number;
  /** Carrying a hit of the typology's rules, held or not. */
  fired: number;
  recall: number;
}

export interface Evaluation {
  typologies: TypologyResult[];
  clean: { declarations: number; held: number; falseHoldRate: number; heldBy: Record<string, number> };
  hitsByRule: Record<string, number>;
  decisions: Map<string, Decision>;
}

/**
 * Screens the stream in event-time order with the live screening code (rule set, party lists,
 * an in-memory history fed as the service feeds it) and scores it: recall per typology on the
 * planted targets, and the false-hold rate on clean traffic, both from `measureFrom` on.
 */
export function evaluateStream(stream: CircumventionStream, ruleSet: RuleSet, partyLists?: PartyLists): Evaluation {
  const history = new DeclarationHistory(ruleSet.tables);
  const byId = new Map(stream.entries.map((e) => [e.declaration.declarationId, e.declaration]));
  const confirmations = [...stream.confirmations].sort((a, b) => a.at.localeCompare(b.at));
  const decisions = new Map<string, Decision>();
  const hitsByRule: Record<string, number> = {};
  for (const { declaration } of stream.entries) {
    while (confirmations.length && confirmations[0].at <= declaration.submittedAt) {
      const confirmed = confirmations.shift()!;
      history.confirmHold(byId.get(confirmed.declarationId)!, confirmed.at);
    }
    const decision = screenDeclaration(declaration, { ruleSet, history, ...(partyLists ? { partyLists } : {}) }, new Date(declaration.submittedAt));
    history.observe(declaration);
    decisions.set(declaration.declarationId, decision);
    if (declaration.submittedAt >= stream.measureFrom) for (const hit of decision.hits) hitsByRule[hit.ruleId] = (hitsByRule[hit.ruleId] ?? 0) + 1;
  }
  return { ...score(stream, decisions), hitsByRule, decisions };
}

/** Recall per typology and false holds on clean traffic, from decisions however they were made (pure or live). */
export function score(stream: CircumventionStream, decisions: Map<string, Decision>): Pick<Evaluation, 'typologies' | 'clean'> {
  const measured = (e: StreamEntry) => e.declaration.submittedAt >= stream.measureFrom;
  const typologies = TYPOLOGIES.map((typology) => {
    const targets = stream.entries.filter((e) => e.planted === typology && e.target && measured(e));
    const fired = targets.filter((e) => decisions.get(e.declaration.declarationId)?.hits.some((h) => TYPOLOGY_RULES[typology].includes(h.ruleId)));
    const detected = fired.filter((e) => decisions.get(e.declaration.declarationId)!.outcome === 'HOLD');
    return { typology, targets: targets.length, detected: detected.length, fired: fired.length, recall: targets.length ? detected.length / targets.length : 0 };
  });
  const clean = stream.entries.filter((e) => !e.planted && measured(e));
  const held = clean.filter((e) => decisions.get(e.declaration.declarationId)?.outcome === 'HOLD');
  const heldBy: Record<string, number> = {};
  for (const e of held) for (const ruleId of new Set(decisions.get(e.declaration.declarationId)!.hits.map((h) => h.ruleId))) heldBy[ruleId] = (heldBy[ruleId] ?? 0) + 1;
  return { typologies, clean: { declarations: clean.length, held: held.length, falseHoldRate: clean.length ? held.length / clean.length : 0, heldBy } };
}
