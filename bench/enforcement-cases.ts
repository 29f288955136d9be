import { resolve } from 'node:path';
import { DEFAULT_RULE_SET_FILE, readRuleSetFile } from '@chokepoint/detection';
import { PUBLIC_CASES } from '../test/support/enforcement-cases';
import { evaluatePublicCases } from '../test/support/enforcement-evaluation';

/**
 * `node dist/bench/enforcement-cases.js [--seed N]`: circumvention patterns of public enforcement
 * cases and guidance, and lawful look-alikes (test/support/enforcement-cases.ts), filed among
 * generated ordinary traffic and screened with the default rule set. Per pattern: cases held with
 * the right category, look-alikes held and held RED. The last line is one JSON summary.
 */
function main(): void {
  const i = process.argv.indexOf('--seed');
  const seed = i > 0 ? Number(process.argv[i + 1]) : 7;
  const ruleSet = readRuleSetFile(DEFAULT_RULE_SET_FILE, resolve(__dirname, '../../../shared/data'));
  const result = evaluatePublicCases(ruleSet, seed);
  console.log(`## Public cases and look-alikes (rule set ${ruleSet.version}, background seed ${seed})\n`);
  console.log('| pattern | cases | held with the right category | look-alikes | held | held RED |\n|---|---:|---:|---:|---:|---:|');
  for (const p of result.patterns) console.log(`| ${p.pattern} | ${p.cases || ''} | ${p.cases ? p.heldRight : ''} | ${p.lookAlikes || ''} | ${p.lookAlikes ? p.held : ''} | ${p.lookAlikes ? p.heldRed : ''} |`);
  const { cases, lookAlikes } = result;
  console.log(`| **all** | ${cases.count} | **${cases.heldRight} (${pct(cases.heldRight / cases.count)})** | ${lookAlikes.count} | **${lookAlikes.held} (${pct(lookAlikes.held / lookAlikes.count)})** | **${lookAlikes.heldRed}** |\n`);
  for (const c of PUBLIC_CASES) {
    const d = result.decisions.get(`PUBLIC-${c.id}`)!;
    const hits = d.hits.filter((h) => (h.score ?? 0) > 0).map((h) => `${h.ruleId}:${h.score}`).join(' ');
    console.log(`${c.id} ${c.kind.padEnd(10)} ${d.outcome} ${d.lane.padEnd(6)} ${d.riskScore.toFixed(1).padStart(5)}  ${hits}`);
  }
  console.log(JSON.stringify({ benchmark: 'enforcement-cases', ruleSet: ruleSet.version, seed, cases: cases.count, casesHeldRight: cases.heldRight, caseRecall: round(cases.heldRight / cases.count), lookAlikes: lookAlikes.count, lookAlikesHeld: lookAlikes.held, lookAlikesHeldRed: lookAlikes.heldRed }));
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const round = (x: number) => Math.round(x * 1000) / 1000;

main();
