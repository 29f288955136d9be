import { randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import pino from 'pino';
import { Decision } from '@chokepoint/contracts';
import { loadSettings, Settings } from '@chokepoint/config';
import { DEFAULT_RULE_SET_FILE, PartyLists, readRuleSetFile, RuleSet, ruleSetFrom } from '@chokepoint/detection';
import { Allowlist, AllowlistEntry, buildIndexFrom, parseListSource, PartyScreener, readingDictionaries } from '@chokepoint/party-screening';
import type { DeclarationArchive } from '@chokepoint/persistence';
import {
  archivedEvents, countLines, ndjsonFile, renderHtml, renderMarkdown, ReplayBaseline, ReplayComparison, ReplayEngine, ReplayEngineOptions, ReplayInput, replayFileInSegments, runReplay, topicRange,
} from '@chokepoint/replay';
import { REPLAY_USAGE } from './usage';

const OPTIONS = {
  input: { type: 'string' }, archive: { type: 'boolean', default: false }, topic: { type: 'string' },
  rules: { type: 'string' }, compare: { type: 'string' }, sanctions: { type: 'string', multiple: true },
  output: { type: 'string' }, report: { type: 'string' },
  from: { type: 'string' }, until: { type: 'string' }, 'export-country': { type: 'string' }, destination: { type: 'string' },
  brokers: { type: 'string' }, since: { type: 'string' }, offsets: { type: 'string' }, workers: { type: 'string' },
  'ignore-allowlist': { type: 'boolean', default: false },
} as const;

/** `chokepoint replay`: what a rule set would have decided on past declarations, in shadow. */
export async function replayCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS });
  const sources = [values.input, values.archive || undefined, values.topic].filter(Boolean);
  if (sources.length !== 1) throw new Error(`replay reads one source: --input, --archive or --topic\n${REPLAY_USAGE}`);
  const settings = loadSettings();
  const needsDatabase = values.archive || (!values.rules && databaseConfigured(settings));
  if (!needsDatabase) return replay(values, settings, undefined);
  // The database adapter is loaded only when a database is used: a file replay runs without it.
  const { withDatabase } = await import('./database');
  return withDatabase(settings, (db) => replay(values, settings, db));
}

type Values = ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS }>>['values'];

async function replay(values: Values, settings: Settings, db: DataSource | undefined): Promise<number> {
  const started = performance.now();
  const referenceData = settings.ruleSets.referenceDataDir;
  const candidate = values.rules ? readRuleSetFile(values.rules, referenceData) : await activeRuleSet(db, referenceData);
  const compared = values.compare ? readRuleSetFile(values.compare, referenceData) : undefined;
  const specs = values.sanctions ?? settings.partyScreening.lists;
  const workerCount = values.workers === undefined ? defaultSegments() : Number(values.workers);
  if (!Number.isInteger(workerCount) || workerCount < 0) throw new Error('--workers is a whole number (0: none)');
  // A file is cut into segments decided on worker threads; other sources run on this thread.
  const segmented = values.input && workerCount > 0;
  const allowlist = await allowlistInForce(values, db);
  const lists = segmented ? undefined : await partyLists(specs, allowlist, settings.partyScreening.threshold, settings.partyScreening.nameDictionaries);
  return replayWith({ values, settings, db, candidate, compared, lists, specs, allowlist, segments: segmented ? workerCount : 0, started, ready: performance.now() });
}

interface ReplaySetup {
  values: Values;
  settings: Settings;
  db: DataSource | undefined;
  candidate: RuleSet;
  compared: RuleSet | undefined;
  lists: PartyLists | undefined;
  specs: string[];
  allowlist: AllowlistEntry[];
  /** Worker threads deciding segments of a file; 0 for this thread alone. */
  segments: number;
  started: number;
  /** When the rule sets and lists were loaded on this thread: the replay's own rate counts from here. */
  ready: number;
}

