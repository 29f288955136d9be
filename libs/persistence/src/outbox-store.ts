import { DataSource } from 'typeorm';

export interface PendingMessage {
  id: string;
  topic: string;
  key: string;
  payload: string;
  headers: Record<string, string>;
}

/**
 * The publishing side of the transactional outbox. One publisher at a time per schema (an
 * advisory lock), so that messages leave in the order they were recorded, across instances.
 */
export class OutboxStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Hands the oldest pending messages to `publish` and deletes them once it resolves.
   * Returns how many were published; 0 when there were none or another instance is publishing.
   * If `publish` throws, nothing is deleted and the messages go out again on a later round.
   */
  async publishPending(limit: number, publish: (messages: PendingMessage[]) => Promise<void>): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`SELECT pg_try_advisory_xact_lock(hashtext('chokepoint.outbox.' || current_schema())) AS locked`);
      if (!locked) return 0;
      const rows: { id: string; topic: string; message_key: string; payload: string; headers: Record<string, string> }[] = await tx.query(
        `SELECT id, topic, message_key, payload, headers FROM outbox_message ORDER BY id LIMIT $1`,
        [limit],
      );
      if (rows.length === 0) return 0;
      await publish(rows.map((r) => ({ id: r.id, topic: r.topic, key: r.message_key, payload: r.payload, headers: r.headers })));
      await tx.query(`DELETE FROM outbox_message WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }
}
