import { randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { DataSource } from 'typeorm';
import pino from 'pino';
import { Decision } from '@chokepoint/contracts';
import { loadSettings, Settings } from '@chokepoint/config';
import { DEFAULT_RULE_SET_FILE, PartyLists, readRuleSetFile, RuleSet, ruleSetFrom } from '@chokepoint/detection';
import { createKafka } from '@chokepoint/messaging';
import { Allowlist, buildIndexFrom, parseListSource, PartyScreener } from '@chokepoint/party-screening';
import { DeclarationArchive, ReplayRunStore, RuleSetStore } from '@chokepoint/persistence';
import { archivedEvents, ndjsonFile, renderHtml, renderMarkdown, ReplayBaseline, ReplayComparison, ReplayEngine, ReplayInput, runReplay, topicRange } from '@chokepoint/replay';
import { withDatabase } from './database';

export const REPLAY_USAGE = `  replay (--input <events.ndjson> | --archive | --topic <name>) [--rules <file>] [--compare <file>]
         [--sanctions <format>:<path-or-url> ...] [--output <decisions.ndjson>] [--report <report.md>]
         archive:  [--from <time>] [--until <time>] [--export-country XX] [--destination XX]
         topic:    [--brokers host:port,...] [--since <time>] [--offsets <partition>:<from>[-<to>],...]
         Decisions go to --output, never to live topics or decisions of record; an --archive run
         is kept in the replay tables under its run id. Default rules: the active rule set
         (the shipped default when no database is configured). Default comparison: a second rule
         set (--compare), else for --archive the decisions of record.
`;

const OPTIONS = {
  input: { type: 'string' }, archive: { type: 'boolean', default: false }, topic: { type: 'string' },
  rules: { type: 'string' }, compare: { type: 'string' }, sanctions: { type: 'string', multiple: true },
  output: { type: 'string' }, report: { type: 'string' },
  from: { type: 'string' }, until: { type: 'string' }, 'export-country': { type: 'string' }, destination: { type: 'string' },
  brokers: { type: 'string' }, since: { type: 'string' }, offsets: { type: 'string' },
} as const;

/** `chokepoint replay`: what a rule set would have decided on past declarations, in shadow. */
export async function replayCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS });
  const sources = [values.input, values.archive || undefined, values.topic].filter(Boolean);
  if (sources.length !== 1) throw new Error(`replay reads one source: --input, --archive or --topic\n${REPLAY_USAGE}`);
  const settings = loadSettings();
  const needsDatabase = values.archive || (!values.rules && databaseConfigured(settings));
  return needsDatabase ? withDatabase(settings, (db) => replay(values, settings, db)) : replay(values, settings, undefined);
}

type Values = ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS }>>['values'];

