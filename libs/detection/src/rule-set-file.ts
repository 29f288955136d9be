import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { resolveRuleSetDocument, ruleSetFrom } from './rule-set-document';
import { RuleSet } from './rule-set';

/**
 * Reads a rule set file and the tables it names: relative table paths are read from the
 * reference data folder (REFERENCE_DATA_DIR), where deployments keep the published lists.
 * The only I/O of the detection library, at its edge; everything after it is pure.
 */
export function readRuleSetFile(path: string, referenceDataDir: string): RuleSet {
  return ruleSetFromText(readFileSync(path, 'utf8'), referenceDataDir);
}

/** A rule set document's text (YAML or JSON, from a file or a request), its tables read as above. */
export function ruleSetFromText(text: string, referenceDataDir: string): RuleSet {
  return ruleSetFrom(resolveRuleSetDocument(text, (file) => readFileSync(isAbsolute(file) ? file : resolve(referenceDataDir, file), 'utf8')));
}

/** The rule set shipped with Chokepoint (`libs/detection/rule-sets/default.yaml`), wherever the code runs from. */
export const DEFAULT_RULE_SET_FILE = resolve(__dirname, __dirname.includes('/dist/') ? '../../../../libs/detection/rule-sets/default.yaml' : '../rule-sets/default.yaml');
