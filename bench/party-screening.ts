import { join } from 'node:path';
import { DEFAULT_MATCH_THRESHOLD, loadList, LoadedList, parseListSource, ScreeningIndex, screenParty } from '@chokepoint/party-screening';
import { buildNameMatchingSet } from '../test/support/name-matching-set';
import { byKind, curve, scoreSet } from '../test/support/name-matching-evaluation';

/**
 * Party screening on one core: index build, memory and per-name latency against the full SDN
 * list with every alias; then quality (recall and false positives per threshold) on the
 * labelled set built from all four lists. Lists are read from ../shared/data, or from
 * BENCH_LISTS (`<format>:<path>,…`).
 */
const DATA = join(__dirname, '../../../shared/data');
const SDN = `ofac-sdn:${join(DATA, 'ofac-sdn')}`;
const ALL = [SDN, `ofac-consolidated:${join(DATA, 'ofac-consolidated')}`, `un-xml:${join(DATA, 'un/consolidated.xml')}`, `bis-dpl:${join(DATA, 'bis-dpl/dpl.txt')}`];

async function load(specs: string[]): Promise<LoadedList[]> {
  return Promise.all(specs.map((s) => loadList(parseListSource(s))));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function speed(): Promise<void> {
  const lists = await load(process.env.BENCH_LISTS?.split(',') ?? [SDN]);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const builds: number[] = [];
  let index!: ScreeningIndex;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    index = ScreeningIndex.fromLists(lists);
    builds.push(performance.now() - started);
  }
  global.gc?.();
  const indexMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const queries = buildNameMatchingSet(index, { seed: 11, sample: 2000, decoys: 2000 }).map((q) => q.query);
  for (const name of queries) screenParty(index, { name }, { threshold: DEFAULT_MATCH_THRESHOLD });
  const times: number[] = [];
  for (const name of queries) {
    const started = process.hrtime.bigint();
    screenParty(index, { name }, { threshold: DEFAULT_MATCH_THRESHOLD });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const names = index.names.length;
  console.log(`## Speed: ${lists.map((l) => l.version).join(', ')}: ${index.entities.length} entities, ${names} names and aliases`);
  console.log(`index build (median of 3): ${builds.sort((a, b) => a - b)[1].toFixed(0)} ms; index heap ${indexMb.toFixed(0)} MB; process RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  console.log(`${times.length} names screened (variants and decoys): p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms, max ${times[times.length - 1].toFixed(2)} ms, mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(3)} ms`);
}

async function quality(): Promise<void> {
  const index = ScreeningIndex.fromLists(await load(ALL));
  const set = buildNameMatchingSet(index, { seed: 7, sample: 1500, decoys: 3000 });
  const scored = scoreSet(index, set);
  const variants = set.filter((s) => s.expected).length;
  console.log(`\n## Quality: ${variants} true variants, ${set.length - variants} decoys (all four lists), default threshold ${DEFAULT_MATCH_THRESHOLD}`);
  console.log('| threshold | recall | missed | false-positive rate | false positives |\n|---|---|---|---|---|');
  for (const p of curve(scored, [0.7, 0.72, 0.74, 0.76, 0.78, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.95])) {
    console.log(`| ${p.threshold.toFixed(2)}${p.threshold === DEFAULT_MATCH_THRESHOLD ? ' (default)' : ''} | ${p.recall.toFixed(4)} | ${p.missed} | ${(p.falsePositiveRate * 100).toFixed(2)} % | ${p.falsePositives} |`);
  }
  console.log('\n| kind | count | recall (variants) / false-positive rate (decoys) |\n|---|---|---|');
  for (const k of byKind(scored, DEFAULT_MATCH_THRESHOLD)) console.log(`| ${k.kind} | ${k.count} | ${(k.rate * 100).toFixed(1)} % |`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--speed') || !process.argv.includes('--quality')) await speed();
  if (process.argv.includes('--quality') || !process.argv.includes('--speed')) await quality();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
