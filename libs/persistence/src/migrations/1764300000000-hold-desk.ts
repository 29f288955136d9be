import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The officers' console: its local users, the work state of each hold (assignee, documents
 * requested, a release awaiting a second officer), and the audit log of every action on a hold,
 * which the database itself keeps append-only. A released hold becomes status RELEASED.
 */
export class HoldDesk1764300000000 implements MigrationInterface {
  name = 'HoldDesk1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE console_user (
        username      text        PRIMARY KEY CHECK (username ~ '^[a-z0-9._@-]{2,64}$'),
        display_name  text        NOT NULL CHECK (length(trim(display_name)) > 0),
        role          text        NOT NULL CHECK (role IN ('viewer', 'officer', 'supervisor')),
        password_hash text        NOT NULL,
        created_at    timestamptz NOT NULL,
        disabled_at   timestamptz
      )`);
    await q.query(`
      CREATE TABLE hold_case (
        declaration_id         text        PRIMARY KEY,
        decision_id            text        NOT NULL REFERENCES screening_decision (decision_id),
        assignee               text,
        documents_requested_at timestamptz,
        -- A release waiting for a second officer (four eyes): who asked, why, when.
        release_request        jsonb,
        updated_at             timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE hold_action (
        id             bigserial   PRIMARY KEY,
        declaration_id text        NOT NULL,
        decision_id    text        NOT NULL,
        action         text        NOT NULL,
        actor          text        NOT NULL,
        actor_role     text        NOT NULL,
        justification  text        NOT NULL CHECK (length(trim(justification)) > 0),
        at             timestamptz NOT NULL,
        before         jsonb       NOT NULL,
        after          jsonb       NOT NULL
      )`);
    await q.query(`CREATE INDEX hold_action_declaration ON hold_action (declaration_id, id)`);
    await q.query(`CREATE INDEX hold_action_at ON hold_action (at)`);
    await q.query(`
      CREATE FUNCTION hold_action_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'hold_action is an append-only audit log';
      END $$`);
    await q.query(`CREATE TRIGGER hold_action_no_change BEFORE UPDATE OR DELETE ON hold_action FOR EACH ROW EXECUTE FUNCTION hold_action_append_only()`);
    await q.query(`CREATE TRIGGER hold_action_no_truncate BEFORE TRUNCATE ON hold_action FOR EACH STATEMENT EXECUTE FUNCTION hold_action_append_only()`);
    await q.query(`ALTER TABLE declaration_status DROP CONSTRAINT declaration_status_status_check`);
    await q.query(`ALTER TABLE declaration_status ADD CONSTRAINT declaration_status_status_check CHECK (status IN ('HELD', 'CLEARED', 'WITHDRAWN', 'RELEASED'))`);
    await q.query(`CREATE INDEX declaration_status_lane ON declaration_status (status, lane)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX declaration_status_lane`);
    await q.query(`ALTER TABLE declaration_status DROP CONSTRAINT declaration_status_status_check`);
    await q.query(`ALTER TABLE declaration_status ADD CONSTRAINT declaration_status_status_check CHECK (status IN ('HELD', 'CLEARED', 'WITHDRAWN'))`);
    await q.query(`DROP TABLE hold_action`);
    await q.query(`DROP FUNCTION hold_action_append_only()`);
    await q.query(`DROP TABLE hold_case`);
    await q.query(`DROP TABLE console_user`);
  }
}
