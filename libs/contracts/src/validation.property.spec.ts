import fc from 'fast-check';
import { anyMutation, boundaryMutation, HOSTILE_CLOCK, sameJson, HostileRecord, MUTATION_KINDS, MutationKind, recordOf, validEvent } from '../../../test/support/hostile-records';
import { DeclarationEvent } from './export-declaration';
import { checkDeclarationRecord, checkDeclarationValue, LEDGER_LIMITS, RecordVerdict, RejectionReason } from './validation';

/**
 * Hostile and broken input at the edge, property-based: whatever bytes arrive, the check
 * returns a verdict (never throws), a refusal names a reason the dead-letter topic knows, and
 * what it accepts the ledger can store as accepted. Fixed seed, stated number of runs; the
 * figures (cases tried, reasons seen) are printed as one JSON line at the end.
 */

const SEED = 20261120;
const RUNS = { bytes: 5000, strings: 5000, json: 3000, mutations: 10000, accepted: 5000 };
/** The service default (MAX_RECORD_BYTES). */
const MAX_BYTES = 1024 * 1024;
const EVENT_TIME = { now: HOSTILE_CLOCK, maxFutureSkewMs: 86_400_000 };
/** Reasons the edge gives; the ledger adds others past it. */
const EDGE_REASONS: RejectionReason[] = ['OVERSIZE', 'NOT_JSON', 'UNKNOWN_TYPE', 'CONTRACT_VIOLATION', 'KEY_MISMATCH', 'FUTURE_EVENT_TIME'];

/**
 * What PostgreSQL itself admits, stated here independently of LEDGER_LIMITS so that the two are
 * checked against each other: int4, the timestamptz zone displacement, a btree entry.
 */
const POSTGRES = { maxInteger: 2 ** 31 - 1, maxZoneDisplacementMinutes: 15 * 60 + 59, maxBtreeEntryBytes: 2704 };

type Tally = Record<string, number>;
const figures: Record<string, { runs: number; accepted: number; reasons: Tally; byKind?: Record<string, Tally> }> = {};

function tally(property: string, verdict: RecordVerdict, kind?: MutationKind): void {
  const entry = (figures[property] ??= { runs: 0, accepted: 0, reasons: {} });
  entry.runs += 1;
  const outcome = verdict.accepted ? 'ACCEPTED' : verdict.rejection.reason;
  if (verdict.accepted) entry.accepted += 1;
  else entry.reasons[outcome] = (entry.reasons[outcome] ?? 0) + 1;
  if (kind) {
    entry.byKind ??= {};
    const byKind = (entry.byKind[kind] ??= {});
    byKind[outcome] = (byKind[outcome] ?? 0) + 1;
  }
}

/** The edge as the pipeline calls it; a throw fails the property (a batch that throws is retried for ever). */
function check(record: HostileRecord): RecordVerdict {
  return checkDeclarationRecord(record.key, record.value, MAX_BYTES, EVENT_TIME);
}

/** A verdict the pipeline can act on: accepted, or a known reason with a detail to put in the headers. */
function expectWellFormed(verdict: RecordVerdict): void {
  if (verdict.accepted) {
    expect(typeof verdict.event).toBe('object');
    return;
  }
  expect(EDGE_REASONS).toContain(verdict.rejection.reason);
  expect(typeof verdict.rejection.detail).toBe('string');
  expect(verdict.rejection.detail.length).toBeGreaterThan(0);
  expect(verdict.rejection.detail.length).toBeLessThanOrEqual(1000);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why the ledger could not store this accepted event exactly as accepted; empty if it can. */
function ledgerProblems(event: DeclarationEvent, key: Buffer | null): string[] {
  const problems: string[] = [];
  const { data } = event;
  if (!Number.isInteger(data.revision) || data.revision < 0 || data.revision > LEDGER_LIMITS.maxRevision || data.revision > POSTGRES.maxInteger) problems.push(`revision ${data.revision}`);
  const at = Date.parse(data.submittedAt);
  if (!Number.isFinite(at)) problems.push(`submittedAt ${data.submittedAt} cannot be read as a time`);
  else if (at < Date.parse(LEDGER_LIMITS.earliestSubmittedAt)) problems.push(`submittedAt ${data.submittedAt} before ${LEDGER_LIMITS.earliestSubmittedAt}`);
  const zone = /([+-])(\d\d):?(\d\d)?$/.exec(data.submittedAt);
  const displacement = zone ? Number(zone[2]) * 60 + Number(zone[3] ?? 0) : 0;
  if (displacement > LEDGER_LIMITS.maxUtcOffsetMinutes || displacement > POSTGRES.maxZoneDisplacementMinutes) problems.push(`submittedAt ${data.submittedAt}: zone displacement ${displacement} min`);
  const amounts = [data.totalValue, ...data.items.map((item) => item.value)];
  if (amounts.some((v) => !(v >= 0 && v <= LEDGER_LIMITS.maxAmount))) problems.push(`an amount beyond ${LEDGER_LIMITS.maxAmount}: ${amounts.join(', ')}`);
  const quantities = data.items.map((item) => item.quantity);
  if (quantities.some((q) => !(q >= LEDGER_LIMITS.minQuantity && q <= LEDGER_LIMITS.maxQuantity))) problems.push(`a quantity beyond [${LEDGER_LIMITS.minQuantity}, ${LEDGER_LIMITS.maxQuantity}]: ${quantities.join(', ')}`);
  for (const indexed of [event.id, data.declarationId]) if (Buffer.byteLength(indexed, 'utf8') > POSTGRES.maxBtreeEntryBytes) problems.push(`an indexed text of ${Buffer.byteLength(indexed)} bytes`);
  if (!key || !key.equals(Buffer.from(data.declarationId, 'utf8'))) problems.push('the record key is not the declaration id, byte for byte');
  // Every node: nesting, strings and keys PostgreSQL can hold, numbers JSON can write.
  const stack: { value: unknown; depth: number }[] = [{ value: event, depth: 1 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (typeof value === 'string' && (value.includes('\u0000') || LONE_SURROGATE.test(value))) problems.push(`a string PostgreSQL refuses: ${JSON.stringify(value).slice(0, 40)}`);
    if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`a number JSON cannot write: ${value}`);
    if (typeof value !== 'object' || value === null) continue;
    if (depth > LEDGER_LIMITS.maxNesting) {
      problems.push(`nesting deeper than ${LEDGER_LIMITS.maxNesting}`);
      break;
    }
    for (const [k, inner] of Object.entries(value)) {
      if (k.includes('\u0000') || LONE_SURROGATE.test(k)) problems.push(`a key PostgreSQL refuses: ${JSON.stringify(k)}`);
      stack.push({ value: inner, depth: depth + 1 });
    }
  }
  // What the ledger writes (JSON.stringify into jsonb) reads back as what was accepted.
  if (!problems.length && !sameJson(JSON.parse(JSON.stringify(event)), event)) problems.push('the event does not survive JSON serialisation unchanged');
  return problems;
}

/** Strings of any code units: lone surrogates, NUL, JSON punctuation and the odd real event. */
const anyUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udfff', '\u0000', '{', '}', '[', ']', '"', ':', ',', '\\', '\\u0000', '\\ud800', 'e', '1', '-', 'null', '"type":"customs.export-declaration.submitted.v1"') },
);
const anyString = fc.oneof(fc.string({ unit: anyUnit, maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 2000 }));