async function replayWith(setup: ReplaySetup): Promise<number> {
  const { values, settings, db, candidate, compared, lists, started, ready } = setup;
  const screening = lists ? { partyLists: lists } : {};
  const persistence = db ? await import('@chokepoint/persistence') : undefined;
  const archive = db ? new persistence!.DeclarationArchive(db) : undefined;
  const baseline = baselineFor(values, compared, screening, archive);
  const runId = randomUUID();
  const comparison = new ReplayComparison(
    { candidate: label(candidate), ...(baseline ? { baseline: baseline.label } : {}) },
    values.archive && archive ? { confirmed: await archive.confirmedDeclarationIds(), released: await archive.releasedDeclarationIds() } : { confirmed: new Set(), released: new Set() },
  );
  const store = values.archive && db ? new persistence!.ReplayRunStore(db) : undefined;
  const sourceText = values.input ? `file ${values.input}` : values.archive ? `archive ${JSON.stringify(archiveFilter(values))}` : `topic ${values.topic}`;
  await store?.begin({ runId, source: sourceText, ruleSetVersion: candidate.version, ruleSetDigest: candidate.digest, ...(baseline ? { baseline: baseline.label } : {}), startedAt: new Date() });

  // On a terminal only: a bar with rate and ETA where the number of events is known beforehand
  // (a file's lines, the archive's count), else the count and the rate.
  const total = process.stderr.isTTY ? await expectedEvents(values, archive) : undefined;
  const progress = process.stderr.isTTY
    ? new SingleBar({ format: total !== undefined ? 'replay {bar} {value}/{total} events | {rate}/s | ETA {eta_formatted}' : 'replay {value} events | {rate}/s', stream: process.stderr, etaBuffer: 20 })
    : undefined;
  progress?.start(total ?? 0, 0, { rate: 0 });
  const onProgress = (events: number) => {
    if (total === undefined) progress?.setTotal(events);
    progress?.update(events, { rate: Math.round(events / ((performance.now() - started) / 1000)) });
  };
  const counts = setup.segments
    ? await replayFileInSegments({
        file: values.input!,
        segments: setup.segments,
        ruleSets: [candidate.document, ...(compared ? [compared.document] : [])],
        sanctions: setup.specs,
        nameDictionaries: settings.partyScreening.nameDictionaries,
        allowlist: setup.allowlist,
        threshold: settings.partyScreening.threshold,
        maxRecordBytes: settings.screening.maxRecordBytes,
        comparison,
        ...(values.output ? { output: values.output } : {}),
        onProgress,
      })
    : await replayHere(values, settings, archive, candidate, screening, baseline?.baseline, comparison, onProgress, store ? (decisions) => store.record(runId, decisions) : undefined);
  progress?.stop();
  await store?.finish(runId, counts, new Date());
  const seconds = (performance.now() - started) / 1000;
  if (values.report) writeReports(values.report, comparison, { runId, source: sourceText, events: counts.events, seconds, ruleSet: label(candidate), ...(baseline ? { baseline: baseline.label } : {}) });
  process.stderr.write(
    `replay ${runId}: ${counts.events} events, ${counts.decisions} decisions in ${seconds.toFixed(1)} s (${Math.round(counts.events / seconds)}/s` +
      // With segments, each worker loads its own lists: there is no one moment they are ready.
      `${setup.segments ? '' : `; ${Math.round(counts.events / ((performance.now() - ready) / 1000))}/s after ${((ready - started) / 1000).toFixed(1)} s loading rules and lists`}) under ${label(candidate)}` +
      `${comparison.compared ? `; against ${baseline!.label}: ${comparison.newlyHeld} newly held, ${comparison.newlyCleared} newly cleared` : ''}\n`,
  );
  return 0;
}

/** The replay on this thread: any source, decisions written as they come. */
async function replayHere(
  values: Values,
  settings: Settings,
  archive: DeclarationArchive | undefined,
  candidate: RuleSet,
  screening: Partial<ReplayEngineOptions>,
  baseline: ReplayBaseline | undefined,
  comparison: ReplayComparison,
  onProgress: (events: number) => void,
  record?: (decisions: { candidate: Decision; baseline?: Decision }[]) => Promise<void>,
): Promise<{ events: number; decisions: number }> {
  const output = values.output ? createWriteStream(values.output) : undefined;
  const counts = await runReplay({
    pages: await pagesFor(values, settings, archive),
    candidate: new ReplayEngine({ ruleSet: candidate, ...screening }),
    ...(baseline ? { baseline } : {}),
    comparison,
    ...(output ? { write: (lines: string) => writeTo(output, lines) } : {}),
    ...(record ? { record } : {}),
    onProgress,
    maxRecordBytes: settings.screening.maxRecordBytes,
  });
  if (output) await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return counts;
}

async function pagesFor(values: Values, settings: Settings, archive: DeclarationArchive | undefined): Promise<AsyncIterable<ReplayInput[]>> {
  if (values.input) return ndjsonFile(values.input);
  if (values.archive) return archivedEvents(archive!, archiveFilter(values));
  const brokers = (values.brokers ?? settings.kafka.brokers.join(',')).split(',').filter(Boolean);
  if (!brokers.length) throw new Error('--topic needs --brokers or KAFKA_BROKERS');
  const { createKafka } = await import('@chokepoint/messaging');
  const kafka = createKafka(brokers, `${settings.kafka.clientId}-replay`, pino({ level: 'silent' }));
  return topicRange(kafka, { topic: values.topic!, ...(values.since ? { since: time(values.since, '--since') } : {}), ...(values.offsets ? { offsets: offsets(values.offsets) } : {}) });
}

