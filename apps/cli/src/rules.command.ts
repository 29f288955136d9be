import { parseArgs } from 'node:util';
import { loadSettings, systemClock } from '@chokepoint/config';
import { historyDays, readRuleSetFile, RuleSet } from '@chokepoint/detection';
import { HoldConfirmationStore, RuleSetStore } from '@chokepoint/persistence';
import { withDatabase } from './database';
import { RULES_USAGE } from './usage';

/** `chokepoint rules`: rule sets as versioned data, validated before they run, activated on record. */
export async function rulesCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { by: { type: 'string' }, reason: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const settings = loadSettings();
  switch (action) {
    case 'validate': {
      const ruleSet = read(positionals[0], settings.ruleSets.referenceDataDir);
      process.stdout.write(summary(ruleSet));
      return 0;
    }
    case 'activate': {
      const ruleSet = read(positionals[0], settings.ruleSets.referenceDataDir);
      const by = values.by?.trim();
      const reason = values.reason?.trim();
      if (!by || !reason) throw new Error('usage: chokepoint rules activate <file> --by <analyst> --reason "<why>"');
      const activation = await withDatabase(settings, (db) => new RuleSetStore(db).activate(ruleSet, { activatedBy: by, reason, at: systemClock.now() }));
      process.stdout.write(`${summary(ruleSet)}activated as activation ${activation.id}${activation.previousVersion ? `, replacing ${activation.previousVersion}` : ''}\n`);
      return 0;
    }
    case 'history': {
      const activations = await withDatabase(settings, (db) => new RuleSetStore(db).activations());
      if (values.json) process.stdout.write(`${JSON.stringify(activations, null, 2)}\n`);
      else if (!activations.length) process.stdout.write('no rule set has been activated\n');
      else for (const a of activations) process.stdout.write(`${a.id.padStart(5)}  ${a.activatedAt}  ${a.version} (${a.digest.slice(0, 12)})  by ${a.activatedBy}: ${a.reason}\n`);
      return 0;
    }
    default:
      throw new Error(`rules needs validate, activate or history:\n${RULES_USAGE}`);
  }
}

/** `chokepoint holds confirm`: until the console (issue 6) does it, officers confirm holds here. */
export async function holdsCommand(args: string[]): Promise<number> {
  const [action, id, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { by: { type: 'string' }, reason: { type: 'string' } } });
  if (action !== 'confirm' || !id || !values.by?.trim() || !values.reason?.trim()) throw new Error('usage: chokepoint holds confirm <declaration-id> --by <officer> --reason "<why>"');
  const request = { declarationId: id, confirmedBy: values.by.trim(), justification: values.reason.trim(), at: systemClock.now() };
  const confirmed = await withDatabase(loadSettings(), (db) => new HoldConfirmationStore(db).confirm(request));
  if (!confirmed) throw new Error(`declaration ${id} is not held, or its hold is already confirmed`);
  process.stdout.write(`hold on ${id} confirmed\n`);
  return 0;
}

function read(path: string | undefined, referenceDataDir: string): RuleSet {
  if (!path) throw new Error('name the rule set file');
  return readRuleSetFile(path, referenceDataDir);
}

function summary(ruleSet: RuleSet): string {
  const t = ruleSet.tables;
  return [
    `rule set ${ruleSet.version} (digest ${ruleSet.digest.slice(0, 12)}) is valid`,
    `  lanes: YELLOW from ${ruleSet.lanes.yellowFrom}, RED from ${ruleSet.lanes.redFrom}`,
    `  rules: ${ruleSet.rules.map((r) => r.id).join(', ')}`,
    `  tables: ${t.embargoed.size} embargoed, ${t.partnerStates.size} partner states, ${t.diversionHubs.size} diversion hubs, ${t.chpl.size} CHPL codes, ${t.technologyKeywords.length} technology keyword groups`,
    `  history read: ${historyDays(ruleSet)} days`,
    '',
  ].join('\n');
}
