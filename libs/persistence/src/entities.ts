import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The ledger's tables as TypeORM entities, for reading (console, replay, tests).
 * The schema itself is owned by the migrations; the hot path writes with multi-row SQL.
 */

@Entity('declaration_event')
export class DeclarationEventRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'event_id', type: 'text', unique: true }) eventId!: string;
  @Column({ name: 'declaration_id', type: 'text' }) declarationId!: string;
  @Column({ type: 'integer' }) revision!: number;
  @Column({ name: 'event_type', type: 'text' }) eventType!: string;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  @Column({ name: 'source_topic', type: 'text' }) sourceTopic!: string;
  @Column({ name: 'source_partition', type: 'integer' }) sourcePartition!: number;
  @Column({ name: 'source_offset', type: 'bigint' }) sourceOffset!: string;
  @Column({ type: 'jsonb' }) payload!: unknown;
}

@Entity('screening_decision')
export class ScreeningDecisionRecord {
  @PrimaryColumn({ name: 'decision_id', type: 'text' }) decisionId!: string;
  @Column({ name: 'declaration_id', type: 'text' }) declarationId!: string;
  @Column({ type: 'integer' }) revision!: number;
  @Column({ type: 'text' }) outcome!: 'HOLD' | 'CLEAR';
  @Column({ type: 'text' }) lane!: 'GREEN' | 'YELLOW' | 'RED';
  @Column({ name: 'risk_score', type: 'real' }) riskScore!: number;
  @Column({ name: 'rule_set_version', type: 'text' }) ruleSetVersion!: string;
  @Column({ name: 'decided_at', type: 'timestamptz' }) decidedAt!: Date;
  @Column({ type: 'text' }) event!: string;
}

@Entity('decision_hit')
export class DecisionHitRecord {
  @PrimaryColumn({ name: 'decision_id', type: 'text' }) decisionId!: string;
  @PrimaryColumn({ type: 'smallint' }) ordinal!: number;
  @Column({ name: 'rule_id', type: 'text' }) ruleId!: string;
  @Column({ type: 'text' }) category!: string;
  @Column({ type: 'text' }) severity!: string;
  @Column({ type: 'real', nullable: true }) score!: number | null;
  @Column({ type: 'text' }) message!: string;
  @Column({ name: 'item_lines', type: 'integer', array: true }) itemLines!: number[];
  @Column({ name: 'party_roles', type: 'text', array: true }) partyRoles!: string[];
  @Column({ type: 'jsonb', nullable: true }) evidence!: unknown;
}

@Entity('declaration_status')
export class DeclarationStatusRecord {
  @PrimaryColumn({ name: 'declaration_id', type: 'text' }) declarationId!: string;
  @Column({ name: 'latest_revision', type: 'integer' }) latestRevision!: number;
  @Column({ type: 'text' }) status!: 'HELD' | 'CLEARED' | 'WITHDRAWN';
  @Column({ name: 'latest_decision_id', type: 'text', nullable: true }) latestDecisionId!: string | null;
  @Column({ type: 'text', nullable: true }) lane!: string | null;
  @Column({ name: 'held_since', type: 'timestamptz', nullable: true }) heldSince!: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity('outbox_message')
export class OutboxMessageRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ type: 'text' }) topic!: string;
  @Column({ name: 'message_key', type: 'text' }) messageKey!: string;
  @Column({ type: 'text' }) payload!: string;
  @Column({ type: 'jsonb' }) headers!: Record<string, string>;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}


@Entity('party_allowlist')
export class PartyAllowlistRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'party_name', type: 'text' }) partyName!: string;
  @Column({ name: 'party_country', type: 'text', nullable: true }) partyCountry!: string | null;
  @Column({ type: 'text' }) list!: string;
  @Column({ name: 'entry_id', type: 'text' }) entryId!: string;
  @Column({ type: 'text' }) justification!: string;
  @Column({ name: 'added_by', type: 'text' }) addedBy!: string;
  @Column({ name: 'added_at', type: 'timestamptz' }) addedAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'revoked_by', type: 'text', nullable: true }) revokedBy!: string | null;
  @Column({ name: 'revocation_reason', type: 'text', nullable: true }) revocationReason!: string | null;
}

export const ENTITIES = [DeclarationEventRecord, ScreeningDecisionRecord, DecisionHitRecord, DeclarationStatusRecord, OutboxMessageRecord, PartyAllowlistRecord];
