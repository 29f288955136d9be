import { isUtf8 } from 'node:buffer';
import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import declarationSchema from './schemas/export-declaration.v1.schema.json';
import decisionSchema from './schemas/screening-decision.v1.schema.json';
import { DECLARATION_EVENT_TYPES, DeclarationEvent } from './export-declaration';
import { DecisionEvent } from './screening-decision';

/**
 * Why a record on the declarations topic was refused; travels in the dead-letter headers. The
 * last two are found past the edge: a record the database refused for a data reason, and an
 * event id already archived with other content.
 */
export type RejectionReason = 'OVERSIZE' | 'NOT_JSON' | 'UNKNOWN_TYPE' | 'CONTRACT_VIOLATION' | 'KEY_MISMATCH' | 'FUTURE_EVENT_TIME' | 'DATABASE_REJECTED' | 'EVENT_ID_REUSED';

/**
 * What the ledger can store, stated once and enforced at the edge: a record the contract admits
 * but a column refuses would fail its batch on every retry and stall its partition.
 */
export const LEDGER_LIMITS = {
  /** `revision` is a PostgreSQL integer. */
  maxRevision: 2_147_483_647,
  /** `submitted_at` is a timestamptz; earlier than this is no export declaration. */
  earliestSubmittedAt: '1900-01-01T00:00:00Z',
  /** timestamptz refuses a UTC offset beyond ±15:59 (`+16:00`, `-23:59`), which the date-time format admits. */
  maxUtcOffsetMinutes: 15 * 60 + 59,
  /**
   * Amounts (`totalValue`, an item's `value`) in the declared currency, at most: a trillion US
   * dollars even in the weakest currency, and far from where sums, currency conversion and unit values
   * overflow. (JSON admits 1e400, which JavaScript reads as Infinity and writes back as null.)
   */
  maxAmount: 1e18,
  /** An item's `quantity` in its unit, at least and at most: value per unit stays a finite number. */
  minQuantity: 1e-9,
  maxQuantity: 1e18,
  /**
   * Objects and arrays within one another, the event itself being level 1. Deeper nesting (a
   * valid event needs 6) is no declaration, and would exhaust the stack of recursive code:
   * serialising the event for the archive, jsonb's parser.
   */
  maxNesting: 64,
} as const;

/** The clock at the edge: a declaration dated further ahead than the skew is refused, so no history window moves past the clock. */
export interface EventTimeLimit {
  now: Date;
  maxFutureSkewMs: number;
}

export interface Rejection {
  reason: RejectionReason;
  detail: string;
}

export type RecordVerdict = { accepted: true; event: DeclarationEvent } | { accepted: false; rejection: Rejection };

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateDeclarationEvent: ValidateFunction = ajv.compile(declarationSchema);
const validateDecisionEventFn: ValidateFunction = ajv.compile(decisionSchema);
/**
 * What a goods item's licence may say of itself beyond the v1 schema (validity, destinations,
 * goods): optional, but when present it must be well formed, since rules rely on it.
 */
export const LICENCE_EXTENSION = {
  type: 'object',
  properties: {
    validFrom: { type: 'string', format: 'date' },
    validUntil: { type: 'string', format: 'date' },
    destinations: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{2}$' }, minItems: 1, maxItems: 250 },
    hsCodes: { type: 'array', items: { type: 'string', pattern: '^[0-9]{2,10}$' }, minItems: 1, maxItems: 1000 },
  },
} as const;
const validateLicenceExtensions: ValidateFunction = ajv.compile({
  type: 'object',
  properties: { data: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { licence: LICENCE_EXTENSION } } } } } },
});
const KNOWN_TYPES = new Set<string>(DECLARATION_EVENT_TYPES);
const MAX_DETAIL = 1000;

/**
 * Checks one Kafka record against the export declaration contract, cheapest checks first,
 * so that a hostile or broken producer costs as little as possible.
 */
