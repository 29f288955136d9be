import { resolve } from 'node:path';
import { readRuleSetFile, DEFAULT_RULE_SET_FILE } from '@chokepoint/detection';
import { Allowlist, buildIndexFrom, PartyScreener } from '@chokepoint/party-screening';
import { generateStream } from '../test/support/circumvention-stream';
import { evaluateStream } from '../test/support/detection-evaluation';
import { listedStreets } from '../test/support/listed-streets';

/**
 * `node dist/bench/detection-evaluation.js [--seed N] [--cases N]`: recall per typology and
 * the false-hold rate on clean traffic, on a generated stream screened with the default rule
 * set and the SDN list. Prints a Markdown table for BENCHMARKS.md.
 */
async function main(): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const data = resolve(__dirname, '../../../shared/data');
  const ruleSet = readRuleSetFile(DEFAULT_RULE_SET_FILE, data);
  const index = await buildIndexFrom([{ format: 'ofac-sdn', location: `${data}/ofac-sdn` }]);
  const lists = new PartyScreener(index, new Allowlist(), 0.8);
  const stream = generateStream({ seed: arg('seed', 7), days: 185, cleanPerDay: arg('per-day', 60), casesPerTypology: arg('cases', 30), listedStreets: listedStreets(lists.listedContacts) });
  const started = performance.now();
  const result = evaluateStream(stream, ruleSet, lists);
  const ms = performance.now() - started;
  console.log(`stream: ${stream.entries.length} declarations over 185 days (seed ${arg('seed', 7)}), measured from ${stream.measureFrom.slice(0, 10)}; screened in ${Math.round(ms)} ms (${Math.round(stream.entries.length / (ms / 1000))}/s)\n`);
  console.log('| typology | planted targets | fired | held (recall) |\n|---|---:|---:|---:|');
  for (const t of result.typologies) console.log(`| ${t.typology} | ${t.targets} | ${t.fired} | ${t.detected} (${(t.recall * 100).toFixed(1)} %) |`);
  const { clean } = result;
  console.log(`\nclean traffic: ${clean.declarations} declarations, ${clean.held} held: false-hold rate ${(clean.falseHoldRate * 100).toFixed(2)} %`);
  console.log(`false holds by rule present: ${JSON.stringify(clean.heldBy)}`);
  console.log(`hits by rule (measured period): ${JSON.stringify(result.hitsByRule)}`);
  console.log(JSON.stringify({ benchmark: 'detection-evaluation', ruleSet: ruleSet.version, seed: arg('seed', 7), declarations: stream.entries.length, recall: Object.fromEntries(result.typologies.map((t) => [t.typology, Math.round(t.recall * 1000) / 1000])), falseHoldRate: Math.round(clean.falseHoldRate * 10000) / 10000 }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
