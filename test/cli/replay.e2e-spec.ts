import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { checkDecisionEvent, Decision } from '@chokepoint/contracts';
import { DeclarationArchive, HoldConfirmationStore, HoldDesk, openDatabase, PartyAllowlistStore } from '@chokepoint/persistence';
import { screenIntoLedger, SDN, trafficWithLookalike } from '../support/held-declarations';
import { provideTestDatabase, provideTestKafka, runId, TestDatabase, TestKafka } from '../support/test-infrastructure';

jest.setTimeout(180_000);
const cli = join(__dirname, '../../dist/apps/cli/src/main.js');
const shipped = join(__dirname, '../../libs/detection/rule-sets/default.yaml');
const sdn = SDN;
const run = promisify(execFile);

const { events, lookalike } = trafficWithLookalike();

describe('chokepoint replay', () => {
  let folder: string;
  let input: string;
  let stricter: string;
  /** No Kafka, no PostgreSQL: an empty embedded-data folder and nothing configured. */
  let bare: NodeJS.ProcessEnv;
  const replay = (env: NodeJS.ProcessEnv, ...args: string[]) => run('node', [cli, 'replay', ...args], { env, maxBuffer: 64 * 1024 * 1024 });

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'chokepoint-replay-'));
    input = join(folder, 'events.ndjson');
    writeFileSync(input, `${events.map((e) => JSON.stringify(e)).join('\n')}\n`);
    stricter = join(folder, 'stricter.yaml');
    writeFileSync(stricter, readFileSync(shipped, 'utf8').replace('version: default-5', 'version: default-5-strict').replace('yellowFrom: 40', 'yellowFrom: 25'));
    bare = { PATH: process.env.PATH, HOME: folder, EMBEDDED_DATA_DIR: join(folder, 'no-database'), REFERENCE_DATA_DIR: join(__dirname, '../../../shared/data'), LOG_LEVEL: 'silent' };
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  describe('from a file, with no Kafka and no PostgreSQL', () => {
    it('writes one valid decision event a line, in input order, the same bytes on every run', async () => {
      const out1 = join(folder, 'out1.ndjson');
      const out2 = join(folder, 'out2.ndjson');
      const { stderr } = await replay(bare, '--input', input, '--sanctions', sdn, '--output', out1, '--workers', '0');
      expect(stderr).toContain('replaying the shipped default');
      expect(stderr).toMatch(new RegExp(`${events.length} events, ${events.length} decisions`));
      await replay(bare, '--input', input, '--sanctions', sdn, '--output', out2, '--workers', '0');
      const bytes = readFileSync(out1);
      expect(readFileSync(out2).equals(bytes)).toBe(true);
      // Cut into segments decided on worker threads, the same bytes again.
      const out3 = join(folder, 'out3.ndjson');
      await replay(bare, '--input', input, '--sanctions', sdn, '--output', out3, '--workers', '3');
      expect(readFileSync(out3).equals(bytes)).toBe(true);
      const decisions = bytes.toString().trim().split('\n').map((l) => JSON.parse(l));
      expect(decisions.map((d) => d.data.declarationId)).toEqual(events.map((e) => e.data.declarationId));
      for (const d of decisions.slice(0, 50)) expect(checkDecisionEvent(d)).toEqual({ valid: true, event: d });
      expect(decisions.filter((d) => d.data.outcome === 'HOLD').length).toBeGreaterThan(10);
    });

    it('reports the differences between two rule sets, in Markdown and HTML', async () => {
      const report = join(folder, 'report.md');
      const { stderr } = await replay(bare, '--input', input, '--rules', stricter, '--compare', shipped, '--sanctions', sdn, '--report', report, '--workers', '2');
      const newlyHeld = Number(/(\d+) newly held/.exec(stderr)![1]);
      expect(newlyHeld).toBeGreaterThan(0);
      const markdown = readFileSync(report, 'utf8');
      expect(markdown).toContain('- candidate rule set: default-5-strict');
      expect(markdown).toContain('- compared with: default-5 (');
      expect(markdown).toContain(`| newly held | ${newlyHeld} |`);
      expect(markdown).toContain('### Newly held (examples)');
      expect(markdown).toMatch(/\| chpl-to-diversion-hub \| \d+ \| \d+ \|/);
      const html = readFileSync(join(folder, 'report.html'), 'utf8');
      expect(html).toContain('<svg');
      expect(html).toContain('Share of traffic by lane');
    });
  });

  describe('from the archive', () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await provideTestDatabase();
      // The live pipeline's own write path puts the events and the decisions of record in place.
      const dataSource = await openDatabase({ url: database.url, schema: database.schema, poolSize: 1 });
      await screenIntoLedger(dataSource, events, new Date('2026-12-01T00:00:00Z'));
      const [held] = await dataSource.query(`SELECT declaration_id FROM declaration_status WHERE status = 'HELD' ORDER BY declaration_id LIMIT 1`);
      await new HoldConfirmationStore(dataSource).confirm({ declarationId: held.declaration_id, confirmedBy: 'officer-3', justification: 'Referred to enforcement.', at: new Date('2026-12-02T00:00:00Z') });
      // And an officer releases a YELLOW hold from the console.
      const [yellow] = await dataSource.query(
        `SELECT s.declaration_id, s.latest_decision_id FROM declaration_status s JOIN declaration_event e ON e.declaration_id = s.declaration_id
          WHERE s.status = 'HELD' AND s.lane = 'YELLOW' AND e.submitted_at >= '2026-06-01' AND s.declaration_id <> $1 ORDER BY s.declaration_id LIMIT 1`,
        [held.declaration_id],
      );
      const release = await new HoldDesk(dataSource).act({
        declarationId: yellow.declaration_id, decisionId: yellow.latest_decision_id, action: { kind: 'RELEASE' }, officer: { username: 'officer-4', role: 'officer' },
        justification: 'Licence produced.', at: new Date('2026-12-02T00:00:00Z'), releases: { topic: 'screening.clearances.v1', source: 'urn:test' },
      });
      expect(release).toMatchObject({ ok: true, status: 'RELEASED' });
      await dataSource.destroy();
    });

    afterAll(() => database?.stop());

    it('compares a candidate with the decisions of record, keeps the run in the replay tables and never writes decisions of record', async () => {
      const env = { ...bare, DATABASE_URL: database.url, DATABASE_SCHEMA: database.schema };
      const report = join(folder, 'archive-report.md');
      const { stderr } = await replay(env, '--archive', '--from', '2026-06-01', '--rules', stricter, '--sanctions', sdn, '--report', report);
      const [, runIdOfReplay, count] = /replay ([0-9a-f-]{36}): (\d+) events/.exec(stderr)!;
      expect(Number(count)).toBe(events.length);
      const markdown = readFileSync(report, 'utf8');
      expect(markdown).toContain('- compared with: the decisions of record');
      expect(markdown).toMatch(/\| newly held \| [1-9]\d* \|/);
      expect(markdown).toContain("## Against officers' findings");
      // The console's release counts against the rules that would still hold it.
      expect(markdown).toMatch(/\| [a-z-]+ \| \d+ \| [1-9]\d* \| [\d.]+ ?% \|/);

      const dataSource = await openDatabase({ url: database.url, schema: database.schema, poolSize: 1 });
      try {
        const [runRow] = await dataSource.query(`SELECT rule_set_version, events, decisions, baseline FROM replay_run WHERE run_id = $1`, [runIdOfReplay]);
        expect(runRow).toMatchObject({ rule_set_version: 'default-5-strict', events: events.length, decisions: events.length, baseline: 'the decisions of record' });
        const [{ n, changed }] = await dataSource.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE outcome <> baseline_outcome)::int AS changed FROM replay_decision WHERE run_id = $1`, [runIdOfReplay]);
        expect(n).toBe(events.length);
        expect(changed).toBeGreaterThan(0);
        const [{ of_record }] = await dataSource.query(`SELECT count(*)::int AS of_record FROM screening_decision WHERE rule_set_version = 'default-5-strict'`);
        expect(of_record).toBe(0);
      } finally {
        await dataSource.destroy();
      }
    });

    it("applies the officers' allowlist findings in force, unless told to ignore them", async () => {
      const env = { ...bare, DATABASE_URL: database.url, DATABASE_SCHEMA: database.schema };
      const decisionsOf = async (...flags: string[]) => {
        const out = join(folder, `allowlist-${flags.length}.ndjson`);
        await replay(env, '--archive', '--rules', shipped, '--sanctions', sdn, '--output', out, ...flags);
        return readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l).data as Decision);
      };
      const partyHit = (d: Decision) => d.hits.find((h) => h.ruleId === 'sanctioned-party');
      const before = await decisionsOf();
      const matched = before.find((d) => d.declarationId === lookalike.declarationId)!;
      expect(partyHit(matched)).toMatchObject({ category: 'SANCTIONED_PARTY', evidence: { matchedName: 'GOLDEN CROWN OVERSEAS LIMITED' } });
      const evidence = partyHit(matched)!.evidence as { party: { name: string }; list: string; entryId: string };
      const dataSource = await openDatabase({ url: database.url, schema: database.schema, poolSize: 1 });
      try {
        await new PartyAllowlistStore(dataSource).add({ partyName: evidence.party.name, list: evidence.list, entryId: evidence.entryId, justification: 'Different company, checked registry.', addedBy: 'officer-7', addedAt: '2026-12-03T00:00:00.000Z' });
      } finally {
        await dataSource.destroy();
      }
      const allowed = (await decisionsOf()).find((d) => d.declarationId === matched.declarationId && d.revision === matched.revision)!;
      expect(partyHit(allowed)).toMatchObject({ category: 'OTHER', score: 0, evidence: { entryId: evidence.entryId, allowlisted: { addedBy: 'officer-7' } } });
      const ignored = (await decisionsOf('--ignore-allowlist')).find((d) => d.declarationId === matched.declarationId && d.revision === matched.revision)!;
      expect(partyHit(ignored)).toMatchObject({ category: 'SANCTIONED_PARTY', evidence: { entryId: evidence.entryId } });
    });

    it('replays a filtered window of the archive', async () => {
      const env = { ...bare, DATABASE_URL: database.url, DATABASE_SCHEMA: database.schema };
      const expected = events.filter((e) => e.data.destinationCountry === 'KZ' && e.data.submittedAt >= '2026-06-20').length;
      const { stderr } = await replay(env, '--archive', '--from', '2026-06-20', '--destination', 'kz', '--rules', shipped);
      expect(stderr).toMatch(new RegExp(`: ${expected} events`));
      // What the progress bar counts to on a terminal.
      const dataSource = await openDatabase({ url: database.url, schema: database.schema, poolSize: 1 });
      try {
        expect(await new DeclarationArchive(dataSource).countEvents({ from: new Date('2026-06-20'), destinationCountry: 'KZ' })).toBe(expected);
      } finally {
        await dataSource.destroy();
      }
    });
  });

  describe('from a Kafka topic', () => {
    let kafkaInfra: TestKafka;

    beforeAll(async () => {
      kafkaInfra = await provideTestKafka();
    });

    afterAll(() => kafkaInfra?.stop());

    it('reads a topic range in record-time order and decides as the file replay does', async () => {
      const topic = `e2e-${runId}-replay.declarations`;
      const kafka = new Kafka({ brokers: kafkaInfra.brokers, clientId: `e2e-${runId}-replay`, logLevel: logLevel.NOTHING });
      const producer = kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
      await producer.connect();
      for (let i = 0; i < events.length; i += 100) {
        const slice = events.slice(i, i + 100);
        // Record time is event time here, as a customs system stamping its events would set it.
        await producer.send({ topic, acks: -1, messages: slice.map((e) => ({ key: e.data.declarationId, value: JSON.stringify(e), timestamp: String(Date.parse(e.data.submittedAt)) })) });
      }
      await producer.disconnect();
      const fromTopic = join(folder, 'topic.ndjson');
      const fromFile = join(folder, 'file.ndjson');
      await replay({ ...bare, KAFKA_BROKERS: kafkaInfra.brokers.join(',') }, '--topic', topic, '--since', '2026-01-01', '--rules', shipped, '--output', fromTopic);
      await replay(bare, '--input', input, '--rules', shipped, '--output', fromFile);
      expect(readFileSync(fromTopic, 'utf8')).toBe(readFileSync(fromFile, 'utf8'));
    });
  });
});
