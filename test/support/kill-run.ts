import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Admin, Consumer, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { Client } from 'pg';
import { Decision, DeclarationEvent, DeclarationEventType, ExportDeclaration } from '@chokepoint/contracts';
import { DeclarationState, nextStep, ruleSetFrom, stateAfter } from '@chokepoint/detection';
import { Allowlist, buildIndexFrom, parseListSource, PartyScreener, readingDictionaries } from '@chokepoint/party-screening';
import { ComparedDecision, ReplayComparison, ReplayEngine, ReplayInput, runReplay, summary } from '@chokepoint/replay';
import { declarationEvent, SampleDeclarations, seededRandom } from '../../apps/screening/src/demo/sample-declarations';
import { provideTestDatabase, provideTestKafka, runId, TestDatabase, TestKafka } from './test-infrastructure';

/**
 * Kill -9, repeatedly (issue 15): the built screening service in a child process, fed a seeded
 * stream of declarations (amendments, withdrawals, redeliveries, late older revisions) at the
 * pace it consumes, and killed with SIGKILL at seeded moments: while it starts, and in the middle
 * of batches, transactions and outbox sends. After the last instance has drained, the ledger and
 * the output topics are checked against what the stream's lifecycle says, and the archive is
 * replayed (in arrival order, through the same rule set and lists) against the decisions of record.
 */
export interface KillRunOptions {
  /** Declarations (first submissions) in the stream. */
  declarations: number;
  /** SIGKILLs, each followed by a restart. */
  kills: number;
  seed: number;
  /** Records per transaction: small, so that kills land mid-batch. */
  batchMaxRecords?: number;
  /** Decisions per outbox round: small, so that kills land mid-send. */
  outboxBatchSize?: number;
  /** Records produced but not yet committed by the service, at most (the embedded broker keeps ~5 MB a partition). */
  maxLag?: number;
  /** Share of kills aimed at start-up (migrations, rule set, history, group join) rather than at work in progress. */
  startupKillShare?: number;
  /**
   * Share of steps that start a group of split shipments around a late older revision (a history
   * that takes in what the lifecycle only archived holds the last of them): 0.01 is some hundreds
   * in a full run. Off by default.
   */
  splitShipments?: number;
  /** Party lists the service screens against (`<format>:<path>`); the replay loads the same. */
  sanctions?: string[];
  /** Child logs (every instance, one after the other) go to this file. */
  logFile?: string;
  /** Progress lines, now and then. */
  progress?: (line: string) => void;
  /** Keep the run's schema when an invariant breaks, to look into it (its name is in `infrastructure`). */
  keepDatabaseOnFailure?: boolean;
  /** Where to write, on a replay mismatch, both decisions in full (the first few). */
  mismatchFile?: string;
}

export interface KillRunFigures {
  seed: number;
  declarations: number;
  /** Records produced, redeliveries included. */
  events: number;
  distinctEvents: number;
  amendments: number;
  withdrawals: number;
  redeliveries: number;
  lateOlderRevisions: number;
  splitShipmentGroups: number;
  kills: number;
  killsAtStartup: number;
  killsMidWork: number;
  /** Kills with records consumed but not committed, or decisions not yet published. */
  killsWithWorkInFlight: number;
  unexpectedExits: number;
  decisions: number;
  holds: number;
  clearances: number;
  expectedDecisions: number;
  /** Decisions the lifecycle calls for that are missing, or on record but never published, or events never archived. */
  losses: number;
  /** More than one decision for a revision, on record or on the output topics. */
  duplicates: number;
  replayedDecisions: number;
  /** Replayed decisions by rule reading the history (windows, baselines) that scored: what the comparison covers beyond one declaration. */
  historyRuleHits: Record<string, number>;
  /** Replayed decisions whose id, outcome or lane differ from the decision of record (or with no decision of record, or the reverse). */
  replayMismatches: number;
  /** Replayed decisions with the same id, outcome and lane but another risk score (reported, not a failure). */
  replayScoreDifferences: number;
  /** Copies on the output topics beyond the first of each decision (at-least-once delivery). */
  republishedCopies: number;
  deadLetters: number;
  /** Errors the service logged (level error and above), over all instances. */
  serviceErrors: number;
  peakRssMb: number;
  wallSeconds: number;
}

export interface KillRunReport {
  figures: KillRunFigures;
  /** Each broken invariant by name, with how often and a few examples; empty when all hold. */
  violations: { invariant: string; count: number; examples: string[] }[];
  infrastructure: string;
}

const WITHDRAWN: DeclarationEventType = 'customs.export-declaration.withdrawn.v1';
const REPO = join(__dirname, '../..');
const DIST = join(REPO, 'dist');
const REFERENCE_DATA = join(REPO, '../shared/data');
const RULE_SET_FILE = join(REPO, 'libs/detection/rule-sets/default.yaml');
const EXAMPLES = 5;
/** Rules that read the history: their hits depend on what came before, and so on recovery. */
const HISTORY_RULES = ['consignee-profile', 'structuring', 'chpl-surge-to-hub', 'unit-value-outlier', 'network-link'];

