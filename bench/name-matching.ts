import { DEFAULT_MATCH_THRESHOLD, loadList, LoadedList, loadReadingDictionaries, parseListSource, ReadingDictionaries, ScreeningIndex, screenParty, Script } from '@chokepoint/party-screening';
import { crossScriptPairs } from '../test/support/cross-script-pairs';
import { buildNameMatchingSet } from '../test/support/name-matching-set';
import { byKind, curve, scoreSet } from '../test/support/name-matching-evaluation';
import { assembledParties, companyNames, LIST_SPECS, yentePeople, yenteUnPairs } from '../test/support/name-bench/corpora';
import { nameBenchIndex, nameBenchSlices, scoreNameBench, ScoredCase, SliceFigures, sliceFigures } from '../test/support/name-bench/name-bench';
import { byGroup, FalseAlarm, GroupFigures, listedItself, screenOrdinary } from '../test/support/name-bench/false-alarms';

/**
 * Name matching judged on data the project did not write, through the production path (index,
 * normalisation, scoring, threshold) over all four lists:
 *  (a) OpenSanctions' name_bench pairs, by slice, beside logic-v2, with the curve over thresholds;
 *  (b) false alarms on ordinary parties: real company names, yente's people, and the corpora
 *      assembled in test/fixtures/ordinary-parties;
 *  (c) the project's own labelled set;
 *  (d) cross-script: the lists' own original-script names screened against the lists without them.
 * `--misses N` prints up to N errors per slice. The last line is one JSON summary.
 */
const THRESHOLD = process.argv.includes('--threshold') ? Number(process.argv[process.argv.indexOf('--threshold') + 1]) : DEFAULT_MATCH_THRESHOLD;
const MISSES = process.argv.includes('--misses') ? Number(process.argv[process.argv.indexOf('--misses') + 1]) || 20 : 0;
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : ['a', 'b', 'c', 'd'];
const pct = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)} %`);

function sliceTable(title: string, rows: SliceFigures[]): void {
  const withLogic = rows.some((r) => r.logicV2Recall !== undefined);
  console.log(`\n### ${title}\n| slice | true pairs | false pairs | recall | false-match rate |${withLogic ? ' logic-v2 recall | logic-v2 false-match rate |' : ''}`);
  console.log(`|---|---|---|---|---|${withLogic ? '---|---|' : ''}`);
  for (const r of rows) console.log(`| ${r.slice} | ${r.truePairs} | ${r.falsePairs} | ${pct(r.recall)} | ${pct(r.falseMatchRate)} |${withLogic ? ` ${pct(r.logicV2Recall)} | ${pct(r.logicV2FalseMatchRate)} |` : ''}`);
}

function nameBench(lists: LoadedList[], dictionaries: ReadingDictionaries): Record<string, unknown> {
  const bench = nameBenchIndex(lists, dictionaries);
  // Each threshold screened as the service screens at it: candidates are gathered for it.
  const scored = scoreNameBench(bench, THRESHOLD);
  const { all, sideBySide, conflicts } = nameBenchSlices(scored, THRESHOLD);
  console.log(`\n## (a) name_bench (${scored.length} cases; label conflicts apart), threshold ${THRESHOLD}`);
  sliceTable('all rows', all);
  sliceTable('rows logic-v2 also ran, side by side (logic-v2 at its own 0.70)', sideBySide);
  sliceTable('label conflicts (cases.csv says true, checks.yml false)', [conflicts]);
  console.log('\n### curve (all rows but the conflicts)\n| threshold | curated recall | curated false-match rate | LLM recall | LLM false-match rate |\n|---|---|---|---|---|');
  const kept = scored.filter((c) => !c.conflict);
  for (const t of [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    const at = t === THRESHOLD ? kept : scoreNameBench(bench, t).filter((c) => !c.conflict);
    const cur = sliceFigures('', at.filter((c) => !c.llm), t);
    const llm = sliceFigures('', at.filter((c) => c.llm), t);
    console.log(`| ${t.toFixed(2)} | ${pct(cur.recall)} | ${pct(cur.falseMatchRate)} | ${pct(llm.recall)} | ${pct(llm.falseMatchRate)} |`);
  }
  if (MISSES) printCaseErrors(kept);
  const strong = kept.filter((c) => c.quality === 'STRONG');
  const strongWrong = strong.filter((c) => (c.score >= THRESHOLD) !== c.isMatch).length;
  const get = (rows: SliceFigures[], slice: string) => rows.find((r) => r.slice === slice)!;
  return {
    curated: pick(get(all, 'curated')),
    llm: pick(get(all, 'LLM-proposed')),
    curatedSideBySide: pick(get(sideBySide, 'curated')),
    llmSideBySide: pick(get(sideBySide, 'LLM-proposed')),
    strongRows: strong.length,
    strongWrong,
    conflicts: pick(conflicts),
  };
}

function pick(r: SliceFigures): Record<string, number> {
  const round = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? undefined : Math.round(x * 10000) / 10000);
  return JSON.parse(JSON.stringify({ recall: round(r.recall), falseMatchRate: round(r.falseMatchRate), logicV2Recall: round(r.logicV2Recall), logicV2FalseMatchRate: round(r.logicV2FalseMatchRate), truePairs: r.truePairs, falsePairs: r.falsePairs }));
}

