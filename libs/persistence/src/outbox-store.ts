import { DataSource } from 'typeorm';

export interface PendingMessage {
  id: string;
  topic: string;
  key: string;
  payload: string;
  headers: Record<string, string>;
}

/** What became of one round's messages. */
export interface PublishOutcome {
  /** Acknowledged by the broker: deleted from the outbox. */
  published: string[];
  /** Refused for good (too large, a topic the producer may not write): parked with the error. */
  refused: { id: string; error: string }[];
  /** A failure that may pass (broker away): what is neither published nor refused waits for the next round. */
  failure?: unknown;
}

/** What one round did; `selected` tells whether more may be waiting. */
export interface RoundResult {
  selected: number;
  published: number;
  parked: number;
  failure?: unknown;
}

export interface ParkedMessage extends PendingMessage {
  createdAt: Date;
  parkedAt: Date;
  error: string;
}

/** How far the outbox is behind: what waits to be published, since when, and what is parked. */
export interface OutboxBacklog {
  pending: number;
  oldestPendingAt?: Date;
  parked: number;
}

const SELECT_PENDING = `SELECT id, topic, message_key, payload, headers FROM outbox_message ORDER BY id LIMIT $1`;

/**
 * The publishing side of the transactional outbox. One publisher at a time per schema (an
 * advisory lock), so that messages leave in the order they were recorded, across instances.
 * A message the broker refuses for good is parked, not retried, so nothing behind it waits on it.
 */
export class OutboxStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Hands the oldest pending messages to `publish`, then deletes what it published and parks
   * what it refused, in one transaction. Returns nothing selected when another instance is
   * publishing. Should the process die before the commit, the messages go out again: at least once.
   */
  async publishPending(limit: number, publish: (messages: PendingMessage[]) => Promise<PublishOutcome>): Promise<RoundResult> {
    return this.dataSource.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`SELECT pg_try_advisory_xact_lock(hashtext('chokepoint.outbox.' || current_schema())) AS locked`);
      if (!locked) return { selected: 0, published: 0, parked: 0 };
      const rows: { id: string; topic: string; message_key: string; payload: string; headers: Record<string, string> }[] = await tx.query(SELECT_PENDING, [limit]);
      if (rows.length === 0) return { selected: 0, published: 0, parked: 0 };
      const outcome = await publish(rows.map((r) => ({ id: r.id, topic: r.topic, key: r.message_key, payload: r.payload, headers: r.headers })));
      if (outcome.published.length) await tx.query(`DELETE FROM outbox_message WHERE id = ANY($1::bigint[])`, [outcome.published]);
      if (outcome.refused.length) {
        await tx.query(
          `WITH refused AS (SELECT * FROM unnest($1::bigint[], $2::text[]) AS x(id, error)),
                moved AS (DELETE FROM outbox_message m USING refused r WHERE m.id = r.id RETURNING m.*, r.error)
           INSERT INTO outbox_parked (id, topic, message_key, payload, headers, created_at, parked_at, error)
           SELECT id, topic, message_key, payload, headers, created_at, now(), error FROM moved`,
          [outcome.refused.map((r) => r.id), outcome.refused.map((r) => r.error)],
        );
      }
      return { selected: rows.length, published: outcome.published.length, parked: outcome.refused.length, ...(outcome.failure !== undefined ? { failure: outcome.failure } : {}) };
    });
  }

  async backlog(): Promise<OutboxBacklog> {
    const [row]: { pending: string; oldest: Date | null; parked: string }[] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM outbox_message) AS pending, (SELECT min(created_at) FROM outbox_message) AS oldest, (SELECT count(*) FROM outbox_parked) AS parked`,
    );
    return { pending: Number(row.pending), parked: Number(row.parked), ...(row.oldest ? { oldestPendingAt: row.oldest } : {}) };
  }

  /** Parked messages, oldest first. */
  async parked(limit = 100): Promise<ParkedMessage[]> {
    const rows: { id: string; topic: string; message_key: string; payload: string; headers: Record<string, string>; created_at: Date; parked_at: Date; error: string }[] =
      await this.dataSource.query(`SELECT * FROM outbox_parked ORDER BY id LIMIT $1`, [limit]);
    return rows.map((r) => ({ id: r.id, topic: r.topic, key: r.message_key, payload: r.payload, headers: r.headers, createdAt: r.created_at, parkedAt: r.parked_at, error: r.error }));
  }

  /**
   * Puts parked messages back at the end of the outbox (all of them, or those ids) once the cause
   * is mended; returns how many. A message refused again is parked again.
   */
  async resend(ids?: string[]): Promise<number> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH moved AS (DELETE FROM outbox_parked WHERE $1::bigint[] IS NULL OR id = ANY($1::bigint[]) RETURNING *)
       INSERT INTO outbox_message (topic, message_key, payload, headers, created_at)
       SELECT topic, message_key, payload, headers, created_at FROM moved ORDER BY id RETURNING id`,
      [ids ?? null],
    );
    return rows.length;
  }
}