export async function killRun(options: KillRunOptions): Promise<KillRunReport> {
  const started = Date.now();
  if (!existsSync(join(DIST, 'apps/screening/src/main.js'))) execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });
  const build = await snapshotOfBuild();
  const [kafkaInfra, database] = await Promise.all([provideTestKafka(), provideTestDatabase()]).catch(async (error) => {
    rmSync(build, { recursive: true, force: true });
    throw error;
  });
  const infrastructure = `kafka=${kafkaInfra.kind} ${kafkaInfra.brokers.join(',')} database=${database.kind} schema=${database.schema}`;
  options.progress?.(`kill run ${runId}: ${infrastructure}`);
  const run = new KillRun(options, kafkaInfra, database, join(build, 'dist/apps/screening/src/main.js'));
  let keep = false;
  try {
    const result = await run.execute();
    keep = !!options.keepDatabaseOnFailure && result.violations.length > 0;
    if (keep) options.progress?.(`invariants broken: schema ${database.schema} kept for inspection`);
    return { ...result, figures: { ...result.figures, wallSeconds: Math.round((Date.now() - started) / 1000) }, infrastructure };
  } finally {
    await run.close();
    await Promise.all([kafkaInfra.stop(), keep ? undefined : database.stop()]);
    rmSync(build, { recursive: true, force: true });
  }
}

/**
 * A private copy of the built service, so that every instance of the run starts the same code:
 * others rebuilding dist/ meanwhile (tsc writes, then tsc-alias rewrites the imports) would
 * otherwise hand a restart half a build. Copied once no file has changed for a few seconds, and
 * again if any changed during the copy or an import is still unaliased.
 */
async function snapshotOfBuild(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'chokepoint-kill-run-'));
  for (let attempt = 1; ; attempt++) {
    const before = newestChange(DIST);
    if (Date.now() - before > 3000) {
      rmSync(join(folder, 'dist'), { recursive: true, force: true });
      for (const part of ['apps', 'libs']) cpSync(join(DIST, part), join(folder, 'dist', part), { recursive: true });
      if (newestChange(DIST) === before && !unaliased(join(folder, 'dist'))) return folder;
    }
    if (attempt >= 60) throw new Error('dist/ kept changing for two minutes: no stable build to run');
    await sleep(2000);
  }
}

function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

