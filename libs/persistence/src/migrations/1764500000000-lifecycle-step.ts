import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the lifecycle did with each archived event (SCREEN, REPUBLISH, WITHDRAW, ARCHIVE_ONLY),
 * recorded as it is archived: a history rebuilt from the archive takes in only what was screened
 * or withdrew, as the live pipeline and a replay do. Events archived before have none, and are
 * taken in as they were.
 */
export class LifecycleStep1764500000000 implements MigrationInterface {
  name = 'LifecycleStep1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE declaration_event ADD COLUMN lifecycle_step text CHECK (lifecycle_step IN ('SCREEN', 'REPUBLISH', 'WITHDRAW', 'ARCHIVE_ONLY'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE declaration_event DROP COLUMN lifecycle_step`);
  }
}
