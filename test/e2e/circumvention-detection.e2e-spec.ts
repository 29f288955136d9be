import { createServer } from 'node:net';
import { join } from 'node:path';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import pino from 'pino';
import { Decision, DecisionEvent } from '@chokepoint/contracts';
import { ManualClock } from '@chokepoint/config';
import { HoldConfirmationStore, RuleSetStore } from '@chokepoint/persistence';
import { adjustedRuleSet } from '../../libs/detection/src/test-declarations';
import { startScreeningService, ScreeningService } from '../../apps/screening/src/screening-service';
import { declarationEvent } from '../../apps/screening/src/demo/sample-declarations';
import { CircumventionStream, generateStream, StreamEntry, TYPOLOGIES } from '../support/circumvention-stream';
import { evaluateStream, score } from '../support/detection-evaluation';
import { listedStreets } from '../support/listed-streets';
import { provideTestDatabase, provideTestKafka, runId, TestDatabase, TestKafka } from '../support/test-infrastructure';
import { eventually, TopicRecorder } from '../support/topic-recorder';
import { scenarioSettings } from '../support/scenario-settings';

jest.setTimeout(300_000);

/**
 * The nine typologies in the live service: a generated stream with planted cases goes through
 * Kafka into the screening service; every planted case must come out held with its typology's
 * hit, exactly as the same code decides it screening the stream in memory (what replay does).
 */
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const sdn = join(__dirname, '../../../shared/data/ofac-sdn');
let kafkaInfra: TestKafka;
let database: TestDatabase;
let producer: Producer;
let recorder: TopicRecorder;
let service: ScreeningService;
let stream: CircumventionStream;
const settings = scenarioSettings('typologies', { OUTBOX_POLL_MS: '100', SANCTIONS_LISTS: `ofac-sdn:${sdn}`, REFERENCE_DATA_DIR: join(__dirname, '../../../shared/data') });
const prefix = `e2e-${runId}-typologies`;
const decided = new Map<string, Decision>();

beforeAll(async () => {
  [kafkaInfra, database] = await Promise.all([provideTestKafka(), provideTestDatabase()]);
  const kafka = new Kafka({ brokers: kafkaInfra.brokers, clientId: prefix, logLevel: logLevel.NOTHING });
  producer = kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  await producer.send({ topic: settings.topics.declarations, messages: [{ key: 'warm-up', value: 'not a declaration' }] });
  recorder = new TopicRecorder(kafka, [settings.topics.holds, settings.topics.clearances]);
  const metricsPort = await freePort();
  [service] = await Promise.all([
    startScreeningService({
      settings: { ...settings, metrics: { port: metricsPort } },
      logger,
      clock: new ManualClock(new Date('2026-12-01T09:00:00Z')),
      brokers: kafkaInfra.brokers,
      database: { url: database.url, schema: database.schema, poolSize: database.poolSize },
    }),
    recorder.start(`${prefix}-recorder`),
  ]);
  stream = generateStream({ seed: 11, days: 125, cleanPerDay: 5, casesPerTypology: 3, listedStreets: listedStreets(service.partyLists.screener.listedContacts) });
  await publishStream();
});

afterAll(async () => {
  await recorder?.stop();
  await service?.stop();
  await producer?.disconnect();
  await Promise.all([kafkaInfra?.stop(), database?.stop()]);
});

/**
 * Publishes the stream in event-time order, waiting before each planted target until all that
 * came before is decided (and the holds due are confirmed), so that the service's history holds
 * what an unhurried live feed would have shown it, whatever partitions the records landed on.
 */
async function publishStream(): Promise<void> {
  const confirmations = [...stream.confirmations].sort((a, b) => a.at.localeCompare(b.at));
  const chunks: StreamEntry[][] = [[]];
  for (const entry of stream.entries) {
    if (entry.target) chunks.push([entry], []);
    else chunks[chunks.length - 1].push(entry);
  }
  for (const chunk of chunks.filter((c) => c.length)) {
    while (confirmations.length && confirmations[0].at <= chunk[0].declaration.submittedAt) {
      const { declarationId, at } = confirmations.shift()!;
      const confirmed = await new HoldConfirmationStore(service.dataSource).confirm({ declarationId, confirmedBy: 'officer-3', justification: 'Referred to enforcement after documentary check.', at: new Date(at) });
      expect(confirmed).toBe(true);
    }
    await producer.send({ topic: settings.topics.declarations, acks: -1, messages: chunk.map((e) => ({ key: e.declaration.declarationId, value: JSON.stringify(declarationEvent(e.declaration)) })) });
    await eventually(`decisions on ${chunk.length} declarations`, () => chunk.every((e) => decisionOf(e.declaration.declarationId)), 60_000);
  }
}

function decisionOf(declarationId: string): Decision | undefined {
  let decision = decided.get(declarationId);
  if (!decision) {
    const [message] = [...recorder.on(settings.topics.holds, declarationId), ...recorder.on(settings.topics.clearances, declarationId)];
    decision = message ? (JSON.parse(message.value!.toString()) as DecisionEvent).data : undefined;
    if (decision) decided.set(declarationId, decision);
  }
  return decision;
}