export function checkDeclarationRecord(key: Buffer | null, value: Buffer | null, maxBytes: number, eventTime?: EventTimeLimit): RecordVerdict {
  const verdict = checkDeclarationValue(value, maxBytes);
  if (!verdict.accepted) return verdict;
  const submittedAt = Date.parse(verdict.event.data.submittedAt);
  if (eventTime && submittedAt > eventTime.now.getTime() + eventTime.maxFutureSkewMs) {
    return reject('FUTURE_EVENT_TIME', `data.submittedAt ${verdict.event.data.submittedAt} is more than ${eventTime.maxFutureSkewMs / 1000} s ahead of the clock (${eventTime.now.toISOString()})`);
  }
  // The key decides the partition, and so the order in which revisions of a declaration are seen:
  // byte for byte, since keys whose bytes differ may decode alike (invalid UTF-8 as U+FFFD).
  const declarationId = verdict.event.data.declarationId;
  if (!key || !key.equals(Buffer.from(declarationId, 'utf8'))) {
    const recordKey = key?.toString('utf8');
    return reject('KEY_MISMATCH', `record key ${recordKey === undefined ? 'is missing' : `"${recordKey}"`}; it must be data.declarationId "${declarationId}"`);
  }
  return verdict;
}

/** Checks a declaration event against the contract, without a record key (a line of an NDJSON file, already text). */
export function checkDeclarationValue(value: Buffer | string | null, maxBytes: number): RecordVerdict {
  if (value === null || value.length === 0) return reject('NOT_JSON', 'record has no value');
  const size = typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : value.length;
  if (size > maxBytes) return reject('OVERSIZE', `record is ${size} bytes, the limit is ${maxBytes}`);
  // Decoding would replace bytes that are not UTF-8 with U+FFFD: the archive would not hold what was sent.
  if (typeof value !== 'string' && !isUtf8(value)) return reject('NOT_JSON', 'record is not valid UTF-8, which JSON text must be');
  const text = typeof value === 'string' ? value : value.toString('utf8');
  // PostgreSQL cannot store U+0000 in text or jsonb: such a record would fail its batch for ever.
  if (text.includes('\\u0000')) return reject('CONTRACT_VIOLATION', 'record contains the escaped NUL character \\u0000');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return reject('NOT_JSON', (error as Error).message);
  }
  const type = typeof parsed === 'object' && parsed !== null ? (parsed as { type?: unknown }).type : undefined;
  if (typeof type === 'string' && !KNOWN_TYPES.has(type)) return reject('UNKNOWN_TYPE', `unknown event type "${type}"`);
  if (!validateDeclarationEvent(parsed)) return reject('CONTRACT_VIOLATION', describe(validateDeclarationEvent.errors));
  if (!validateLicenceExtensions(parsed)) return reject('CONTRACT_VIOLATION', `licence: ${describe(validateLicenceExtensions.errors)}`);
  const event = parsed as DeclarationEvent;
  const beyond = beyondLedger(event);
  if (beyond) return reject('CONTRACT_VIOLATION', beyond);
  const declarationId = event.data.declarationId;
  if (event.subject !== undefined && event.subject !== declarationId) {
    return reject('CONTRACT_VIOLATION', `subject "${event.subject}" differs from data.declarationId "${declarationId}"`);
  }
  return { accepted: true, event };
}

/** Validates an outgoing decision event; used by tests and by replay to prove what it writes. */
export function checkDecisionEvent(event: unknown): { valid: true; event: DecisionEvent } | { valid: false; detail: string } {
  if (validateDecisionEventFn(event)) return { valid: true, event: event as DecisionEvent };
  return { valid: false, detail: describe(validateDecisionEventFn.errors) };
}

/** Why the ledger could not store an event the schema admits (or the screening read it), if it could not. */
function beyondLedger(event: DeclarationEvent): string | undefined {
  const { data } = event;
  if (data.revision > LEDGER_LIMITS.maxRevision) return `data.revision ${data.revision} is above ${LEDGER_LIMITS.maxRevision}, the largest the ledger stores`;
  const time = submittedAtProblem(data.submittedAt);
  if (time) return time;
  if (!(data.totalValue <= LEDGER_LIMITS.maxAmount)) return `data.totalValue ${data.totalValue} is above ${LEDGER_LIMITS.maxAmount}, the largest amount the ledger stores`;
  for (let i = 0; i < data.items.length; i++) {
    const { value, quantity } = data.items[i];
    if (!(value <= LEDGER_LIMITS.maxAmount)) return `data.items.${i}.value ${value} is above ${LEDGER_LIMITS.maxAmount}, the largest amount the ledger stores`;
    if (!(quantity >= LEDGER_LIMITS.minQuantity && quantity <= LEDGER_LIMITS.maxQuantity)) {
      return `data.items.${i}.quantity ${quantity} is outside [${LEDGER_LIMITS.minQuantity}, ${LEDGER_LIMITS.maxQuantity}], the quantities the ledger stores`;
    }
  }
  return unstorableNode(event);
}