function unaliased(folder: string): boolean {
  return readdirSync(folder, { withFileTypes: true, recursive: true }).some((entry) => entry.isFile() && entry.name.endsWith('.js') && readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8').includes('require("@chokepoint/'));
}

/** The names of one run: its topics and consumer groups on the shared broker. */
function namesOf(prefix: string) {
  return {
    declarations: `${prefix}.declarations`,
    deadLetter: `${prefix}.dlq`,
    holds: `${prefix}.holds`,
    clearances: `${prefix}.clearances`,
    group: `${prefix}-screening`,
    recorderGroup: `${prefix}-recorder`,
  };
}

class KillRun {
  private readonly names = namesOf(`kill-${runId}`);
  private readonly kafka: Kafka;
  private readonly admin: Admin;
  private readonly producer: Producer;
  private readonly recorder: OutputRecorder;
  private readonly db: Client;
  private readonly random: () => number;
  private readonly stream: DeclarationStream;
  private readonly log?: WriteStream;
  private readonly settings: Record<string, string>;
  private child?: ServiceProcess;
  private lastStartupMs = 4000;
  private peakRssKb = 0;
  private serviceErrors = 0;
  private unexpectedExits = 0;
  private killsInFlight = 0;
  private exitNotes: string[] = [];
  private offsets = { produced: 0, committed: 0 };
  private producing = true;
  private failure?: Error;

  constructor(
    private readonly options: KillRunOptions,
    kafkaInfra: TestKafka,
    database: TestDatabase,
    private readonly main: string,
  ) {
    this.kafka = new Kafka({ brokers: kafkaInfra.brokers, clientId: `kill-${runId}`, logLevel: logLevel.NOTHING });
    this.admin = this.kafka.admin();
    this.producer = this.kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
    this.recorder = new OutputRecorder(this.kafka, [this.names.holds, this.names.clearances, this.names.deadLetter]);
    this.db = new Client({ connectionString: database.url, options: `-c search_path=${database.schema}` });
    this.random = seededRandom(options.seed ^ 0x5eed);
    // Event times: a second apart from ten days ago, so that no record is dated ahead of the clock.
    const base = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()) - 10 * 86_400_000;
    this.stream = new DeclarationStream(options.seed, options.declarations, base, options.splitShipments ?? 0);
    if (options.logFile) this.log = createWriteStream(options.logFile, { flags: 'a' });
    this.settings = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      KAFKA_BROKERS: kafkaInfra.brokers.join(','),
      KAFKA_CLIENT_ID: `kill-${runId}`,
      KAFKA_GROUP_ID: this.names.group,
      KAFKA_FETCH_MAX_WAIT_MS: '100',
      // A killed member never leaves the group: the next one waits for its session to expire.
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      TOPIC_DECLARATIONS: this.names.declarations,
      TOPIC_DEAD_LETTER: this.names.deadLetter,
      TOPIC_HOLDS: this.names.holds,
      TOPIC_CLEARANCES: this.names.clearances,
      DATABASE_URL: database.url,
      DATABASE_SCHEMA: database.schema,
      DATABASE_POOL_SIZE: '3',
      BATCH_MAX_RECORDS: String(options.batchMaxRecords ?? 25),
      OUTBOX_BATCH_SIZE: String(options.outboxBatchSize ?? 40),
      OUTBOX_POLL_MS: '200',
      // The build is a copy outside the repository: its packages and the shipped rule set are named.
      NODE_PATH: join(REPO, 'node_modules'),
      RULE_SET_FILE,
      REFERENCE_DATA_DIR: REFERENCE_DATA,
      SANCTIONS_LISTS: (options.sanctions ?? []).join(','),
      PARTY_NAME_DICTIONARIES: 'off',
      METRICS_PORT: '0',
      CONSOLE_PORT: '0',
      DEMO_FEED: 'off',
      LOG_LEVEL: 'info',
    };
  }

  async execute(): Promise<Omit<KillRunReport, 'infrastructure'>> {
    await Promise.all([this.admin.connect(), this.producer.connect(), this.db.connect()]);
    // Creates the input topic (the broker's four partitions) before any consumer joins.
    await this.producer.send({ topic: this.names.declarations, acks: -1, messages: this.stream.take(1).map(toMessage) });
    await this.recorder.start(this.names.recorderGroup);
    const monitor = this.monitor();
    const production = this.produce().catch((error) => void (this.failure ??= error));
    try {
      const kills = await this.killRepeatedly();
      await this.startChild();
      await production;
      if (this.failure) throw this.failure;
      await this.drain();
      await this.stopChild();
      this.producing = false;
      await monitor;
      return await this.verify(kills);
    } finally {
      this.producing = false;
      this.child?.kill('SIGKILL');
    }
  }

  async close(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.recorder.stop().catch(() => undefined);
    await this.producer.disconnect().catch(() => undefined);
    await this.admin.disconnect().catch(() => undefined);
    await this.db.end().catch(() => undefined);
    await new Promise<void>((resolve) => (this.log ? this.log.end(() => resolve()) : resolve()));
  }

  /** Produces the stream, keeping at most `maxLag` records ahead of the service's committed offsets. */
  private async produce(): Promise<void> {
    const maxLag = this.options.maxLag ?? 1500;
    let lastReport = Date.now();
    while (!this.stream.done && this.producing) {
      if (this.offsets.produced - this.offsets.committed >= maxLag) {
        await sleep(50);
        continue;
      }
      const chunk = this.stream.take(Math.min(100, maxLag - (this.offsets.produced - this.offsets.committed)));
      await this.producer.send({ topic: this.names.declarations, acks: -1, messages: chunk.map(toMessage) });
      this.offsets.produced += chunk.length;
      if (Date.now() - lastReport > 30_000) {
        lastReport = Date.now();
        this.options.progress?.(`produced ${this.stream.figures.events} events (${this.stream.figures.declarations} declarations), committed ${this.offsets.committed}`);
      }
    }
  }

  /** Follows the broker's end offsets and the service's committed offsets. */
  private async monitor(): Promise<void> {
    while (this.producing) {
      try {
        const [ends, committed] = await Promise.all([
          this.admin.fetchTopicOffsets(this.names.declarations),
          this.admin.fetchOffsets({ groupId: this.names.group, topics: [this.names.declarations] }),
        ]);
        const low = new Map(ends.map((p) => [p.partition, Number(p.low)]));
        this.offsets.produced = ends.reduce((n, p) => n + Number(p.high), 0);
        this.offsets.committed = committed[0].partitions.reduce((n, p) => n + (Number(p.offset) >= 0 ? Number(p.offset) : low.get(p.partition) ?? 0), 0);
      } catch {
        // A coordinator moving or the group rebalancing: read again next time.
      }
      if (this.child) this.peakRssKb = Math.max(this.peakRssKb, peakRssKb(this.child.pid));
      await sleep(100);
    }
  }

  /** SIGKILLs the service `kills` times at seeded moments, restarting it each time. */
  private async killRepeatedly(): Promise<{ startup: number; midWork: number }> {
    const counts = { startup: 0, midWork: 0 };
    const share = this.options.startupKillShare ?? 0.15;
    // Kills at start-up move the stream on not at all: the others spread over all of it.
    const meanGap = (this.stream.expectedEvents / (this.options.kills * (1 - share) + 1)) | 0;
    for (let k = 0; k < this.options.kills; k++) {
      if (this.failure) throw this.failure;
      const atStartup = this.random() < share;
      const delay = this.random();
      const gap = Math.max(1, Math.round(meanGap * (0.4 + 1.2 * this.random())));
      let child = await this.startChild();
      if (atStartup) {
        await Promise.race([sleep(delay * this.lastStartupMs), child.exited]);
        counts.startup += 1;
      } else {
        child = await this.ready(child);
        const from = this.offsets.committed;
        const deadline = Date.now() + 60_000;
        // Some work done since the start, then a moment later: in a batch, its transaction or an outbox send.
        while (this.offsets.committed < from + gap && Date.now() < deadline && !(this.stream.done && this.offsets.committed >= this.offsets.produced)) await sleep(20);
        await sleep(delay * 400);
        counts.midWork += 1;
      }
      await this.kill(child);
      if ((k + 1) % 10 === 0) this.options.progress?.(`${k + 1} kills; committed ${this.offsets.committed} of ${this.offsets.produced} records; ${this.stream.figures.declarations} declarations produced`);
    }
    return counts;
  }

  private async startChild(): Promise<ServiceProcess> {
    if (this.child && !this.child.gone) return this.child;
    // Started again at once after an unexpected exit, as a supervisor would, but not for ever.
    const child = new ServiceProcess(this.main, this.settings, this.log, (exit) => {
      if (exit.killedByUs) return;
      this.unexpectedExits += 1;
      this.exitNotes.push(`instance ${child.pid} exited with ${exit.code ?? exit.signal}: ${child.tail().join(' | ').slice(-600)}`);
    });
    child.onError = () => (this.serviceErrors += 1);
    this.child = child;
    const startedAt = Date.now();
    void child.ready.then(() => (this.lastStartupMs = Date.now() - startedAt)).catch(() => undefined);
    return child;
  }

  /** Waits until the instance serves; one that dies first is replaced (and counted). */
  private async ready(child: ServiceProcess): Promise<ServiceProcess> {
    for (let attempt = 0; ; attempt++) {
      const outcome = await Promise.race([child.ready.then(() => 'ready' as const, () => 'exited' as const), child.exited.then(() => 'exited' as const), sleep(120_000, true).then(() => 'timeout' as const)]);
      if (outcome === 'ready') return child;
      if (outcome === 'timeout') throw new Error(`the screening service was not ready within 120 s: ${child.tail().join('\n')}`);
      if (attempt >= 5) throw new Error(`the screening service exits as it starts: ${this.exitNotes.slice(-3).join('\n')}`);
      child = await this.startChild();
    }
  }

  /** SIGKILL, noting what was in flight: records not yet committed, decisions not yet published. */
  private async kill(child: ServiceProcess): Promise<void> {
    this.peakRssKb = Math.max(this.peakRssKb, peakRssKb(child.pid));
    const lag = this.offsets.produced - this.offsets.committed;
    child.kill('SIGKILL');
    const [{ n }] = (await this.db.query(`SELECT count(*)::int AS n FROM outbox_message`)).rows;
    if (lag > 0 || n > 0) this.killsInFlight += 1;
    this.log?.write(`=== killed instance ${child.pid} at ${new Date().toISOString()}: ${lag} records not committed, ${n} decisions in the outbox\n`);
    await child.exited;
  }

  /**
   * Lets the last instance finish the stream and publish every decision: until every record is
   * committed, the outbox is empty and the recorder has seen as many decisions as are on record
   * (or, should a decision never come out, for at most ten minutes: the checks then say what is missing).
   */
  private async drain(): Promise<void> {
    await this.ready(await this.startChild());
    const deadline = Date.now() + 10 * 60_000;
    while (Date.now() < deadline) {
      if (this.child!.gone) await this.ready(await this.startChild());
      const [{ n, d }] = (await this.db.query(`SELECT (SELECT count(*)::int FROM outbox_message) AS n, (SELECT count(*)::int FROM screening_decision) AS d`)).rows;
      if (this.offsets.committed >= this.offsets.produced && n === 0 && this.recorder.decisionIds.size >= d) return;
      await sleep(200);
    }
    this.options.progress?.(`not drained after 10 minutes: committed ${this.offsets.committed} of ${this.offsets.produced}; the checks follow`);
  }

  /** Stops the last instance as an operator would (SIGTERM: drain, commit, disconnect). */
  private async stopChild(): Promise<void> {
    const child = this.child;
    if (!child || child.gone) return;
    this.peakRssKb = Math.max(this.peakRssKb, peakRssKb(child.pid));
    child.stop();
    const exit = await Promise.race([child.exited, sleep(60_000, true).then(() => undefined)]);
    if (!exit) {
      child.kill('SIGKILL');
      this.exitNotes.push(`instance ${child.pid} did not stop within 60 s of SIGTERM`);
    } else if (exit.code !== 0) {
      this.exitNotes.push(`instance ${child.pid} stopped on SIGTERM with ${exit.code ?? exit.signal}: ${child.tail().join(' | ').slice(-600)}`);
    }
  }

  /** Checks the four invariants of issue 15 and replays the archive. */
  private async verify(kills: { startup: number; midWork: number }): Promise<Omit<KillRunReport, 'infrastructure'>> {
    const violations: KillRunReport['violations'] = [];
    const violated = (invariant: string, items: string[]) => items.length && violations.push({ invariant, count: items.length, examples: items.slice(0, EXAMPLES) });
    const q = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await this.db.query(sql, params)).rows as T[];
    const expected = this.stream.expectedDecisions;

    // 1. Every (declarationId, revision) has exactly one decision of record.
    const decisions = await q<{ decision_id: string; declaration_id: string; revision: number; outcome: string; lane: string }>(
      `SELECT decision_id, declaration_id, revision, outcome, lane FROM screening_decision`,
    );
    const byRevision = new Map<string, string[]>();
    for (const d of decisions) {
      const key = `${d.declaration_id}:${d.revision}`;
      byRevision.set(key, [...(byRevision.get(key) ?? []), d.decision_id]);
    }
    const duplicatesOfRecord = [...byRevision].filter(([, ids]) => ids.length > 1).map(([key, ids]) => `${key}: ${ids.join(', ')}`);
    const undecided = [...expected].filter((key) => !byRevision.has(key));
    const unexpected = [...byRevision.keys()].filter((key) => !expected.has(key));
    violated('a revision with more than one decision of record', duplicatesOfRecord);
    violated('a revision the lifecycle decides, without a decision of record', undecided);
    violated('a decision of record the lifecycle does not call for', unexpected);

    // 2. Every decision reached its output topic, under the same decision id, and no other decision did.
    const outputs = this.recorder;
    const unpublished: string[] = [];
    const wrongTopic: string[] = [];
    for (const d of decisions) {
      const seen = outputs.decisionIds.get(d.decision_id);
      if (!seen) unpublished.push(`${d.declaration_id}:${d.revision} ${d.decision_id}`);
      else if (seen.topic !== (d.outcome === 'HOLD' ? this.names.holds : this.names.clearances)) wrongTopic.push(`${d.decision_id} ${d.outcome} on ${seen.topic}`);
    }
    const recordIds = new Set(decisions.map((d) => d.decision_id));
    const phantoms = [...outputs.decisionIds].filter(([id]) => !recordIds.has(id)).map(([id, s]) => `${s.revision} ${id}`);
    const idsPerRevision = new Map<string, Set<string>>();
    for (const [id, s] of outputs.decisionIds) idsPerRevision.set(s.revision, (idsPerRevision.get(s.revision) ?? new Set()).add(id));
    const twoIds = [...idsPerRevision].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].join(', ')}`);
    violated('a decision of record never published', unpublished);
    violated('a decision published on the wrong topic', wrongTopic);
    violated('a published decision that is not on record', phantoms);
    violated('a revision published under more than one decision id', twoIds);
    violated('a decision published again with other bytes', [...outputs.altered]);
    violated('a record sent to the dead-letter topic', outputs.deadLetters ? [`${outputs.deadLetters} dead letters`] : []);

    // 3. No decision without its archived event; no archived event undecided unless the lifecycle says so.
    const orphans = await q<{ decision_id: string; declaration_id: string; revision: number }>(
      `SELECT d.decision_id, d.declaration_id, d.revision FROM screening_decision d
        WHERE NOT EXISTS (SELECT 1 FROM declaration_event e WHERE e.declaration_id = d.declaration_id AND e.revision = d.revision AND e.event_type <> $1)`,
      [WITHDRAWN],
    );
    violated('a decision without its archived event', orphans.map((o) => `${o.declaration_id}:${o.revision} ${o.decision_id}`));
    const archivedIds = new Set((await q<{ event_id: string }>(`SELECT event_id FROM declaration_event`)).map((r) => r.event_id));
    const notArchived = [...this.stream.eventIds].filter((id) => !archivedIds.has(id));
    violated('an event produced but never archived', notArchived);
    violated('an archived event that was never produced', [...archivedIds].filter((id) => !this.stream.eventIds.has(id)));
    const statuses = await q<{ declaration_id: string; latest_revision: number; status: string; latest_decision_id: string | null }>(
      `SELECT declaration_id, latest_revision, status, latest_decision_id FROM declaration_status`,
    );
    const outcomeOf = new Map(decisions.map((d) => [d.decision_id, d.outcome]));
    const wrongStatus: string[] = [];
    const statusOf = new Map(statuses.map((s) => [s.declaration_id, s]));
    for (const [id, state] of this.stream.states) {
      const s = statusOf.get(id);
      const decided = state.latestDecisionId ? byRevision.get(state.latestDecisionId)?.[0] : undefined;
      const status = state.status === 'WITHDRAWN' ? 'WITHDRAWN' : outcomeOf.get(decided ?? '') === 'HOLD' ? 'HELD' : 'CLEARED';
      if (!s || s.latest_revision !== state.latestRevision || s.status !== status || (s.latest_decision_id ?? undefined) !== decided) {
        wrongStatus.push(`${id}: ${s ? `${s.status} r${s.latest_revision} ${s.latest_decision_id}` : 'no status'}, lifecycle ${status} r${state.latestRevision} ${decided}`);
      }
    }
    violated("a declaration's status other than its lifecycle's", wrongStatus);
    const [{ pending }] = await q<{ pending: number }>(`SELECT count(*)::int AS pending FROM outbox_message`);
    violated('a decision left in the outbox', pending ? [`${pending} messages`] : []);

    // 4. The decisions equal those of a replay of the archived stream, in arrival order, through the same rule set and lists.
    const replay = await this.replay(q);
    violated('a replayed decision unlike the decision of record', replay.mismatches);

    const losses = undecided.length + unpublished.length + notArchived.length;
    const figures: KillRunFigures = {
      seed: this.options.seed,
      ...this.stream.figures,
      distinctEvents: this.stream.eventIds.size,
      kills: kills.startup + kills.midWork,
      killsAtStartup: kills.startup,
      killsMidWork: kills.midWork,
      killsWithWorkInFlight: this.killsInFlight,
      unexpectedExits: this.unexpectedExits,
      decisions: decisions.length,
      holds: decisions.filter((d) => d.outcome === 'HOLD').length,
      clearances: decisions.filter((d) => d.outcome === 'CLEAR').length,
      expectedDecisions: expected.size,
      losses,
      duplicates: duplicatesOfRecord.length + twoIds.length + phantoms.length + outputs.altered.size,
      replayedDecisions: replay.decided,
      historyRuleHits: replay.historyRuleHits,
      replayMismatches: replay.mismatches.length,
      replayScoreDifferences: replay.scoreDifferences.length,
      republishedCopies: outputs.copies - outputs.decisionIds.size,
      deadLetters: outputs.deadLetters,
      serviceErrors: this.serviceErrors,
      peakRssMb: Math.round(this.peakRssKb / 1024),
      wallSeconds: 0,
    };
    violated('an instance that exited by itself, or not cleanly when told to stop', this.exitNotes);
    if (replay.scoreDifferences.length) this.options.progress?.(`replay: same outcome and lane, other risk score: ${replay.scoreDifferences.slice(0, EXAMPLES).join('; ')}`);
    return { figures, violations };
  }

  /** Replays the archive in arrival order with the rule set in force and the same lists, against the decisions of record. */
  private async replay(q: <T>(sql: string, params?: unknown[]) => Promise<T[]>) {
    const [active] = await q<{ document: unknown }>(`SELECT r.document FROM rule_set_activation a JOIN rule_set r USING (version) ORDER BY a.id DESC LIMIT 1`);
    const sources = this.options.sanctions ?? [];
    const partyLists = sources.length ? new PartyScreener(await buildIndexFrom(sources.map(parseListSource), await readingDictionaries(false)), new Allowlist(), 0.8) : undefined;
    const engine = new ReplayEngine({ ruleSet: ruleSetFrom(active.document), ...(partyLists ? { partyLists } : {}) });
    const comparison = new ReplayComparison({ candidate: engine.ruleSet.version, baseline: 'the decisions of record' });
    const mismatches: string[] = [];
    const scoreDifferences: string[] = [];
    const details: { candidate: Decision; baseline?: Decision }[] = [];
    const matched = new Set<string>();
    const compare = async (compared: ComparedDecision[]) => {
      for (const { declarationId, revision, candidate, baseline } of compared) {
        const key = `${declarationId}:${revision}`;
        if (!baseline) {
          mismatches.push(`${key}: replay ${summary(candidate)}, no decision of record`);
          if (details.length < 20) details.push({ candidate });
          continue;
        }
        matched.add(key);
        if (candidate.decisionId !== baseline.decisionId || candidate.outcome !== baseline.outcome || candidate.lane !== baseline.lane) {
          mismatches.push(`${key}: replay ${candidate.decisionId} ${summary(candidate)}, of record ${baseline.decisionId} ${summary(baseline)}`);
          if (details.length < 20) details.push({ candidate, baseline });
        } else if (candidate.riskScore !== baseline.riskScore) {
          scoreDifferences.push(`${key}: replay ${summary(candidate)}, of record ${summary(baseline)}`);
          if (details.length < 20) details.push({ candidate, baseline });
        }
      }
    };
    const db = this.db;
    async function* archive(): AsyncGenerator<ReplayInput[]> {
      let after = '0';
      for (;;) {
        const { rows } = await db.query(`SELECT id, payload::text AS payload FROM declaration_event WHERE id > $1 ORDER BY id LIMIT 2000`, [after]);
        if (rows.length === 0) return;
        yield rows.map((r: { id: string; payload: string }) => ({ text: r.payload, position: `archive id ${r.id}` }));
        after = String(rows[rows.length - 1].id);
      }
    }
    const lookup = async (events: DeclarationEvent[]) => {
      const { rows } = await db.query(
        `SELECT d.declaration_id, d.revision, d.event FROM screening_decision d JOIN unnest($1::text[], $2::int[]) AS x(id, rev) ON d.declaration_id = x.id AND d.revision = x.rev`,
        [events.map((e) => e.data.declarationId), events.map((e) => e.data.revision)],
      );
      return new Map<string, Decision>(rows.map((r: { declaration_id: string; revision: number; event: string }) => [`${r.declaration_id}:${r.revision}`, (JSON.parse(r.event) as { data: Decision }).data]));
    };
    await runReplay({ pages: archive(), candidate: engine, baseline: { kind: 'of-record', lookup }, comparison, record: compare });
    const [{ n }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM screening_decision`);
    if (matched.size < n) {
      const all = await q<{ declaration_id: string; revision: number; decision_id: string }>(`SELECT declaration_id, revision, decision_id FROM screening_decision`);
      for (const d of all) if (!matched.has(`${d.declaration_id}:${d.revision}`)) mismatches.push(`${d.declaration_id}:${d.revision}: of record ${d.decision_id}, not decided by the replay`);
    }
    if (details.length && this.options.mismatchFile) writeFileSync(this.options.mismatchFile, JSON.stringify(details, null, 1));
    const historyRuleHits = Object.fromEntries(HISTORY_RULES.map((rule) => [rule, comparison.hitsByRule.candidate.get(rule) ?? 0]));
    return { decided: comparison.decided, mismatches, scoreDifferences, historyRuleHits };
  }
}

