import { join } from 'node:path';
import { DEFAULT_MATCH_THRESHOLD, loadList, LoadedList, parseListSource, ScreeningIndex, screenParty } from '@chokepoint/party-screening';
import { latinReadings, loadReadingDictionaries, ReadingDictionaries } from '../libs/party-screening/src/readings';
import { CrossScriptPair, crossScriptPairs } from '../test/support/cross-script-pairs';

/**
 * Cross-script recall on third-party pairs: original-script names of listed entries (UN list)
 * screened against the lists with those names removed, as is and with latinReadings, at the
 * default threshold. Prints a table per script, the timing of latinReadings and the memory of
 * the reading dictionaries, then one JSON line. `--misses N` prints N misses per script.
 */
const DATA = join(__dirname, '../../../shared/data');
const ALL = [`ofac-sdn:${join(DATA, 'ofac-sdn')}`, `ofac-consolidated:${join(DATA, 'ofac-consolidated')}`, `un-xml:${join(DATA, 'un/consolidated.xml')}`, `bis-dpl:${join(DATA, 'bis-dpl/dpl.txt')}`];

interface Outcome {
  pair: CrossScriptPair;
  asIs: number;
  withReadings: number;
  best?: string;
  readings: string[];
}

function scoreFor(index: ScreeningIndex, name: string, country: string | undefined, expected: string): number {
  const matches = screenParty(index, { name, ...(country ? { country } : {}) }, { threshold: DEFAULT_MATCH_THRESHOLD, limit: 50 });
  return matches.find((m) => `${m.list}:${m.entryId}` === expected)?.score ?? 0;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const lists: LoadedList[] = await Promise.all((process.env.BENCH_LISTS?.split(',') ?? ALL).map((s) => loadList(parseListSource(s))));
  const { pairs, lists: stripped } = crossScriptPairs(lists);
  const index = ScreeningIndex.fromLists(stripped);

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const loadStarted = performance.now();
  const dictionaries: ReadingDictionaries = process.argv.includes('--no-dictionaries') ? {} : await loadReadingDictionaries();
  const loadMs = performance.now() - loadStarted;
  global.gc?.();
  const dictionaryMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  const times: number[] = [];
  const outcomes: Outcome[] = pairs.map((pair) => {
    const asIs = scoreFor(index, pair.query, pair.country, pair.expected);
    const started = process.hrtime.bigint();
    const readings = latinReadings(pair.query, pair.country, dictionaries);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    let withReadings = asIs;
    let best: string | undefined;
    for (const reading of readings) {
      const score = scoreFor(index, reading, pair.country, pair.expected);
      if (score > withReadings) [withReadings, best] = [score, reading];
    }
    return { pair, asIs, withReadings, best, readings };
  });
  // Timing on a second pass, warm, as a running service calls it.
  const warm: number[] = [];
  for (const pair of pairs) {
    const started = process.hrtime.bigint();
    latinReadings(pair.query, pair.country, dictionaries);
    warm.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  warm.sort((a, b) => a - b);

  const found = (o: Outcome[], key: 'asIs' | 'withReadings') => o.filter((x) => x[key] >= DEFAULT_MATCH_THRESHOLD).length;
  const scripts = [...new Set(pairs.map((p) => p.script))];
  const rows = scripts.map((script) => {
    const of = outcomes.filter((o) => o.pair.script === script);
    return { script, pairs: of.length, asIs: found(of, 'asIs'), withReadings: found(of, 'withReadings') };
  });
  const total = { script: 'all', pairs: outcomes.length, asIs: found(outcomes, 'asIs'), withReadings: found(outcomes, 'withReadings') };
  console.log(`## Cross-script pairs from ${lists.map((l) => l.version).join(', ')} (threshold ${DEFAULT_MATCH_THRESHOLD}; the query's own-script names removed from the lists)`);
  console.log('| script | pairs | found as is | found with readings |\n|---|---|---|---|');
  const pct = (n: number, of: number) => (of ? `${((n / of) * 100).toFixed(1)} %` : '-');
  for (const r of [...rows, total]) console.log(`| ${r.script} | ${r.pairs} | ${r.asIs} (${pct(r.asIs, r.pairs)}) | ${r.withReadings} (${pct(r.withReadings, r.pairs)}) |`);
  const timing = { p50: percentile(warm, 50), p99: percentile(warm, 99), max: warm[warm.length - 1], firstCallMax: Math.max(...times) };
  console.log(`latinReadings per call (warm): p50 ${timing.p50.toFixed(3)} ms, p99 ${timing.p99.toFixed(3)} ms, max ${timing.max.toFixed(3)} ms (first pass max ${timing.firstCallMax.toFixed(1)} ms)`);
  console.log(`reading dictionaries: loaded in ${loadMs.toFixed(0)} ms, heap ${dictionaryMb.toFixed(1)} MB`);

  const misses = Number(process.argv[process.argv.indexOf('--misses') + 1]);
  if (process.argv.includes('--misses')) {
    const names = new Map(index.entities.map((e) => [`${e.list}:${e.entryId}`, e.names.map((n) => n.name).slice(0, 3).join(' | ')]));
    for (const script of scripts) {
      console.log(`\n### ${script}: missed`);
      for (const o of outcomes.filter((x) => x.pair.script === script && x.withReadings < DEFAULT_MATCH_THRESHOLD).slice(0, misses || 20)) {
        console.log(`${o.withReadings.toFixed(3)}  ${o.pair.query}  [${o.readings.join('; ')}]  →  ${names.get(o.pair.expected)}`);
      }
    }
  }
  console.log(JSON.stringify({ bench: 'cross-script', threshold: DEFAULT_MATCH_THRESHOLD, scripts: rows, total, readingsMs: timing, dictionaryHeapMb: Number(dictionaryMb.toFixed(1)), dictionaryLoadMs: Math.round(loadMs) }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
