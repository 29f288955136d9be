import { ListedEntity, ListFormat, LoadedList, ReadingDictionaries, ScreeningIndex, screenParty, scriptOf } from '@chokepoint/party-screening';
import { BenchCase, benchCases, caseKey, kindOfSchema, labelConflicts, logicV2Verdicts } from './corpora';

/** A name_bench case with Chokepoint's score for its listed name and logic-v2's verdict, where it has one. */
export interface ScoredCase extends BenchCase {
  score: number;
  conflict: boolean;
  logicV2?: boolean;
}

const BENCH_LIST = 'name-bench' as ListFormat;

/**
 * As a deployment reads the pairs: every distinct `name2` becomes one more listed entry beside the
 * real lists, and `name1` is screened against them all; the pair counts as found when its own
 * entry is reported. One index serves every case (a few hundred entries beside ~12,000).
 */
export interface NameBenchIndex {
  index: ScreeningIndex;
  cases: BenchCase[];
  entryOf: (c: BenchCase) => string;
}

export function nameBenchIndex(lists: LoadedList[], dictionaries: ReadingDictionaries = {}): NameBenchIndex {
  const cases = benchCases();
  const entries = new Map<string, ListedEntity>();
  for (const c of cases) {
    const key = `${c.schema}\u001f${c.name2}`;
    if (entries.has(key)) continue;
    entries.set(key, {
      list: BENCH_LIST,
      entryId: `case-${entries.size + 1}`,
      kind: c.schema === 'Person' ? 'INDIVIDUAL' : c.schema === 'Vessel' ? 'VESSEL' : 'ENTITY',
      names: [{ name: c.name2, type: 'primary', script: scriptOf(c.name2) }],
      addresses: [],
      countries: [],
      identifiers: [],
      programs: [],
    });
  }
  const index = ScreeningIndex.fromLists([...lists, { source: { format: BENCH_LIST, location: 'cases.csv' }, version: 'name-bench', entities: [...entries.values()] }], dictionaries);
  return { index, cases, entryOf: (c) => entries.get(`${c.schema}\u001f${c.name2}`)!.entryId };
}

/** Every case screened at `threshold`, as the service screens: a pair scores 0 unless reported at it. */
export function scoreNameBench({ index, cases, entryOf }: NameBenchIndex, threshold: number): ScoredCase[] {
  const conflicts = labelConflicts();
  const logicV2 = logicV2Verdicts();
  return cases.map((c) => {
    const entryId = entryOf(c);
    const matches = screenParty(index, { name: c.name1, kind: kindOfSchema(c.schema) }, { threshold, limit: 100 });
    const score = matches.find((m) => m.list === BENCH_LIST && m.entryId === entryId)?.score ?? 0;
    return { ...c, score, conflict: conflicts.has([c.schema, c.name1, c.name2].join('\u001f')), logicV2: logicV2.get(caseKey(c)) };
  });
}

export interface SliceFigures {
  slice: string;
  truePairs: number;
  falsePairs: number;
  /** Share of true pairs reported. */
  recall: number;
  /** Share of false pairs reported. */
  falseMatchRate: number;
  logicV2Recall?: number;
  logicV2FalseMatchRate?: number;
}

export function sliceFigures(slice: string, cases: ScoredCase[], threshold: number, withLogicV2 = false): SliceFigures {
  const truePairs = cases.filter((c) => c.isMatch);
  const falsePairs = cases.filter((c) => !c.isMatch);
  const share = (of: ScoredCase[], hit: (c: ScoredCase) => boolean) => (of.length ? of.filter(hit).length / of.length : NaN);
  const figures: SliceFigures = {
    slice,
    truePairs: truePairs.length,
    falsePairs: falsePairs.length,
    recall: share(truePairs, (c) => c.score >= threshold),
    falseMatchRate: share(falsePairs, (c) => c.score >= threshold),
  };
  if (!withLogicV2) return figures;
  return { ...figures, logicV2Recall: share(truePairs, (c) => !!c.logicV2), logicV2FalseMatchRate: share(falsePairs, (c) => !!c.logicV2) };
}

/** The slices the issue names: curated vs LLM-proposed, by quality, on all rows and on the rows logic-v2 also ran. */
export function nameBenchSlices(scored: ScoredCase[], threshold: number): { all: SliceFigures[]; sideBySide: SliceFigures[]; conflicts: SliceFigures } {
  const kept = scored.filter((c) => !c.conflict);
  const slices = (rows: ScoredCase[], withLogicV2: boolean) => [
    sliceFigures('curated', rows.filter((c) => !c.llm), threshold, withLogicV2),
    sliceFigures('LLM-proposed', rows.filter((c) => c.llm), threshold, withLogicV2),
    ...(['STRONG', 'MEDIUM', 'WEAK'] as const).flatMap((q) => [
      sliceFigures(`curated ${q}`, rows.filter((c) => !c.llm && c.quality === q), threshold, withLogicV2),
      sliceFigures(`LLM-proposed ${q}`, rows.filter((c) => c.llm && c.quality === q), threshold, withLogicV2),
    ]),
  ];
  return {
    all: slices(kept, false),
    sideBySide: slices(kept.filter((c) => c.logicV2 !== undefined), true),
    conflicts: sliceFigures('label conflicts', scored.filter((c) => c.conflict), threshold),
  };
}