describe('circumvention typologies in the live service', () => {
  it('holds the planted cases of all nine typologies with their hits, exactly as the in-memory screening does', () => {
    const live = score(stream, decided);
    const inMemory = evaluateStream(stream, service.rules.ruleSet, service.partyLists.screener);
    expect(live.typologies.map((t) => t.typology)).toEqual([...TYPOLOGIES]);
    live.typologies.forEach((result, i) => {
      // A small stream: a unit-value outlier needs 20 earlier prices of its HS-6, which it may not have.
      expect({ typology: result.typology, detected: result.detected > 0, recall: result.recall }).toEqual({ typology: result.typology, detected: true, recall: inMemory.typologies[i].recall });
    });
    expect(live.typologies.reduce((n, t) => n + t.detected, 0) / live.typologies.reduce((n, t) => n + t.targets, 0)).toBeGreaterThan(0.9);
    for (const entry of stream.entries.filter((e) => e.target)) {
      const id = entry.declaration.declarationId;
      const hitsOf = (d: Decision | undefined) => d?.hits.map((h) => `${h.ruleId}:${h.score}`);
      expect({ id, hits: hitsOf(decided.get(id)) }).toEqual({ id, hits: hitsOf(inMemory.decisions.get(id)) });
    }
    // eslint-disable-next-line no-console
    console.log(`live: ${decided.size} declarations; false holds on clean traffic ${live.clean.held}/${live.clean.declarations}; recall ${live.typologies.map((t) => `${t.typology} ${t.detected}/${t.targets}`).join(', ')}`);
  });

  it('explains every hold in sentences an officer can read, with the rule set version', () => {
    for (const entry of stream.entries.filter((e) => e.target)) {
      const decision = decided.get(entry.declaration.declarationId)!;
      expect(decision.ruleSetVersion).toBe('default-5');
      for (const hit of decision.hits) {
        expect(hit.message).toMatch(/^[A-Z"].*\.$/);
        expect(hit.message).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('counts hits per rule on /metrics', async () => {
    const text = await (await fetch(`http://127.0.0.1:${service.metricsPort}/metrics`)).text();
    for (const ruleId of ['destination-restrictions', 'strategic-goods-without-licence', 'chpl-to-diversion-hub', 'route-inconsistency', 'consignee-profile', 'structuring', 'chpl-surge-to-hub', 'network-link']) {
      const counted = [...text.matchAll(new RegExp(`^chokepoint_rule_hits_total\\{rule_id="${ruleId}",category="[A-Z_]+",severity="[A-Z]+"\\} (\\d+)$`, 'gm'))].reduce((sum, m) => sum + Number(m[1]), 0);
      expect({ ruleId, counted: counted > 0 }).toEqual({ ruleId, counted: true });
    }
    expect(text).toMatch(/^chokepoint_rule_set_info\{version="default-5",digest="[0-9a-f]{12}"\} 1$/m);
    expect(text).toMatch(/^chokepoint_decisions_total\{outcome="HOLD",lane="(YELLOW|RED)",rule_set_version="default-5"\} \d+$/m);
    expect((await fetch(`http://127.0.0.1:${service.metricsPort}/health`)).status).toBe(200);
  });

  it('switches to a newly activated rule set without restart, on record', async () => {
    const store = new RuleSetStore(service.dataSource);
    const stricter = adjustedRuleSet((d) => ({ ...d, version: `e2e-${runId}`, lanes: { yellowFrom: 20, redFrom: 80 } }));
    await store.activate(stricter, { activatedBy: 'analyst-2', reason: 'Lower the documentary-check threshold for the CHPL campaign.', at: new Date('2026-12-01T10:00:00Z') });
    await service.rules.refresh();
    expect(service.rules.ruleSet.version).toBe(`e2e-${runId}`);
    const [activation] = await store.activations();
    expect(activation).toMatchObject({ version: `e2e-${runId}`, previousVersion: 'default-5', activatedBy: 'analyst-2', reason: expect.stringContaining('CHPL campaign') });
    await expect(store.activate({ ...stricter, digest: 'f'.repeat(64) }, { activatedBy: 'analyst-2', reason: 'same version, other content', at: new Date() })).rejects.toThrow(/already stored with other content/);

    // A CHPL shipment to a regular consignee in a hub, scored 20 to 40: cleared before, held now.
    const regular = stream.entries.find((e) => {
      const before = decided.get(e.declaration.declarationId);
      return !e.planted && before?.outcome === 'CLEAR' && before.riskScore >= 20 && before.hits.some((h) => h.ruleId === 'chpl-to-diversion-hub');
    })!;
    const again = { ...regular.declaration, revision: 1 };
    await producer.send({ topic: settings.topics.declarations, acks: -1, messages: [{ key: again.declarationId, value: JSON.stringify(declarationEvent(again)) }] });
    const hold = await eventually('the hold under the new rule set', () => recorder.on(settings.topics.holds, again.declarationId)[0]);
    expect((JSON.parse(hold.value!.toString()) as DecisionEvent).data).toMatchObject({ outcome: 'HOLD', lane: 'YELLOW', revision: 1, ruleSetVersion: `e2e-${runId}` });
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
