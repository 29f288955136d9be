import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Counter, Gauge, Registry } from 'prom-client';
import { Decision } from '@chokepoint/contracts';
import { RULES, RuleSet } from '@chokepoint/detection';
import type { OutboxBacklog } from '@chokepoint/persistence';
import type { Clock } from '@chokepoint/config';

/**
 * The screening service's Prometheus metrics: decisions by outcome and lane, hits by rule,
 * refused records, and the rule set in force. One registry per service instance.
 */
export class ScreeningMetrics {
  readonly registry = new Registry();
  private readonly decisions = new Counter({ name: 'chokepoint_decisions_total', help: 'Screening decisions, by outcome, lane and rule set version.', labelNames: ['outcome', 'lane', 'rule_set_version'], registers: [this.registry] });
  private readonly hits = new Counter({ name: 'chokepoint_rule_hits_total', help: 'Hits raised, by rule, hit category and severity.', labelNames: ['rule_id', 'category', 'severity'], registers: [this.registry] });
  private readonly rejected = new Counter({ name: 'chokepoint_declarations_rejected_total', help: 'Declaration records refused at the edge and sent to the dead-letter topic, by reason.', labelNames: ['reason'], registers: [this.registry] });
  private readonly ruleSetInfo = new Gauge({ name: 'chokepoint_rule_set_info', help: 'The rule set in force (value 1), by version and digest.', labelNames: ['version', 'digest'], registers: [this.registry] });

  constructor() {
    // Every known rule shows from the start, at zero, so a rule that never fires is visible as such.
    for (const rule of RULES.values()) this.hits.inc({ rule_id: rule.id, category: 'NONE', severity: 'NONE' }, 0);
  }

  decided(decisions: Decision[]): void {
    for (const d of decisions) {
      this.decisions.inc({ outcome: d.outcome, lane: d.lane, rule_set_version: d.ruleSetVersion });
      for (const hit of d.hits) this.hits.inc({ rule_id: hit.ruleId, category: hit.category, severity: hit.severity });
    }
  }

  refused(reasons: string[]): void {
    for (const reason of reasons) this.rejected.inc({ reason });
  }

  private digestInForce?: string;

  /** Called before every batch; changes the gauge only when the rule set did. */
  inForce(ruleSet: RuleSet): void {
    if (ruleSet.digest === this.digestInForce) return;
    this.digestInForce = ruleSet.digest;
    this.ruleSetInfo.reset();
    this.ruleSetInfo.set({ version: ruleSet.version, digest: ruleSet.digest.slice(0, 12) }, 1);
  }

  /** The history's entries by structure, each bounded (DeclarationHistory's HISTORY_BOUNDS). */
  followHistory(size: () => Record<string, number>): void {
    new Gauge({
      name: 'chokepoint_history_entries',
      help: 'Entries in the in-memory declaration history, by structure; each structure is bounded and evicted by event time.',
      labelNames: ['structure'],
      registers: [this.registry],
      collect() {
        for (const [structure, entries] of Object.entries(size())) this.set({ structure }, entries);
      },
    });
  }

  /** The outbox's backlog, read from the database when scraped. */
  followOutbox(backlog: () => Promise<OutboxBacklog>, clock: Clock): void {
    const read = async () => {
      const b = await backlog();
      return { ...b, age: b.oldestPendingAt ? Math.max(0, (clock.now().getTime() - b.oldestPendingAt.getTime()) / 1000) : 0 };
    };
    let last: Promise<{ pending: number; parked: number; age: number }> | undefined;
    // One query serves the three gauges of a scrape.
    const once = () => (last ??= read().finally(() => setImmediate(() => (last = undefined))));
    new Gauge({ name: 'chokepoint_outbox_pending_messages', help: 'Decisions in the outbox waiting to be published.', registers: [this.registry], async collect() { this.set((await once()).pending); } });
    new Gauge({ name: 'chokepoint_outbox_oldest_pending_seconds', help: 'How long the oldest decision in the outbox has waited to be published.', registers: [this.registry], async collect() { this.set((await once()).age); } });
    new Gauge({ name: 'chokepoint_outbox_parked_messages', help: 'Decisions the broker refused for good, parked until an operator re-sends them.', registers: [this.registry], async collect() { this.set((await once()).parked); } });
  }

  /**
   * Serves `/metrics` (Prometheus text), `/health` (liveness) and `/ready` (readiness) on the
   * port; each probe answers 200 or 503 with a JSON body saying what is wrong. Resolves with the port bound.
   */
  async serve(port: number, probes: Record<'/health' | '/ready', () => Promise<{ status: 'up' | 'down' }>>): Promise<{ port: number; close(): Promise<void> }> {
    const server: Server = createServer((request, response) => {
      const path = (request.url ?? '').split('?')[0];
      if (path === '/metrics') {
        this.registry.metrics().then(
          (text) => response.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
          (error) => response.writeHead(500).end(String(error)),
        );
      } else if (path === '/health' || path === '/ready') {
        probes[path]().then(
          (report) => response.writeHead(report.status === 'up' ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(report)),
          (error) => response.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'down', problems: [String(error)] })),
        );
      } else response.writeHead(404).end();
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, resolve));
    return { port: (server.address() as AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
  }
}
