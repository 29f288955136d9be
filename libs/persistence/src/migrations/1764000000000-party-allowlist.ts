import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The screening allowlist: officers' findings that a party is not a listed entity it resembles.
 * Findings are never deleted, only revoked, so the record shows what screening honoured when.
 */
export class PartyAllowlist1764000000000 implements MigrationInterface {
  name = 'PartyAllowlist1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE party_allowlist (
        id                bigserial   PRIMARY KEY,
        party_name        text        NOT NULL CHECK (length(trim(party_name)) > 0),
        party_country     text        CHECK (party_country ~ '^[A-Z]{2}$'),
        list              text        NOT NULL,
        entry_id          text        NOT NULL,
        justification     text        NOT NULL CHECK (length(trim(justification)) > 0),
        added_by          text        NOT NULL,
        added_at          timestamptz NOT NULL,
        expires_at        timestamptz CHECK (expires_at > added_at),
        revoked_at        timestamptz,
        revoked_by        text,
        revocation_reason text,
        CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
      )`);
    await q.query(`CREATE INDEX party_allowlist_in_force ON party_allowlist (list, entry_id) WHERE revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE party_allowlist`);
  }
}
