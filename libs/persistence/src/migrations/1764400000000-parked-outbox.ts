import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Decisions the broker refused for good (too large, a topic the producer may not write): set
 * aside with the error, so that the decisions and releases behind them flow on. An operator
 * lists them and sends them again once the cause is mended (`chokepoint outbox`).
 */
export class ParkedOutbox1764400000000 implements MigrationInterface {
  name = 'ParkedOutbox1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_parked (
        id          bigint      PRIMARY KEY,
        topic       text        NOT NULL,
        message_key text        NOT NULL,
        payload     text        NOT NULL,
        headers     jsonb       NOT NULL DEFAULT '{}',
        created_at  timestamptz NOT NULL,
        parked_at   timestamptz NOT NULL,
        error       text        NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_parked`);
  }
}
