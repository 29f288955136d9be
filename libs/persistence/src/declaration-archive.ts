import { DataSource } from 'typeorm';
import { DeclarationEvent } from '@chokepoint/contracts';

/** A declaration event as archived, with its archive id (arrival order). */
export interface ArchiveRow {
  id: string;
  event: DeclarationEvent;
}

/** An archive id, with the event unless the reader archived it itself. */
export interface ArchiveIdRow {
  id: string;
  event?: DeclarationEvent;
}

/** Which archived events a replay reads: event time in [from, until), and country filters. */
export interface ArchiveFilter {
  from?: Date;
  until?: Date;
  exportCountry?: string;
  destinationCountry?: string;
}

/** A confirmed hold with the declaration revision it held. */
export interface ConfirmedHold {
  seq: string;
  confirmedAt: string;
  event: DeclarationEvent;
}

/**
 * The events the history takes in: those the lifecycle screened or that withdrew (events archived
 * before the step was recorded count as before). A restarted instance rebuilding its history must
 * skip a late older revision or a stale withdrawal, as the live pipeline and a replay did.
 */
const TAKEN_IN = `(lifecycle_step IS NULL OR lifecycle_step IN ('SCREEN', 'WITHDRAW'))`;

/**
 * Reads the declaration archive for the detection history: in pages at start (by event time
 * from a bound), then what arrived since a known id. One query per page or per batch, never
 * one per declaration.
 */
export class DeclarationArchive {
  constructor(private readonly dataSource: DataSource) {}

  /** The latest event time in the archive, if any. */
  async latestEventTime(): Promise<Date | undefined> {
    const [row] = await this.dataSource.query(`SELECT max(submitted_at) AS latest FROM declaration_event`);
    return row?.latest ? new Date(row.latest) : undefined;
  }

  /** Events with event time at or after `from`, in archive order, a page at a time; those the lifecycle only archived left out. */
  async *eventsFrom(from: Date, pageSize = 5000): AsyncGenerator<ArchiveRow[]> {
    let after = '0';
    for (;;) {
      const rows = await this.dataSource.query(
        `SELECT id, payload FROM declaration_event WHERE id > $1 AND submitted_at >= $2 AND ${TAKEN_IN} ORDER BY id LIMIT $3`,
        [after, from.toISOString(), pageSize],
      );
      if (rows.length === 0) return;
      yield rows.map(archiveRow);
      after = String(rows[rows.length - 1].id);
    }
  }

  /**
   * Ids archived after `afterId` and those of `ids` (gaps left by transactions still open when
   * last read), with the events of other instances than `reader`: its own it took in already,
   * and those the lifecycle only archived it must not.
   */
  async eventsAfter(afterId: string, ids: string[], reader: string, limit = 20_000): Promise<ArchiveIdRow[]> {
    const rows: { id: string; payload: unknown }[] = await this.dataSource.query(
      `SELECT id, CASE WHEN archived_by = $3 OR NOT ${TAKEN_IN} THEN NULL ELSE payload END AS payload
         FROM declaration_event WHERE id > $1 OR id = ANY($2::bigint[]) ORDER BY id LIMIT $4`,
      [afterId, ids, reader, limit],
    );
    return rows.map((r) => ({ id: String(r.id), ...(r.payload ? { event: payloadOf(r.payload) } : {}) }));
  }

