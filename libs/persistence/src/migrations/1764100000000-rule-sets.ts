import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rule sets as versioned data, their activations (the audit of which rule set screened when,
 * on whose decision and why), and officers' confirmations of holds, which network-link
 * detection reads. Nothing here is updated or deleted: each change is a new row.
 */
export class RuleSets1764100000000 implements MigrationInterface {
  name = 'RuleSets1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // Which screening instance archived an event: each reads back only the others' for its history.
    await q.query(`ALTER TABLE declaration_event ADD COLUMN archived_by text`);
    await q.query(`
      CREATE TABLE rule_set (
        version     text        PRIMARY KEY,
        -- sha256 of the resolved document: a version names one content, for ever.
        digest      text        NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
        document    jsonb       NOT NULL,
        stored_at   timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE rule_set_activation (
        id               bigserial   PRIMARY KEY,
        version          text        NOT NULL REFERENCES rule_set (version),
        previous_version text        REFERENCES rule_set (version),
        activated_by     text        NOT NULL CHECK (length(trim(activated_by)) > 0),
        reason           text        NOT NULL CHECK (length(trim(reason)) > 0),
        activated_at     timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE hold_confirmation (
        declaration_id text        PRIMARY KEY,
        revision       integer     NOT NULL,
        decision_id    text        NOT NULL REFERENCES screening_decision (decision_id),
        confirmed_by   text        NOT NULL CHECK (length(trim(confirmed_by)) > 0),
        justification  text        NOT NULL CHECK (length(trim(justification)) > 0),
        confirmed_at   timestamptz NOT NULL,
        seq            bigserial   NOT NULL UNIQUE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['hold_confirmation', 'rule_set_activation', 'rule_set']) await q.query(`DROP TABLE ${table}`);
    await q.query(`ALTER TABLE declaration_event DROP COLUMN archived_by`);
  }
}
