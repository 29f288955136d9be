import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Counter, Gauge, Registry } from 'prom-client';
import { Decision } from '@chokepoint/contracts';
import { RULES, RuleSet } from '@chokepoint/detection';

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

  /** Serves `/metrics` (Prometheus text) and `/health` on the port; resolves with the port bound. */
  async serve(port: number, health: () => boolean): Promise<{ port: number; close(): Promise<void> }> {
    const server: Server = createServer((request, response) => {
      if (request.url === '/metrics') {
        this.registry.metrics().then(
          (text) => response.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
          (error) => response.writeHead(500).end(String(error)),
        );
      } else if (request.url === '/health') {
        const ok = health();
        response.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ok ? 'up' : 'down' }));
      } else response.writeHead(404).end();
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, resolve));
    return { port: (server.address() as AddressInfo).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
  }
}
