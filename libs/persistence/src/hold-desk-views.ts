import { DataSource } from 'typeorm';

export interface HoldDashboard {
  /** Holds decided per day and lane, and per day and hit category, over the window. */
  holdsByDay: { day: string; lane: string; holds: number }[];
  holdsByCategory: { day: string; category: string; holds: number }[];
  held: { lane: string; holds: number }[];
  oldestHeldSince: string | null;
  /** Releases and confirmations of holds on which each rule hit. */
  outcomesByRule: { ruleId: string; released: number; confirmed: number }[];
}

export interface HoldChange {
  kind: 'status' | 'action';
  declarationId: string;
  status?: string;
  lane?: string | null;
  action?: string;
  actor?: string;
  at: string;
}

/** Where a live feed has read up to: statuses changed at or after `statusAt` not yet sent, actions after `actionId`. */
export interface HoldFeedCursor {
  statusAt: string;
  sentAtStatusAt: string[];
  actionId: string;
}

/** The console's read-only views over the holds: its dashboard and the changes its live feed pushes. */
export class HoldDeskViews {
  constructor(private readonly dataSource: DataSource) {}

  async dashboard(now: Date, days: number): Promise<HoldDashboard> {
    const since = new Date(now.getTime() - days * 86_400_000).toISOString();
    const q = (sql: string, params: unknown[] = []) => this.dataSource.query(sql, params);
    const [byDay, byCategory, held, oldest, byRule] = await Promise.all([
      q(`SELECT to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, lane, count(*)::int AS holds FROM screening_decision WHERE outcome = 'HOLD' AND decided_at >= $1 GROUP BY 1, 2 ORDER BY 1, 2`, [since]),
      q(`SELECT to_char(d.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, h.category, count(DISTINCT d.decision_id)::int AS holds
           FROM screening_decision d JOIN decision_hit h ON h.decision_id = d.decision_id AND h.score > 0
          WHERE d.outcome = 'HOLD' AND d.decided_at >= $1 GROUP BY 1, 2 ORDER BY 1, 2`, [since]),
      q(`SELECT lane, count(*)::int AS holds FROM declaration_status WHERE status = 'HELD' GROUP BY 1 ORDER BY 1`),
      q(`SELECT min(held_since) AS oldest FROM declaration_status WHERE status = 'HELD'`),
      q(`SELECT h.rule_id, count(DISTINCT a.decision_id) FILTER (WHERE a.action IN ('RELEASE', 'APPROVE_RELEASE'))::int AS released,
                count(DISTINCT a.decision_id) FILTER (WHERE a.action = 'CONFIRM')::int AS confirmed
           FROM hold_action a JOIN decision_hit h ON h.decision_id = a.decision_id AND h.score > 0
          WHERE a.action IN ('RELEASE', 'APPROVE_RELEASE', 'CONFIRM') GROUP BY 1 ORDER BY 1`),
    ]);
    return {
      holdsByDay: byDay,
      holdsByCategory: byCategory,
      held,
      oldestHeldSince: oldest[0]?.oldest ? new Date(oldest[0].oldest).toISOString() : null,
      outcomesByRule: byRule.map((r: { rule_id: string; released: number; confirmed: number }) => ({ ruleId: r.rule_id, released: r.released, confirmed: r.confirmed })),
    };
  }

  /** Where a feed starting now begins: nothing before it is sent. */
  async feedStart(): Promise<HoldFeedCursor> {
    const [row] = await this.dataSource.query(`SELECT (SELECT max(updated_at) FROM declaration_status) AS at, (SELECT coalesce(max(id), 0) FROM hold_action) AS id`);
    if (!row.at) return { statusAt: new Date(0).toISOString(), sentAtStatusAt: [], actionId: String(row.id) };
    // Those already at the latest time count as sent: the feed starts after them.
    const atLatest = await this.dataSource.query(`SELECT declaration_id FROM declaration_status WHERE updated_at = $1`, [row.at]);
    return { statusAt: new Date(row.at).toISOString(), sentAtStatusAt: atLatest.map((r: { declaration_id: string }) => r.declaration_id), actionId: String(row.id) };
  }

  /** Changes since the cursor, and the cursor after them. */
  async changesSince(cursor: HoldFeedCursor, limit = 500): Promise<{ changes: HoldChange[]; cursor: HoldFeedCursor }> {
    // At or after the last time sent: a batch committed later with the same timestamp is not missed.
    const statuses: { declaration_id: string; status: string; lane: string | null; updated_at: Date }[] = await this.dataSource.query(
      `SELECT declaration_id, status, lane, updated_at FROM declaration_status WHERE updated_at >= $1 ORDER BY updated_at, declaration_id LIMIT $2`,
      [cursor.statusAt, limit],
    );
    const actions: { id: string; declaration_id: string; action: string; actor: string; at: Date }[] = await this.dataSource.query(
      `SELECT id, declaration_id, action, actor, at FROM hold_action WHERE id > $1 ORDER BY id LIMIT $2`,
      [cursor.actionId, limit],
    );
    const sent = new Set(cursor.sentAtStatusAt);
    const fresh = statuses.filter((s) => !(new Date(s.updated_at).toISOString() === cursor.statusAt && sent.has(s.declaration_id)));
    const lastAt = statuses.length ? new Date(statuses[statuses.length - 1].updated_at).toISOString() : cursor.statusAt;
    const atLast = statuses.filter((s) => new Date(s.updated_at).toISOString() === lastAt).map((s) => s.declaration_id);
    return {
      changes: [
        ...fresh.map((s) => ({ kind: 'status' as const, declarationId: s.declaration_id, status: s.status, lane: s.lane, at: new Date(s.updated_at).toISOString() })),
        ...actions.map((a) => ({ kind: 'action' as const, declarationId: a.declaration_id, action: a.action, actor: a.actor, at: new Date(a.at).toISOString() })),
      ],
      cursor: { statusAt: lastAt, sentAtStatusAt: lastAt === cursor.statusAt ? [...new Set([...cursor.sentAtStatusAt, ...atLast])] : atLast, actionId: actions.length ? String(actions[actions.length - 1].id) : cursor.actionId },
    };
  }
}
