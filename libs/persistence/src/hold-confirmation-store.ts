import { DataSource, EntityManager } from 'typeorm';

export interface HoldConfirmationRequest {
  declarationId: string;
  confirmedBy: string;
  justification: string;
  at: Date;
}

/**
 * An officer's confirmation that a hold was right (the case goes to enforcement). Detection
 * reads confirmed holds' parties for network links; the console writes here when an officer confirms.
 */
export class HoldConfirmationStore {
  /** On a data source, or on a transaction's entity manager to write within it. */
  constructor(private readonly dataSource: DataSource | EntityManager) {}

  /** Confirms the declaration's current hold; false when it is not held (cleared, withdrawn, unknown) or already confirmed. */
  async confirm(request: HoldConfirmationRequest): Promise<boolean> {
    const rows = await this.dataSource.query(
      `INSERT INTO hold_confirmation (declaration_id, revision, decision_id, confirmed_by, justification, confirmed_at)
       SELECT declaration_id, latest_revision, latest_decision_id, $2, $3, $4 FROM declaration_status
        WHERE declaration_id = $1 AND status = 'HELD'
       ON CONFLICT (declaration_id) DO NOTHING RETURNING seq`,
      [request.declarationId, request.confirmedBy, request.justification, request.at.toISOString()],
    );
    return rows.length > 0;
  }
}