async function expectedEvents(values: Values, archive: DeclarationArchive | undefined): Promise<number | undefined> {
  if (values.input) return countLines(values.input);
  if (values.archive && archive) return archive.countEvents(archiveFilter(values));
  return undefined;
}

/** The second rule set (`--compare`), or for the archive the decisions of record. */
function baselineFor(values: Values, compared: RuleSet | undefined, screening: Partial<ReplayEngineOptions>, archive: DeclarationArchive | undefined): { baseline: ReplayBaseline; label: string } | undefined {
  if (compared) return { baseline: { kind: 'rule-set', engine: new ReplayEngine({ ruleSet: compared, ...screening }) }, label: label(compared) };
  if (!values.archive || !archive) return undefined;
  return {
    label: 'the decisions of record',
    baseline: {
      kind: 'of-record',
      lookup: async (events) => {
        const stored = await archive.decisionsOfRecord(events.map((e) => ({ declarationId: e.data.declarationId, revision: e.data.revision })));
        return new Map([...stored].map(([key, json]) => [key, (JSON.parse(json) as { data: Decision }).data]));
      },
    },
  };
}

async function activeRuleSet(db: DataSource | undefined, referenceData: string): Promise<RuleSet> {
  const active = db ? await new (await import('@chokepoint/persistence')).RuleSetStore(db).active() : undefined;
  if (active) return ruleSetFrom(active.ruleSet.document);
  process.stderr.write(`no active rule set${db ? ' in the database' : ' (no database configured)'}: replaying the shipped default\n`);
  return readRuleSetFile(DEFAULT_RULE_SET_FILE, referenceData);
}

/**
 * The officers' allowlist findings in force now, when the replay reads the database: a backtest
 * should not re-hold parties already found not to be the listed entity. Expiry is still judged
 * by each declaration's own time, as live screening does.
 */
async function allowlistInForce(values: Values, db: DataSource | undefined): Promise<AllowlistEntry[]> {
  if (!db || values['ignore-allowlist']) return [];
  return new (await import('@chokepoint/persistence')).PartyAllowlistStore(db).inForce();
}

async function partyLists(specs: string[], allowlist: AllowlistEntry[], threshold: number, nameDictionaries: boolean): Promise<PartyLists | undefined> {
  if (!specs.length) return undefined;
  return new PartyScreener(await buildIndexFrom(specs.map(parseListSource), await readingDictionaries(nameDictionaries)), new Allowlist(allowlist), threshold);
}

function writeReports(path: string, comparison: ReplayComparison, facts: Parameters<typeof renderMarkdown>[1]): void {
  const base = path.replace(/\.(md|html?)$/i, '');
  writeFileSync(`${base}.md`, renderMarkdown(comparison, facts));
  writeFileSync(`${base}.html`, renderHtml(comparison, facts));
}

function writeTo(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => (stream.write(text) ? resolve() : stream.once('drain', () => resolve())));
}

function archiveFilter(values: Values) {
  return {
    ...(values.from ? { from: time(values.from, '--from') } : {}),
    ...(values.until ? { until: time(values.until, '--until') } : {}),
    ...(values['export-country'] ? { exportCountry: values['export-country'].toUpperCase() } : {}),
    ...(values.destination ? { destinationCountry: values.destination.toUpperCase() } : {}),
  };
}

function offsets(text: string): { partition: number; from: string; to?: string }[] {
  return text.split(',').map((part) => {
    const m = /^(\d+):(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`--offsets takes <partition>:<from>[-<to>], comma-separated; got "${part}"`);
    return { partition: Number(m[1]), from: m[2], ...(m[3] ? { to: m[3] } : {}) };
  });
}

function time(text: string, option: string): Date {
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) throw new Error(`${option} is a date or time (2026-10-01, 2026-10-01T08:00:00Z)`);
  return at;
}

/**
 * Segments pay for themselves only with cores to spare: each warms up on the lines before it.
 * Measured on 2 cores, one thread is faster (BENCHMARKS.md); from 4 cores, all but one decide.
 */
function defaultSegments(): number {
  const cores = availableParallelism();
  return cores >= 4 ? cores - 1 : 0;
}

function label(ruleSet: RuleSet): string {
  return `${ruleSet.version} (${ruleSet.digest.slice(0, 12)})`;
}

function databaseConfigured(settings: Settings): boolean {
  return !!settings.database.url || existsSync(join(settings.embeddedDataDir, 'pgdata'));
}
