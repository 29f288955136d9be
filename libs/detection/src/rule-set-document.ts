import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseChplCsv, referenceTables, TABLES_DOCUMENT } from './reference-tables';
import { RULES } from './rules';
import { ConfiguredRule, RuleSet } from './rule-set';

/** The rule set as analysts write it (YAML or JSON). */
export const RULE_SET_DOCUMENT = z
  .object({
    version: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/, 'letters, digits and . _ + -, at most 64'),
    description: z.string().optional(),
    lanes: z
      .object({ yellowFrom: z.number().min(0).max(100), redFrom: z.number().min(0).max(100) })
      .strict()
      .refine((l) => l.yellowFrom < l.redFrom, 'yellowFrom must be below redFrom'),
    /** Rule id → its parameters; a rule not named, or `enabled: false`, does not run. Order is run order. */
    rules: z.record(z.string(), z.object({ enabled: z.boolean().optional() }).passthrough()),
    tables: TABLES_DOCUMENT,
  })
  .strict();
export type RuleSetDocument = z.infer<typeof RULE_SET_DOCUMENT>;

export class RuleSetError extends Error {}

/**
 * Reads a rule set document and resolves its table files (CHPL) through `readFile`, so that
 * the result carries every table inline: what is stored on activation and run by replay.
 */
export function resolveRuleSetDocument(text: string, readFile: (path: string) => string): RuleSetDocument {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new RuleSetError(`rule set is not YAML or JSON: ${(error as Error).message}`);
  }
  const document = checked(raw);
  const { file, ...chpl } = document.tables.chpl;
  if (!file) return document;
  let entries;
  try {
    entries = parseChplCsv(readFile(file));
  } catch (error) {
    throw new RuleSetError(`rule set ${document.version}: CHPL table ${file}: ${(error as Error).message}`);
  }
  return { ...document, tables: { ...document.tables, chpl: { ...chpl, entries } } };
}

/** Builds the rule set a resolved document describes, checking each rule's parameters. */
export function ruleSetFrom(raw: unknown): RuleSet {
  const document = checked(raw);
  if (!document.tables.chpl.entries) throw new RuleSetError(`rule set ${document.version}: the CHPL table is not resolved (file ${document.tables.chpl.file})`);
  const unknown = Object.keys(document.rules).find((id) => !RULES.has(id));
  if (unknown) throw new RuleSetError(`rule set ${document.version} names unknown rule "${unknown}" (known: ${[...RULES.keys()].join(', ')})`);
  const rules: ConfiguredRule[] = [];
  // The rules run in the library's order, not the document's: the order of a map's keys does not
  // survive storage (PostgreSQL's jsonb sorts them), and a rule set must be the same once stored.
  for (const [id, rule] of RULES) {
    if (!document.rules[id]) continue;
    const { enabled, ...params } = document.rules[id];
    const parsed = rule.params.safeParse(params);
    if (!parsed.success) throw new RuleSetError(`rule set ${document.version}, rule ${id}: ${problems(parsed.error)}`);
    if (enabled !== false) rules.push({ id, params: parsed.data });
  }
  return {
    version: document.version,
    digest: digestOf(document),
    ...(document.description ? { description: document.description } : {}),
    lanes: document.lanes,
    rules,
    tables: referenceTables(document.tables),
    document,
  };
}

/** Days of history the rule set's rules read before a declaration: what the history must keep. */
export function historyDays(ruleSet: RuleSet): number {
  return Math.max(0, ...ruleSet.rules.map(({ id, params }) => RULES.get(id)?.lookbackDays?.(params) ?? 0));
}

function checked(raw: unknown): RuleSetDocument {
  const parsed = RULE_SET_DOCUMENT.safeParse(raw);
  if (!parsed.success) throw new RuleSetError(`rule set is not valid: ${problems(parsed.error)}`);
  return parsed.data;
}

function problems(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`).join('; ');
}

/** sha256 over the document with keys in a fixed order: the same content, the same digest, stored or not. */
function digestOf(document: RuleSetDocument): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