function printCaseErrors(cases: ScoredCase[]): void {
  for (const [label, wrong] of [
    ['missed true pairs', cases.filter((c) => c.isMatch && c.score < THRESHOLD)],
    ['reported false pairs', cases.filter((c) => !c.isMatch && c.score >= THRESHOLD)],
  ] as const) {
    console.log(`\n#### ${label} (${wrong.length})`);
    for (const c of wrong.slice(0, MISSES * 4)) console.log(`${c.score.toFixed(3)} ${c.llm ? 'LLM' : 'cur'} ${c.quality[0]} ${c.schema}: ${c.name1}  |  ${c.name2}${c.logicV2 === undefined ? '' : c.logicV2 === c.isMatch ? '  (logic-v2 right)' : '  (logic-v2 wrong)'}`);
  }
}

function falseAlarms(index: ScreeningIndex): Record<string, unknown> {
  const parties = [...companyNames(), ...yentePeople(), ...assembledParties()];
  const alarms = screenOrdinary(index, parties, THRESHOLD);
  const groups = byGroup(parties, alarms);
  console.log(`\n## (b) false alarms on ordinary parties (${parties.length} names), threshold ${THRESHOLD}\n| group | names | reported as listed | per 1,000 | listed themselves (apart) |\n|---|---|---|---|---|`);
  for (const g of groups) console.log(`| ${g.group} | ${g.names} | ${g.reported} | ${g.perThousand.toFixed(1)} | ${g.listedThemselves} |`);
  const themselves = alarms.filter(listedItself);
  if (themselves.length) console.log(`\nListed themselves (whole name, listed country): ${themselves.map((a) => `${a.party.name} [${a.party.country}] = ${a.best.matchedName} (${a.best.list})`).join('; ')}`);
  const severities = ['CRITICAL', 'HIGH', 'MEDIUM'].map((s) => `${s} ${alarms.filter((a) => !listedItself(a) && a.best.severity === s).length}`);
  console.log(`False alarms by severity: ${severities.join(', ')}`);
  if (MISSES) printAlarms(alarms, groups);
  const unTreated = yenteUnPairs();
  const found = unTreated.filter(({ treated, listed }) => screenParty(index, { name: treated, kind: 'INDIVIDUAL' }, { threshold: THRESHOLD, limit: 20 }).some((m) => m.list === 'un-xml' && m.matchedName.toUpperCase() === listed.toUpperCase())).length;
  console.log(`\nyente positives_un_treated: ${found} of ${unTreated.length} treated UN names find their UN entry under its listed name (${pct(found / unTreated.length)}); rows whose listed name is an alias the loader spells otherwise count as misses.`);
  return { groups: Object.fromEntries(groups.map((g) => [g.group, Math.round(g.perThousand * 10) / 10])), worstPerThousand: Math.max(...groups.map((g) => g.perThousand)), unTreatedRecall: found / unTreated.length };
}