/** One instance of the built service, with its output followed for readiness and errors. */
class ServiceProcess {
  readonly pid: number;
  readonly ready: Promise<void>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; killedByUs: boolean }>;
  onError?: () => void;
  gone = false;
  private readonly process: ChildProcess;
  private readonly lines: string[] = [];
  private killedByUs = false;

  constructor(main: string, env: Record<string, string>, log: WriteStream | undefined, onExit: (exit: { code: number | null; signal: NodeJS.Signals | null; killedByUs: boolean }) => void) {
    this.process = spawn(process.execPath, [main], { env, cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    this.pid = this.process.pid!;
    log?.write(`=== instance ${this.pid} started at ${new Date().toISOString()}\n`);
    let announce!: () => void;
    let refuse!: (error: Error) => void;
    this.ready = new Promise<void>((resolve, reject) => ((announce = resolve), (refuse = reject)));
    this.ready.catch(() => undefined);
    const follow = (stream: NodeJS.ReadableStream) =>
      createInterface({ input: stream }).on('line', (line) => {
        log?.write(`${line}\n`);
        this.lines.push(line);
        if (this.lines.length > 30) this.lines.shift();
        if (!line.startsWith('{')) return;
        try {
          const entry = JSON.parse(line) as { level?: number; msg?: string };
          if (entry.msg === 'screening service started') announce();
          if ((entry.level ?? 0) >= 50) this.onError?.();
        } catch {
          // Not a log line.
        }
      });
    follow(this.process.stdout!);
    follow(this.process.stderr!);
    this.exited = new Promise((resolve) =>
      this.process.once('exit', (code, signal) => {
        this.gone = true;
        const exit = { code, signal, killedByUs: this.killedByUs };
        log?.write(`=== instance ${this.pid} exited at ${new Date().toISOString()}: ${signal ?? code}${this.killedByUs ? ' (killed or stopped)' : ''}\n`);
        refuse(new Error(`instance ${this.pid} exited before it was ready`));
        onExit(exit);
        resolve(exit);
      }),
    );
  }

  kill(signal: 'SIGKILL'): void {
    if (this.gone) return;
    this.killedByUs = true;
    this.process.kill(signal);
  }

  stop(): void {
    if (this.gone) return;
    this.killedByUs = true;
    this.process.kill('SIGTERM');
  }

  tail(): string[] {
    return [...this.lines];
  }
}

/** Reads the output topics from the beginning and keeps, per decision id, its revision, topic and copies. */
class OutputRecorder {
  readonly decisionIds = new Map<string, { revision: string; topic: string; copies: number; digest: string }>();
  /** Decision ids published again with other bytes than their first copy. */
  readonly altered = new Set<string>();
  copies = 0;
  deadLetters = 0;
  private consumer?: Consumer;

  constructor(
    private readonly kafka: Kafka,
    private readonly topics: string[],
  ) {}

  async start(groupId: string): Promise<void> {
    this.consumer = this.kafka.consumer({ groupId, maxWaitTimeInMs: 100, allowAutoTopicCreation: true });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics, fromBeginning: true });
    let joined!: () => void;
    const ready = new Promise<void>((resolve) => (joined = resolve));
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => joined());
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        if (topic === this.topics[2]) {
          this.deadLetters += 1;
          return;
        }
        const event = JSON.parse(message.value!.toString()) as { id: string; data: { declarationId: string; revision: number } };
        const digest = createHash('sha1').update(message.value!).digest('hex');
        const known = this.decisionIds.get(event.id);
        this.copies += 1;
        if (known) {
          known.copies += 1;
          if (known.digest !== digest) this.altered.add(event.id);
        } else this.decisionIds.set(event.id, { revision: `${event.data.declarationId}:${event.data.revision}`, topic, copies: 1, digest });
      },
    });
    await ready;
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

