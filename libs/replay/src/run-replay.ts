import { checkDeclarationValue, Decision, DeclarationEvent } from '@chokepoint/contracts';
import { ComparedDecision, ReplayComparison } from './replay-comparison';
import { ReplayEngine } from './replay-engine';

/** One input record: its text as received, and where it came from (line, archive id, partition and offset). */
export interface ReplayInput {
  text: string;
  /** The line of a file it is on, from 1. */
  line?: number;
  position: string;
}

/** What the candidate is compared with: a second rule set replayed beside it, or the decisions of record. */
export type ReplayBaseline =
  | { kind: 'rule-set'; engine: ReplayEngine }
  | { kind: 'of-record'; lookup: (events: DeclarationEvent[]) => Promise<Map<string, Decision>> };

export interface RunReplayOptions {
  pages: AsyncIterable<ReplayInput[]>;
  candidate: ReplayEngine;
  baseline?: ReplayBaseline;
  comparison: ReplayComparison;
  /** Receives the decision events of a page, one NDJSON line each, in input order. */
  write?: (lines: string) => Promise<void>;
  /** Receives a page's decisions with their baselines (the replay tables). */
  record?: (decisions: ComparedDecision[]) => Promise<void>;
  onProgress?: (events: number) => void;
  maxRecordBytes?: number;
}

type Checked = { accepted: true; event: DeclarationEvent } | { accepted: false; reason: string; position: string };

/**
 * Replays pages of declaration events through the candidate rule set (and the baseline), in input
 * order: validates each record as the live edge does (refused records are counted, not decided),
 * writes the decisions, compares them. Streams: nothing grows with the input but counts.
 */
export async function runReplay(options: RunReplayOptions): Promise<{ events: number; decisions: number }> {
  const totals = { events: 0, decisions: 0 };
  for await (const page of options.pages) await decidePage(check(page, options), options, totals);
  return totals;
}

/** Checks a page against the contract, as the live edge does. */
export function check(page: ReplayInput[], options: { maxRecordBytes?: number }): Checked[] {
  return page.map((input) => {
    const verdict = checkDeclarationValue(input.text, options.maxRecordBytes ?? 1_048_576);
    return verdict.accepted ? { accepted: true, event: verdict.event } : { accepted: false, reason: verdict.rejection.reason, position: input.position };
  });
}

async function decidePage(checked: Checked[], options: RunReplayOptions, totals: { events: number; decisions: number }): Promise<void> {
  const accepted: DeclarationEvent[] = [];
  for (const c of checked) {
    if (c.accepted) accepted.push(c.event);
    else options.comparison.reject(c.reason, c.position);
  }
  const recorded = options.baseline?.kind === 'of-record' ? await options.baseline.lookup(accepted) : undefined;
  const lines: string[] = [];
  const compared: ComparedDecision[] = [];
  for (const event of accepted) {
    const outcome = options.candidate.decide(event);
    const before = options.baseline?.kind === 'rule-set' ? options.baseline.engine.decide(event).decision : recorded?.get(`${event.data.declarationId}:${event.data.revision}`);
    if (!outcome.decision || outcome.step !== 'SCREEN') {
      if (outcome.eventJson) lines.push(outcome.eventJson);
      continue;
    }
    lines.push(outcome.eventJson!);
    const entry = { declarationId: event.data.declarationId, revision: event.data.revision, candidate: outcome.decision, ...(before ? { baseline: before } : {}) };
    options.comparison.add(entry);
    compared.push(entry);
  }
  if (lines.length) await options.write?.(`${lines.join('\n')}\n`);
  if (compared.length) await options.record?.(compared);
  totals.events += checked.length;
  totals.decisions += lines.length;
  options.onProgress?.(totals.events);
}
