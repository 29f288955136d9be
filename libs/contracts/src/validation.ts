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
  // The key decides the partition, and so the order in which revisions of a declaration are seen.
  const declarationId = verdict.event.data.declarationId;
  const recordKey = key?.toString('utf8');
  if (recordKey !== declarationId) {
    return reject('KEY_MISMATCH', `record key ${recordKey === undefined ? 'is missing' : `"${recordKey}"`}; it must be data.declarationId "${declarationId}"`);
  }
  return verdict;
}

/** Checks a declaration event against the contract, without a record key (a line of an NDJSON file, already text). */
export function checkDeclarationValue(value: Buffer | string | null, maxBytes: number): RecordVerdict {
  if (value === null || value.length === 0) return reject('NOT_JSON', 'record has no value');
  const size = typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : value.length;
  if (size > maxBytes) return reject('OVERSIZE', `record is ${size} bytes, the limit is ${maxBytes}`);
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

/** Why the ledger could not store an event the schema admits, if it could not. */
function beyondLedger(event: DeclarationEvent): string | undefined {
  if (event.data.revision > LEDGER_LIMITS.maxRevision) return `data.revision ${event.data.revision} is above ${LEDGER_LIMITS.maxRevision}, the largest the ledger stores`;
  if (Date.parse(event.data.submittedAt) < Date.parse(LEDGER_LIMITS.earliestSubmittedAt)) return `data.submittedAt ${event.data.submittedAt} is before ${LEDGER_LIMITS.earliestSubmittedAt}`;
  const lone = loneSurrogateAt(event, 'event');
  return lone ? `${lone} holds a lone UTF-16 surrogate, which no UTF-8 store can hold` : undefined;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string (or key) holding a lone surrogate, if any. */
function loneSurrogateAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (LONE_SURROGATE.test(key)) return `${path} (a key)`;
    const found = loneSurrogateAt(inner, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

function reject(reason: RejectionReason, detail: string): RecordVerdict {
  return { accepted: false, rejection: { reason, detail: detail.slice(0, MAX_DETAIL) } };
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return ajv.errorsText(errors, { dataVar: 'event', separator: '; ' });
}