interface StreamRecord {
  key: string;
  value: string;
  event: DeclarationEvent;
}

function toMessage(record: StreamRecord) {
  return { key: record.key, value: record.value };
}

/**
 * The seeded stream of declaration events, and what the lifecycle makes of it. Events are a
 * second apart in event time. Besides first submissions: amendments (revision + 1, new goods,
 * sometimes a new consignee), withdrawals of the latest revision, redeliveries (the same bytes
 * again) and late older revisions: revision + 2 sent before revision + 1, which arrives a few
 * hundred events later, or an amendment overtaking the withdrawal of the revision before it.
 * Per key, the broker keeps this order, so the lifecycle computed here is the one the service
 * must follow.
 */
export class DeclarationStream {
  readonly figures = { declarations: 0, events: 0, amendments: 0, withdrawals: 0, redeliveries: 0, lateOlderRevisions: 0, splitShipmentGroups: 0 };
  /** `<declarationId>:<revision>` of every revision the lifecycle decides. */
  readonly expectedDecisions = new Set<string>();
  readonly eventIds = new Set<string>();
  readonly states = new Map<string, DeclarationState>();
  private readonly random: () => number;
  private readonly samples: SampleDeclarations;
  private readonly latest = new Map<string, ExportDeclaration>();
  private readonly open: string[] = [];
  private readonly recent: StreamRecord[] = [];
  /** Records held back to be sent later: late older revisions, and the rest of split-shipment groups. */
  private readonly late: { due: number; record: StreamRecord; late: boolean }[] = [];
  private readonly splitRandom: () => number;

