import { MigrationInterface, QueryRunner } from 'typeorm';

/** The screening ledger: declaration archive, decisions and their hits, declaration status, outbox. */
export class ScreeningLedger1763900000000 implements MigrationInterface {
  name = 'ScreeningLedger1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE declaration_event (
        id               bigserial PRIMARY KEY,
        event_id         text        NOT NULL UNIQUE,
        declaration_id   text        NOT NULL,
        revision         integer     NOT NULL,
        event_type       text        NOT NULL,
        submitted_at     timestamptz NOT NULL,
        received_at      timestamptz NOT NULL,
        source_topic     text        NOT NULL,
        source_partition integer     NOT NULL,
        source_offset    bigint      NOT NULL,
        payload          jsonb       NOT NULL
      )`);
    await q.query(`CREATE INDEX declaration_event_declaration ON declaration_event (declaration_id, revision)`);
    await q.query(`CREATE INDEX declaration_event_submitted ON declaration_event (submitted_at)`);

    await q.query(`
      CREATE TABLE screening_decision (
        decision_id      text        PRIMARY KEY,
        declaration_id   text        NOT NULL,
        revision         integer     NOT NULL,
        outcome          text        NOT NULL CHECK (outcome IN ('HOLD', 'CLEAR')),
        lane             text        NOT NULL CHECK (lane IN ('GREEN', 'YELLOW', 'RED')),
        risk_score       real        NOT NULL,
        rule_set_version text        NOT NULL,
        decided_at       timestamptz NOT NULL,
        -- The decision event exactly as published, so that a re-publication is byte-identical.
        event            text        NOT NULL,
        CONSTRAINT screening_decision_one_per_revision UNIQUE (declaration_id, revision)
      )`);

    await q.query(`
      CREATE TABLE decision_hit (
        decision_id  text     NOT NULL REFERENCES screening_decision (decision_id),
        ordinal      smallint NOT NULL,
        rule_id      text     NOT NULL,
        category     text     NOT NULL,
        severity     text     NOT NULL,
        score        real,
        message      text     NOT NULL,
        item_lines   integer[] NOT NULL DEFAULT '{}',
        party_roles  text[]    NOT NULL DEFAULT '{}',
        evidence     jsonb,
        PRIMARY KEY (decision_id, ordinal)
      )`);
    await q.query(`CREATE INDEX decision_hit_category ON decision_hit (category, rule_id)`);

    await q.query(`
      CREATE TABLE declaration_status (
        declaration_id     text        PRIMARY KEY,
        latest_revision    integer     NOT NULL,
        status             text        NOT NULL CHECK (status IN ('HELD', 'CLEARED', 'WITHDRAWN')),
        latest_decision_id text        REFERENCES screening_decision (decision_id),
        lane               text,
        held_since         timestamptz,
        updated_at         timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX declaration_status_held ON declaration_status (held_since) WHERE status = 'HELD'`);

    await q.query(`
      CREATE TABLE outbox_message (
        id          bigserial   PRIMARY KEY,
        topic       text        NOT NULL,
        message_key text        NOT NULL,
        payload     text        NOT NULL,
        headers     jsonb       NOT NULL DEFAULT '{}',
        created_at  timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['outbox_message', 'declaration_status', 'decision_hit', 'screening_decision', 'declaration_event']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