async function replay(values: Values, settings: Settings, db: DataSource | undefined): Promise<number> {
  const started = performance.now();
  const referenceData = settings.ruleSets.referenceDataDir;
  const candidate = values.rules ? readRuleSetFile(values.rules, referenceData) : await activeRuleSet(db, referenceData);
  const lists = await partyLists(values.sanctions ?? settings.partyScreening.lists, settings.partyScreening.threshold);
  const engine = new ReplayEngine({ ruleSet: candidate, ...(lists ? { partyLists: lists } : {}) });
  const archive = db ? new DeclarationArchive(db) : undefined;
  const baseline = baselineFor(values, referenceData, lists, archive);
  const runId = randomUUID();
  const comparison = new ReplayComparison(
    { candidate: label(candidate), ...(baseline ? { baseline: baseline.label } : {}) },
    { confirmed: values.archive && archive ? await archive.confirmedDeclarationIds() : new Set(), released: new Set() },
  );
  const store = values.archive && db ? new ReplayRunStore(db) : undefined;
  const sourceText = values.input ? `file ${values.input}` : values.archive ? `archive ${JSON.stringify(archiveFilter(values))}` : `topic ${values.topic}`;
  await store?.begin({ runId, source: sourceText, ruleSetVersion: candidate.version, ruleSetDigest: candidate.digest, ...(baseline ? { baseline: baseline.label } : {}), startedAt: new Date() });

  const output = values.output ? createWriteStream(values.output) : undefined;
  const progress = process.stderr.isTTY ? new SingleBar({ format: 'replay {bar} {value} events | {rate}/s | ETA {eta_formatted}', stream: process.stderr, etaBuffer: 20 }) : undefined;
  progress?.start(0, 0, { rate: 0 });
  const counts = await runReplay({
    pages: pagesFor(values, settings, archive),
    candidate: engine,
    ...(baseline ? { baseline: baseline.baseline } : {}),
    comparison,
    ...(output ? { write: (lines: string) => writeTo(output, lines) } : {}),
    ...(store ? { record: (decisions: { candidate: Decision; baseline?: Decision }[]) => store.record(runId, decisions) } : {}),
    onProgress: (events) => {
      progress?.setTotal(Math.max(events, values.input ? events : 0));
      progress?.update(events, { rate: Math.round(events / ((performance.now() - started) / 1000)) });
    },
    maxRecordBytes: settings.screening.maxRecordBytes,
  });
  progress?.stop();
  if (output) await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())));
  await store?.finish(runId, counts, new Date());
  const seconds = (performance.now() - started) / 1000;
  if (values.report) writeReports(values.report, comparison, { runId, source: sourceText, events: counts.events, seconds, ruleSet: label(candidate), ...(baseline ? { baseline: baseline.label } : {}) });
  process.stderr.write(
    `replay ${runId}: ${counts.events} events, ${counts.decisions} decisions in ${seconds.toFixed(1)} s (${Math.round(counts.events / seconds)}/s) under ${label(candidate)}` +
      `${comparison.compared ? `; against ${baseline!.label}: ${comparison.newlyHeld} newly held, ${comparison.newlyCleared} newly cleared` : ''}\n`,
  );
  return 0;
}

function pagesFor(values: Values, settings: Settings, archive: DeclarationArchive | undefined): AsyncIterable<ReplayInput[]> {
  if (values.input) return ndjsonFile(values.input);
  if (values.archive) return archivedEvents(archive!, archiveFilter(values));
  const brokers = (values.brokers ?? settings.kafka.brokers.join(',')).split(',').filter(Boolean);
  if (!brokers.length) throw new Error('--topic needs --brokers or KAFKA_BROKERS');
  const kafka = createKafka(brokers, `${settings.kafka.clientId}-replay`, pino({ level: 'silent' }));
  return topicRange(kafka, { topic: values.topic!, ...(values.since ? { since: time(values.since, '--since') } : {}), ...(values.offsets ? { offsets: offsets(values.offsets) } : {}) });
}

/** The second rule set (`--compare`), or for the archive the decisions of record. */
function baselineFor(values: Values, referenceData: string, lists: PartyLists | undefined, archive: DeclarationArchive | undefined): { baseline: ReplayBaseline; label: string } | undefined {
  if (values.compare) {
    const ruleSet = readRuleSetFile(values.compare, referenceData);
    return { baseline: { kind: 'rule-set', engine: new ReplayEngine({ ruleSet, ...(lists ? { partyLists: lists } : {}) }) }, label: label(ruleSet) };
  }
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
  const active = db ? await new RuleSetStore(db).active() : undefined;
  if (active) return ruleSetFrom(active.ruleSet.document);
  process.stderr.write(`no active rule set${db ? ' in the database' : ' (no database configured)'}: replaying the shipped default\n`);
  return readRuleSetFile(DEFAULT_RULE_SET_FILE, referenceData);
}

async function partyLists(specs: string[], threshold: number): Promise<PartyLists | undefined> {
  if (!specs.length) return undefined;
  return new PartyScreener(await buildIndexFrom(specs.map(parseListSource)), new Allowlist(), threshold);
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

function label(ruleSet: RuleSet): string {
  return `${ruleSet.version} (${ruleSet.digest.slice(0, 12)})`;
}

function databaseConfigured(settings: Settings): boolean {
  return !!settings.database.url || existsSync(join(settings.embeddedDataDir, 'pgdata'));
}