  /**
   * Archived events as they arrived (bytes of the event), in event-time order, for replay: a
   * page at a time, between two event times, optionally for one export or destination country.
   */
  /** How many archived events the filter selects: what a replay of them will read. */
  async countEvents(filter: ArchiveFilter): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM declaration_event
        WHERE ($1::timestamptz IS NULL OR submitted_at >= $1) AND ($2::timestamptz IS NULL OR submitted_at < $2)
          AND ($3::text IS NULL OR payload->'data'->>'exportCountry' = $3) AND ($4::text IS NULL OR payload->'data'->>'destinationCountry' = $4)`,
      [filter.from?.toISOString() ?? null, filter.until?.toISOString() ?? null, filter.exportCountry ?? null, filter.destinationCountry ?? null],
    );
    return n;
  }

  async *eventsByEventTime(filter: ArchiveFilter, pageSize = 5000): AsyncGenerator<{ id: string; payload: string }[]> {
    let after: { at: string; id: string } = { at: '-infinity', id: '0' };
    for (;;) {
      const rows: { id: string; submitted_at: string; payload: string }[] = await this.dataSource.query(
        `SELECT id, submitted_at::text AS submitted_at, payload::text AS payload FROM declaration_event
          WHERE (submitted_at, id) > ($1::timestamptz, $2::bigint)
            AND ($3::timestamptz IS NULL OR submitted_at >= $3) AND ($4::timestamptz IS NULL OR submitted_at < $4)
            AND ($5::text IS NULL OR payload->'data'->>'exportCountry' = $5) AND ($6::text IS NULL OR payload->'data'->>'destinationCountry' = $6)
          ORDER BY submitted_at, id LIMIT $7`,
        [after.at, after.id, filter.from?.toISOString() ?? null, filter.until?.toISOString() ?? null, filter.exportCountry ?? null, filter.destinationCountry ?? null, pageSize],
      );
      if (rows.length === 0) return;
      yield rows.map((r) => ({ id: String(r.id), payload: r.payload }));
      const last = rows[rows.length - 1];
      after = { at: last.submitted_at, id: String(last.id) };
    }
  }

  /** The decisions of record for declaration revisions, by `<declarationId>:<revision>`. */
  async decisionsOfRecord(revisions: { declarationId: string; revision: number }[]): Promise<Map<string, string>> {
    if (revisions.length === 0) return new Map();
    const rows: { declaration_id: string; revision: number; event: string }[] = await this.dataSource.query(
      `SELECT d.declaration_id, d.revision, d.event FROM screening_decision d
         JOIN unnest($1::text[], $2::int[]) AS x(id, rev) ON d.declaration_id = x.id AND d.revision = x.rev`,
      [revisions.map((r) => r.declarationId), revisions.map((r) => r.revision)],
    );
    return new Map(rows.map((r) => [`${r.declaration_id}:${r.revision}`, r.event]));
  }

  /** Declarations whose hold an officer confirmed. */
  async confirmedDeclarationIds(): Promise<Set<string>> {
    const rows: { declaration_id: string }[] = await this.dataSource.query(`SELECT declaration_id FROM hold_confirmation`);
    return new Set(rows.map((r) => r.declaration_id));
  }

  /** Declarations whose hold officers released from the console (on their own word or with a second officer's approval). */
  async releasedDeclarationIds(): Promise<Set<string>> {
    const rows: { declaration_id: string }[] = await this.dataSource.query(`SELECT DISTINCT declaration_id FROM hold_action WHERE action IN ('RELEASE', 'APPROVE_RELEASE')`);
    return new Set(rows.map((r) => r.declaration_id));
  }

  /** The highest archive id, or '0' for an empty archive. */
  async lastId(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT coalesce(max(id), 0) AS id FROM declaration_event`);
    return String(row.id);
  }

  /** Holds confirmed after `afterSeq`, each with the declaration revision it held. */
  async confirmedHoldsAfter(afterSeq: string): Promise<ConfirmedHold[]> {
    const rows = await this.dataSource.query(
      `SELECT DISTINCT ON (c.seq) c.seq, c.confirmed_at, e.payload
         FROM hold_confirmation c
         JOIN declaration_event e ON e.declaration_id = c.declaration_id AND e.revision = c.revision AND e.event_type <> 'customs.export-declaration.withdrawn.v1'
        WHERE c.seq > $1 ORDER BY c.seq, e.id`,
      [afterSeq],
    );
    return rows.map((r: { seq: string; confirmed_at: Date; payload: unknown }) => ({ seq: String(r.seq), confirmedAt: new Date(r.confirmed_at).toISOString(), event: payloadOf(r.payload) }));
  }
}

function archiveRow(row: { id: string; payload: unknown }): ArchiveRow {
  return { id: String(row.id), event: payloadOf(row.payload) };
}

/** jsonb comes back parsed from `pg`, and as text from some drivers. */
function payloadOf(payload: unknown): DeclarationEvent {
  return (typeof payload === 'string' ? JSON.parse(payload) : payload) as DeclarationEvent;
}