describe('the edge under hostile and broken input (property-based)', () => {
  afterAll(() => {
    // eslint-disable-next-line no-console
    console.log(JSON.stringify({ suite: 'validation.property', seed: SEED, runsAsked: RUNS, figures }));
  });

  it('(a) returns a verdict for arbitrary bytes as value and key, never throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.option(fc.uint8Array({ maxLength: 96 }), { nil: null }), (value, key) => {
        const verdict = check({ key: key && Buffer.from(key), value: Buffer.from(value) });
        expectWellFormed(verdict);
        tally('a.bytes', verdict);
      }),
      { seed: SEED, numRuns: RUNS.bytes },
    );
    expect(figures['a.bytes'].runs).toBe(RUNS.bytes);
  });

  it('(a) returns a verdict for arbitrary strings as value and key, as a record and as an NDJSON line', () => {
    fc.assert(
      fc.property(anyString, fc.option(anyString, { nil: null }), (value, key) => {
        const verdict = check({ key: key === null ? null : Buffer.from(key, 'utf8'), value: Buffer.from(value, 'utf8') });
        expectWellFormed(verdict);
        tally('a.strings', verdict);
        // A line of an NDJSON file reaches the check as text, lone surrogates and all.
        const line = checkDeclarationValue(value, MAX_BYTES);
        expectWellFormed(line);
        tally('a.ndjson-lines', line);
      }),
      { seed: SEED, numRuns: RUNS.strings },
    );
  });

  it('(a) returns a verdict for arbitrary JSON, with and without a known event type', () => {
    const event = fc.record({ specversion: fc.constant('1.0'), type: fc.constantFrom('customs.export-declaration.submitted.v1', 'customs.export-declaration.withdrawn.v1'), data: fc.jsonValue({ maxDepth: 4 }) }, { requiredKeys: ['type'] });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 6 }), event), anyString, (json, key) => {
        const verdict = check({ key: Buffer.from(key), value: Buffer.from(JSON.stringify(json) ?? '') });
        expectWellFormed(verdict);
        tally('a.json', verdict);
      }),
      { seed: SEED, numRuns: RUNS.json },
    );
  });

  it('(b) ends every mutation of a valid event in a verdict, and what it accepts the ledger stores', () => {
    fc.assert(
      fc.property(validEvent, anyMutation, (base, mutation) => {
        const record = mutation.apply(base);
        const verdict = check(record);
        expectWellFormed(verdict);
        if (verdict.accepted) expect(ledgerProblems(verdict.event, record.key)).toEqual([]);
        tally('b.mutations', verdict, mutation.kind);
      }),
      { seed: SEED, numRuns: RUNS.mutations },
    );
    // Every kind of mutation was tried, and most are refused for the reason that fits them.
    expect(Object.keys(figures['b.mutations'].byKind ?? {}).sort()).toEqual([...MUTATION_KINDS].sort());
  });

  it('(c) accepts valid events, and every event it accepts is within the ledger limits', () => {
    let valid = 0;
    fc.assert(
      fc.property(validEvent, fc.option(boundaryMutation, { nil: undefined, freq: 2 }), (base, mutation) => {
        const record = mutation ? mutation.apply(base) : recordOf(base);
        const verdict = check(record);
        expectWellFormed(verdict);
        if (!mutation) {
          valid += 1;
          // An unmutated valid event is accepted as it is.
          expect(verdict).toMatchObject({ accepted: true });
        }
        if (verdict.accepted) expect(ledgerProblems(verdict.event, record.key)).toEqual([]);
        tally('c.within-limits', verdict, mutation?.kind);
      }),
      { seed: SEED, numRuns: RUNS.accepted },
    );
    expect(valid).toBeGreaterThan(RUNS.accepted / 10);
    // The property is not vacuous: a good share of the boundary cases is accepted.
    expect(figures['c.within-limits'].accepted).toBeGreaterThan(RUNS.accepted / 4);
  });
});
