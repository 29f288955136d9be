import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Replay runs against the database, and their decisions, keyed by run id: a replay never writes
 * decisions of record, so an analyst's backtest cannot be mistaken for what screening decided.
 */
export class ReplayRuns1764200000000 implements MigrationInterface {
  name = 'ReplayRuns1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE replay_run (
        run_id           uuid        PRIMARY KEY,
        source           text        NOT NULL,
        rule_set_version text        NOT NULL,
        rule_set_digest  text        NOT NULL,
        baseline         text,
        started_at       timestamptz NOT NULL,
        finished_at      timestamptz,
        events           integer,
        decisions        integer
      )`);
    await q.query(`
      CREATE TABLE replay_decision (
        run_id            uuid     NOT NULL REFERENCES replay_run (run_id) ON DELETE CASCADE,
        seq               integer  NOT NULL,
        declaration_id    text     NOT NULL,
        revision          integer  NOT NULL,
        decision_id       text     NOT NULL,
        outcome           text     NOT NULL,
        lane              text     NOT NULL,
        risk_score        real     NOT NULL,
        rule_ids          text[]   NOT NULL,
        baseline_outcome  text,
        baseline_lane     text,
        PRIMARY KEY (run_id, seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE replay_decision`);
    await q.query(`DROP TABLE replay_run`);
  }
}
