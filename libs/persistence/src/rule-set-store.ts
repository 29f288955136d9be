import { DataSource } from 'typeorm';

/** A rule set as stored: its resolved document, bound to its version by its digest. */
export interface StoredRuleSet {
  version: string;
  digest: string;
  document: unknown;
}

export interface RuleSetActivation {
  id: string;
  version: string;
  digest: string;
  previousVersion?: string;
  activatedBy: string;
  reason: string;
  activatedAt: string;
}

/** Another content was stored under this version before: the analyst must bump the version. */
export class RuleSetVersionConflict extends Error {}

/**
 * Rule sets and their activations in PostgreSQL. Activation is the one way a rule set reaches
 * the screening services (they follow the newest activation) and every activation is on record.
 */
export class RuleSetStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores the rule set if new and makes it the active one; refuses a version already bound to other content. */
  async activate(ruleSet: StoredRuleSet, by: { activatedBy: string; reason: string; at: Date }): Promise<RuleSetActivation> {
    return this.dataSource.transaction(async (tx) => {
      // One activation at a time, so `previous_version` is the one it replaced.
      await tx.query(`LOCK TABLE rule_set_activation IN EXCLUSIVE MODE`);
      await tx.query(`INSERT INTO rule_set (version, digest, document, stored_at) VALUES ($1, $2, $3, $4) ON CONFLICT (version) DO NOTHING`, [
        ruleSet.version,
        ruleSet.digest,
        JSON.stringify(ruleSet.document),
        by.at.toISOString(),
      ]);
      const [stored] = await tx.query(`SELECT digest FROM rule_set WHERE version = $1`, [ruleSet.version]);
      if (stored.digest !== ruleSet.digest) {
        throw new RuleSetVersionConflict(`rule set version ${ruleSet.version} is already stored with other content (digest ${stored.digest.slice(0, 12)}); give the new content a new version`);
      }
      const [current] = await tx.query(`SELECT version FROM rule_set_activation ORDER BY id DESC LIMIT 1`);
      const [row] = await tx.query(
        `INSERT INTO rule_set_activation (version, previous_version, activated_by, reason, activated_at) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, version, previous_version, activated_by, reason, activated_at`,
        [ruleSet.version, current?.version ?? null, by.activatedBy, by.reason, by.at.toISOString()],
      );
      return activationOf({ ...row, digest: ruleSet.digest });
    });
  }

  /** The rule set of the newest activation, with that activation; undefined before the first. */
  async active(): Promise<{ ruleSet: StoredRuleSet; activation: RuleSetActivation } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT a.id, a.version, a.previous_version, a.activated_by, a.reason, a.activated_at, r.digest, r.document
         FROM rule_set_activation a JOIN rule_set r USING (version) ORDER BY a.id DESC LIMIT 1`,
    );
    if (!row) return undefined;
    return { ruleSet: { version: row.version, digest: row.digest, document: row.document }, activation: activationOf(row) };
  }

  /** Every stored rule set, newest first: the versions a supervisor may activate again. */
  async stored(): Promise<{ version: string; digest: string; storedAt: string }[]> {
    const rows = await this.dataSource.query(`SELECT version, digest, stored_at FROM rule_set ORDER BY stored_at DESC, version`);
    return rows.map((r: { version: string; digest: string; stored_at: Date }) => ({ version: r.version, digest: r.digest, storedAt: new Date(r.stored_at).toISOString() }));
  }

  /** One stored rule set, by version. */
  async find(version: string): Promise<StoredRuleSet | undefined> {
    const [row] = await this.dataSource.query(`SELECT version, digest, document FROM rule_set WHERE version = $1`, [version]);
    return row ? { version: row.version, digest: row.digest, document: row.document } : undefined;
  }

  /** Every activation, newest first. */
  async activations(limit = 100): Promise<RuleSetActivation[]> {
    const rows = await this.dataSource.query(
      `SELECT a.id, a.version, a.previous_version, a.activated_by, a.reason, a.activated_at, r.digest
         FROM rule_set_activation a JOIN rule_set r USING (version) ORDER BY a.id DESC LIMIT $1`,
      [limit],
    );
    return rows.map(activationOf);
  }
}

function activationOf(row: Record<string, unknown>): RuleSetActivation {
  return {
    id: String(row.id),
    version: String(row.version),
    digest: String(row.digest),
    ...(row.previous_version ? { previousVersion: String(row.previous_version) } : {}),
    activatedBy: String(row.activated_by),
    reason: String(row.reason),
    activatedAt: new Date(row.activated_at as string).toISOString(),
  };
}