  constructor(
    seed: number,
    private readonly declarations: number,
    private readonly baseMs: number,
    /** Share of steps that start a split-shipment group (see `splitGroup`); 0: none. */
    private readonly splitShipments = 0,
  ) {
    this.random = seededRandom(seed);
    this.samples = new SampleDeclarations(seededRandom(seed + 1));
    this.splitRandom = seededRandom(seed + 2);
  }

  /** Roughly how many records the stream will have (for spreading the kills). */
  get expectedEvents(): number {
    // Seven in ten records are first submissions; one in twenty-five sends a late revision besides.
    return Math.round((this.declarations * 1.04) / 0.7);
  }

  get done(): boolean {
    return this.figures.declarations >= this.declarations && this.late.length === 0;
  }

  take(n: number): StreamRecord[] {
    const out: StreamRecord[] = [];
    while (out.length < n && !this.done) out.push(this.next());
    return out;
  }

  private next(): StreamRecord {
    const at = new Date(this.baseMs + this.figures.events * 1000);
    if (this.late.length && (this.late[0].due <= this.figures.events || this.figures.declarations >= this.declarations)) {
      const { record, late } = this.late.shift()!;
      if (late) this.figures.lateOlderRevisions += 1;
      return this.emit(record);
    }
    if (this.splitShipments && this.figures.declarations + 3 <= this.declarations && this.splitRandom() < this.splitShipments) return this.splitGroup(at);
    const r = this.random();
    const canChange = this.open.length > 0;
    if (this.figures.declarations >= this.declarations || r >= 0.7) {
      if (r < 0.82 && canChange) return this.amend(at, false);
      if (r < 0.86 && canChange) return this.withdraw();
      if (r < 0.9 && canChange) return this.amend(at, true);
      if (this.recent.length) {
        this.figures.redeliveries += 1;
        return this.emit(this.recent[Math.floor(this.random() * this.recent.length)]);
      }
    }
    if (this.figures.declarations >= this.declarations) return this.amend(at, false);
    const declaration = this.samples.declaration(at);
    this.figures.declarations += 1;
    this.open.push(declaration.declarationId);
    // Amended or withdrawn only while recent: the older ones are done with.
    if (this.open.length > 3000) this.latest.delete(this.open.shift()!);
    return this.emit(this.record(declaration));
  }

