import { DataSource } from 'typeorm';
import { Decision } from '@chokepoint/contracts';

export interface ReplayRunStart {
  runId: string;
  source: string;
  ruleSetVersion: string;
  ruleSetDigest: string;
  baseline?: string;
  startedAt: Date;
}

/** The replay tables: one row per run, one per decision it made, never the decisions of record. */
export class ReplayRunStore {
  private seq = 0;

  constructor(private readonly dataSource: DataSource) {}

  async begin(run: ReplayRunStart): Promise<void> {
    await this.dataSource.query(`INSERT INTO replay_run (run_id, source, rule_set_version, rule_set_digest, baseline, started_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      run.runId, run.source, run.ruleSetVersion, run.ruleSetDigest, run.baseline ?? null, run.startedAt.toISOString(),
    ]);
  }

  /** A page of decisions, in input order, with what they were compared with. */
  async record(runId: string, decisions: { candidate: Decision; baseline?: Decision }[]): Promise<void> {
    const first = this.seq;
    this.seq += decisions.length;
    await this.dataSource.query(
      `INSERT INTO replay_decision (run_id, seq, declaration_id, revision, decision_id, outcome, lane, risk_score, rule_ids, baseline_outcome, baseline_lane)
       SELECT $1, $2 + n - 1, d, r, di, o, l, s, ARRAY(SELECT jsonb_array_elements_text(ri)), bo, bl
         FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::real[], $9::jsonb[], $10::text[], $11::text[]) WITH ORDINALITY AS x(d, r, di, o, l, s, ri, bo, bl, n)`,
      [
        runId,
        first + 1,
        decisions.map((x) => x.candidate.declarationId),
        decisions.map((x) => x.candidate.revision),
        decisions.map((x) => x.candidate.decisionId),
        decisions.map((x) => x.candidate.outcome),
        decisions.map((x) => x.candidate.lane),
        decisions.map((x) => x.candidate.riskScore),
        decisions.map((x) => JSON.stringify([...new Set(x.candidate.hits.map((h) => h.ruleId))])),
        decisions.map((x) => x.baseline?.outcome ?? null),
        decisions.map((x) => x.baseline?.lane ?? null),
      ],
    );
  }

  async finish(runId: string, counts: { events: number; decisions: number }, at: Date): Promise<void> {
    await this.dataSource.query(`UPDATE replay_run SET finished_at = $2, events = $3, decisions = $4 WHERE run_id = $1`, [runId, at.toISOString(), counts.events, counts.decisions]);
  }
}