const UTC_OFFSET = /([+-])(\d\d):?(\d\d)?$/;

/**
 * The date-time format admits what JavaScript cannot read (a leap second, `+09` without
 * minutes: screening would compute with NaN) and what timestamptz refuses (`+16:00`).
 */
function submittedAtProblem(submittedAt: string): string | undefined {
  const at = Date.parse(submittedAt);
  if (Number.isNaN(at)) return `data.submittedAt ${submittedAt} cannot be read as a point in time (write it as 2026-11-20T08:14:55Z, or with an offset such as +09:00)`;
  const offset = UTC_OFFSET.exec(submittedAt);
  if (offset && Number(offset[2]) * 60 + Number(offset[3] ?? 0) > LEDGER_LIMITS.maxUtcOffsetMinutes) {
    const max = LEDGER_LIMITS.maxUtcOffsetMinutes;
    return `data.submittedAt ${submittedAt} is further from UTC than ±${Math.floor(max / 60)}:${String(max % 60).padStart(2, '0')}, the largest offset the ledger stores`;
  }
  if (at < Date.parse(LEDGER_LIMITS.earliestSubmittedAt)) return `data.submittedAt ${submittedAt} is before ${LEDGER_LIMITS.earliestSubmittedAt}`;
  return undefined;
}

/** No lone surrogate in it (`String.prototype.isWellFormed`, native in Node 20, not yet in the ES2022 lib). */
const wellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

/** An object or array on the way down, with how it was reached (for the path of a refusal). */
interface Visit {
  value: object;
  name: string;
  depth: number;
  parent?: Visit;
}

/**
 * The first node the ledger could not store as it is: nested too deep, a lone surrogate in a
 * string or key, a number JSON cannot write (1e400 reads as Infinity and is written back as
 * null). Iterative, and it stops at the nesting limit: any depth is safe. Runs on every
 * accepted record, so only objects and arrays are stacked; their scalars are checked in place.
 */
function unstorableNode(event: DeclarationEvent): string | undefined {
  const stack: Visit[] = [{ value: event, name: 'event', depth: 1 }];
  const inner: Visit[] = [];
  while (stack.length) {
    const visit = stack.pop()!;
    if (visit.depth > LEDGER_LIMITS.maxNesting) return `${pathOf(visit)} is nested more than ${LEDGER_LIMITS.maxNesting} levels deep, more than the ledger stores`;
    const array = Array.isArray(visit.value) ? (visit.value as unknown[]) : undefined;
    const keys = array ? undefined : Object.keys(visit.value);
    const length = array ? array.length : keys!.length;
    for (let i = 0; i < length; i++) {
      const key = keys?.[i];
      if (key !== undefined && !wellFormed(key)) return `${pathOf(visit)} (a key) holds a lone UTF-16 surrogate, which no UTF-8 store can hold`;
      const value = array ? array[i] : (visit.value as Record<string, unknown>)[key!];
      if (typeof value === 'string') {
        if (!wellFormed(value)) return `${pathOf(visit)}.${key ?? i} holds a lone UTF-16 surrogate, which no UTF-8 store can hold`;
      } else if (typeof value === 'number') {
        if (!Number.isFinite(value)) return `${pathOf(visit)}.${key ?? i} is a number beyond the range of a double, which JSON cannot write back`;
      } else if (typeof value === 'object' && value !== null) {
        inner.push({ value, name: key ?? String(i), depth: visit.depth + 1, parent: visit });
      }
    }
    // In document order: the first child is looked into first.
    while (inner.length) stack.push(inner.pop()!);
  }
  return undefined;
}

function pathOf(visit: Visit): string {
  const names: string[] = [];
  for (let at: Visit | undefined = visit; at; at = at.parent) names.push(at.name);
  return names.reverse().join('.');
}

function reject(reason: RejectionReason, detail: string): RecordVerdict {
  // Never cut a surrogate pair in half: the detail travels as UTF-8 in a header.
  const end = detail.length > MAX_DETAIL && /[\ud800-\udbff]/.test(detail[MAX_DETAIL - 1]) ? MAX_DETAIL - 1 : MAX_DETAIL;
  return { accepted: false, rejection: { reason, detail: detail.slice(0, end) } };
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return ajv.errorsText(errors, { dataVar: 'event', separator: '; ' });
}
