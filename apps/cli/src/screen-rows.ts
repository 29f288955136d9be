import { PartyMatch, PartyScreener } from '@chokepoint/party-screening';
import type { PartyRow } from './party-file';

/** What screening a batch of rows gives: their output lines, in order, and what the summary counts. */
export interface ScreenedBatch {
  /** One JSON line a row, each ending in a newline. */
  lines: string;
  rows: number;
  errors: number;
  withMatches: number;
  /** Rows by the severity of their strongest match. */
  bySeverity: Record<string, number>;
}

export const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

/**
 * Screens rows as the live service's sanctioned-party rule screens a declared party: through
 * the PartyScreener, with the name, country and kind; the row id labels the row and is not an
 * identifier of the party.
 */
export function screenRows(screener: PartyScreener, rows: PartyRow[]): ScreenedBatch {
  const batch: ScreenedBatch = { lines: '', rows: rows.length, errors: 0, withMatches: 0, bySeverity: {} };
  const lines: string[] = [];
  for (const row of rows) {
    const head = { id: row.id, name: row.name ?? null, country: row.country ?? null };
    if (row.error !== undefined || !row.name) {
      batch.errors += 1;
      lines.push(JSON.stringify({ ...head, error: row.error ?? 'no name' }));
      continue;
    }
    const matches = screener.screen({ name: row.name, ...(row.country ? { country: row.country } : {}), identifiers: [], ...(row.kind ? { kind: row.kind } : {}) });
    if (matches.length) {
      batch.withMatches += 1;
      const strongest = strongestSeverity(matches);
      batch.bySeverity[strongest] = (batch.bySeverity[strongest] ?? 0) + 1;
    }
    lines.push(JSON.stringify({ ...head, matches: matches.map(({ list, entryId, matchedName, score, severity }) => ({ list, entryId, matchedName, score, severity })) }));
  }
  batch.lines = lines.length ? `${lines.join('\n')}\n` : '';
  return batch;
}

/** Severities strongest first; one this code does not know comes after those it does. */
export function bySeverity(a: string, b: string): number {
  const rank = (s: string) => (SEVERITY_ORDER.includes(s) ? SEVERITY_ORDER.indexOf(s) : SEVERITY_ORDER.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}

function strongestSeverity(matches: PartyMatch[]): string {
  return matches.map((m) => String(m.severity)).sort(bySeverity)[0];
}
