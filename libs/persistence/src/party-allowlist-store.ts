import { DataSource, EntityManager } from 'typeorm';
import { AllowlistEntry } from '@chokepoint/party-screening';

/** An allowlist entry as stored: with its id, and its revocation once revoked. */
export interface StoredAllowlistEntry extends AllowlistEntry {
  id: string;
  revokedAt?: string;
  revokedBy?: string;
  revocationReason?: string;
}

interface Row {
  id: string;
  party_name: string;
  party_country: string | null;
  list: string;
  entry_id: string;
  justification: string;
  added_by: string;
  added_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  revoked_by: string | null;
  revocation_reason: string | null;
}

/**
 * The screening allowlist in PostgreSQL. Officers add findings (CLI now, console later); the
 * screening service reads the entries in force and swaps them into its screener.
 */
export class PartyAllowlistStore {
  /** On a data source, or on a transaction's entity manager to write within it. */
  constructor(private readonly dataSource: DataSource | EntityManager) {}

  /** Records a finding; returns its id. */
  async add(entry: AllowlistEntry): Promise<string> {
    const [{ id }] = await this.dataSource.query(
      `INSERT INTO party_allowlist (party_name, party_country, list, entry_id, justification, added_by, added_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [entry.partyName.trim(), entry.partyCountry ?? null, entry.list, entry.entryId, entry.justification.trim(), entry.addedBy, entry.addedAt, entry.expiresAt ?? null],
    );
    return String(id);
  }

  /** Withdraws a finding from screening; false if there is no such entry in force. */
  async revoke(id: string, revokedBy: string, reason: string, at: Date): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      `UPDATE party_allowlist SET revoked_at = $2, revoked_by = $3, revocation_reason = $4 WHERE id = $1 AND revoked_at IS NULL`,
      [id, at.toISOString(), revokedBy, reason],
    );
    return affected > 0;
  }

  /** Entries not revoked, expired ones included: screening decides expiry by the declaration's time. */
  async inForce(): Promise<StoredAllowlistEntry[]> {
    return (await this.dataSource.query(`SELECT * FROM party_allowlist WHERE revoked_at IS NULL ORDER BY id`)).map(fromRow);
  }

  /** Every entry ever made, revoked ones included, newest first. */
  async history(limit = 1000): Promise<StoredAllowlistEntry[]> {
    return (await this.dataSource.query(`SELECT * FROM party_allowlist ORDER BY id DESC LIMIT $1`, [limit])).map(fromRow);
  }
}

function fromRow(row: Row): StoredAllowlistEntry {
  return {
    id: String(row.id),
    partyName: row.party_name,
    ...(row.party_country ? { partyCountry: row.party_country } : {}),
    list: row.list,
    entryId: row.entry_id,
    justification: row.justification,
    addedBy: row.added_by,
    addedAt: new Date(row.added_at).toISOString(),
    ...(row.expires_at ? { expiresAt: new Date(row.expires_at).toISOString() } : {}),
    ...(row.revoked_at ? { revokedAt: new Date(row.revoked_at).toISOString(), revokedBy: row.revoked_by!, revocationReason: row.revocation_reason ?? '' } : {}),
  };
}