  /** An amendment; with `late`, two, the older of which is held back and sent later. */
  private amend(at: Date, late: boolean): StreamRecord {
    const id = this.open[Math.floor(this.random() * this.open.length)];
    const latest = this.latest.get(id)!;
    const next = this.amended(latest, at);
    this.figures.amendments += 1;
    if (!late) return this.emit(this.record(next));
    const due = this.figures.events + 50 + Math.floor(this.random() * 400);
    if (this.random() < 0.3) {
      // A withdrawal of the revision before, overtaken by this amendment: it withdraws nothing.
      this.hold(due, this.record(latest, WITHDRAWN), true);
      return this.emit(this.record(next));
    }
    const newer = this.amended(next, at);
    this.figures.amendments += 1;
    this.hold(due, this.record(next), true);
    return this.emit(this.record(newer));
  }

  private hold(due: number, record: StreamRecord, late: boolean): void {
    this.late.push({ due, record, late });
    this.late.sort((a, b) => a.due - b.due);
  }

  /**
   * Split shipments around a late older revision: A and D, integrated circuits each under the
   * structuring rule's USD 10,000 (together over it), from one exporter to a consignee of the
   * group's own; between them B, whose revision 2 (T-shirts) overtakes its revision 1 (integrated
   * circuits too). The lifecycle archives B's revision 1 and decides nothing on it, so D is the
   * second shipment in the window, not the third: a history that took B's revision 1 in would hold D.
   */
  private splitGroup(at: Date): StreamRecord {
    const g = ++this.figures.splitShipmentGroups;
    const consignee = { name: `Split ${g} Handelshus AB`, country: 'SE', kind: 'TRADER' as const };
    const chips = () => [{ lineNumber: 1, hsCode: '8542310000', description: 'Integrated circuits, processors and controllers', quantity: 100, unit: 'PCE', value: 4000 + Math.floor(this.splitRandom() * 5000), originCountry: 'KR' }];
    const shirts = [{ lineNumber: 1, hsCode: '6109100000', description: 'Cotton T-shirts', quantity: 500, unit: 'PCE', value: 2500, originCountry: 'VN' }];
    const declaration = (name: string, revision: number, offsetMs: number, items: ExportDeclaration['items']): ExportDeclaration => ({
      declarationId: `SPLIT${g}-${name}`,
      revision,
      declarationType: 'EXPORT',
      submittedAt: new Date(at.getTime() + offsetMs).toISOString(),
      exportCountry: 'KR',
      destinationCountry: 'SE',
      transportMode: 'AIR',
      currency: 'USD',
      totalValue: items.reduce((sum, i) => sum + i.value, 0),
      parties: { exporter: { partyId: '124-81-00998', name: 'Hanbit Electronics Co., Ltd.', country: 'KR', kind: 'TRADER' }, consignee },
      items,
    });
    this.figures.declarations += 3;
    const now = this.figures.events;
    this.hold(now + 20, this.record(declaration('B', 2, 300, shirts)), false);
    this.hold(now + 40, this.record(declaration('B', 1, 200, chips())), true);
    this.hold(now + 300 + Math.floor(this.splitRandom() * 600), this.record(declaration('D', 0, 400, chips())), false);
    return this.emit(this.record(declaration('A', 0, 0, chips())));
  }