function printAlarms(alarms: FalseAlarm[], groups: GroupFigures[]): void {
  for (const { group } of groups) {
    const of = alarms.filter((a) => a.party.group === group && !listedItself(a));
    if (!of.length) continue;
    console.log(`\n#### ${group} (${of.length})`);
    for (const { party, best } of of.slice(0, MISSES)) {
      const pairs = best.breakdown.name?.pairs.map((p) => `${p.screened}~${p.listed}`).join(' ') ?? best.breakdown.identifier;
      console.log(`${best.score.toFixed(3)} ${best.severity} ${party.name} [${party.country ?? ''}] → ${best.matchedName} (${best.list}) ${pairs}`);
    }
  }
}

function labelledSet(index: ScreeningIndex): Record<string, unknown> {
  const set = buildNameMatchingSet(index, { seed: 7, sample: 1500, decoys: 3000 });
  const scored = scoreSet(index, set);
  const [at] = curve(scored, [THRESHOLD]);
  console.log(`\n## (c) the labelled set (seed 7): recall ${at.recall.toFixed(4)} (${at.missed} missed), false positives ${pct(at.falsePositiveRate)} (${at.falsePositives})`);
  console.log('| kind | names | found (variants) or reported (decoys) |\n|---|---|---|');
  for (const { kind, count, rate } of byKind(scored, THRESHOLD)) console.log(`| ${kind} | ${count} | ${pct(rate)} |`);
  return { recall: Math.round(at.recall * 10000) / 10000, falsePositiveRate: Math.round(at.falsePositiveRate * 10000) / 10000 };
}

/** Original-script names of listed entries, which must find their entry through its Latin names alone. */
function crossScript(lists: LoadedList[], dictionaries: ReadingDictionaries): Record<string, unknown> {
  const { pairs, lists: latinOnly } = crossScriptPairs(lists);
  const index = ScreeningIndex.fromLists(latinOnly, dictionaries);
  const found = pairs.map((p) => ({ ...p, found: screenParty(index, { name: p.query, country: p.country, kind: p.kind === 'INDIVIDUAL' ? 'INDIVIDUAL' : 'ORGANISATION' }, { threshold: THRESHOLD, limit: 50 }).some((m) => `${m.list}:${m.entryId}` === p.expected) }));
  console.log(`\n## (d) cross-script: original-script names of listed entries, against the lists without them\n| script | pairs | found |\n|---|---|---|`);
  const scripts = [...new Set(found.map((p) => p.script))] as Script[];
  for (const script of scripts) {
    const of = found.filter((p) => p.script === script);
    console.log(`| ${script} | ${of.length} | ${pct(of.filter((p) => p.found).length / of.length)} |`);
  }
  if (MISSES) for (const p of found.filter((f) => !f.found).slice(0, MISSES)) console.log(`missed: ${p.query} [${p.country ?? ''}] → ${p.expected}`);
  return Object.fromEntries([['all', found.filter((p) => p.found).length / found.length], ...scripts.map((s) => [s, found.filter((p) => p.script === s && p.found).length / found.filter((p) => p.script === s).length])]);
}

async function main(): Promise<void> {
  const lists = await Promise.all(LIST_SPECS.map((s) => loadList(parseListSource(s))));
  // As the service screens: with the reading dictionaries loaded.
  const dictionaries = await loadReadingDictionaries();
  const summary: Record<string, unknown> = { benchmark: 'name-matching', threshold: THRESHOLD };
  if (ONLY.includes('a')) summary.nameBench = nameBench(lists, dictionaries);
  const index = ONLY.includes('b') || ONLY.includes('c') ? ScreeningIndex.fromLists(lists, dictionaries) : undefined;
  if (index && ONLY.includes('b')) summary.falseAlarms = falseAlarms(index);
  if (index && ONLY.includes('c')) summary.labelledSet = labelledSet(index);
  if (ONLY.includes('d')) summary.crossScript = crossScript(lists, dictionaries);
  console.log(JSON.stringify(summary));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