  private amended(latest: ExportDeclaration, at: Date): ExportDeclaration {
    const s = this.samples.declaration(at);
    const consignee = this.random() < 0.3 ? { destinationCountry: s.destinationCountry, parties: { ...latest.parties, consignee: s.parties.consignee } } : {};
    const next: ExportDeclaration = { ...latest, revision: latest.revision + 1, submittedAt: at.toISOString(), items: s.items, totalValue: s.totalValue, ...consignee };
    this.latest.set(latest.declarationId, next);
    return next;
  }

  /** Withdraws the latest revision; the declaration takes no more amendments. */
  private withdraw(): StreamRecord {
    const i = Math.floor(this.random() * this.open.length);
    const id = this.open[i];
    this.open[i] = this.open[this.open.length - 1];
    this.open.pop();
    this.figures.withdrawals += 1;
    const latest = this.latest.get(id)!;
    this.latest.delete(id);
    return this.emit(this.record(latest, WITHDRAWN));
  }

  private record(declaration: ExportDeclaration, type?: DeclarationEventType): StreamRecord {
    if (!type && !declaration.declarationId.startsWith('SPLIT')) this.latest.set(declaration.declarationId, declaration);
    const event = declarationEvent(declaration, type);
    return { key: declaration.declarationId, value: JSON.stringify(event), event };
  }

  /** Sends a record and follows the lifecycle through it, as the service must. */
  private emit(record: StreamRecord): StreamRecord {
    this.figures.events += 1;
    this.eventIds.add(record.event.id);
    this.recent.push(record);
    if (this.recent.length > 2000) this.recent.shift();
    const id = record.event.data.declarationId;
    const state = this.states.get(id);
    const step = nextStep(state, record.event);
    const key = `${id}:${record.event.data.revision}`;
    if (step.kind === 'SCREEN') this.expectedDecisions.add(key);
    const after = stateAfter(state, record.event, step, step.kind === 'SCREEN' ? { decisionId: key, outcome: 'CLEAR' } : undefined);
    if (after) this.states.set(id, after);
    return record;
  }
}

/** The peak resident set of a process (VmHWM), in kB; 0 once it is gone. */
function peakRssKb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Waits `ms`; `unref`: a timer that does not keep the process alive (a race's timeout). */
function sleep(ms: number, unref = false): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    if (unref) timer.unref();
  });
}
