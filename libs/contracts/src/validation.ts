import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import declarationSchema from './schemas/export-declaration.v1.schema.json';
import decisionSchema from './schemas/screening-decision.v1.schema.json';
import { DECLARATION_EVENT_TYPES, DeclarationEvent } from './export-declaration';
import { DecisionEvent } from './screening-decision';

/** Why a record on the declarations topic was refused; travels in the dead-letter headers. */
export type RejectionReason = 'OVERSIZE' | 'NOT_JSON' | 'UNKNOWN_TYPE' | 'CONTRACT_VIOLATION' | 'KEY_MISMATCH';

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
export function checkDeclarationRecord(key: Buffer | null, value: Buffer | null, maxBytes: number): RecordVerdict {
  const verdict = checkDeclarationValue(value, maxBytes);
  if (!verdict.accepted) return verdict;
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

function reject(reason: RejectionReason, detail: string): RecordVerdict {
  return { accepted: false, rejection: { reason, detail: detail.slice(0, MAX_DETAIL) } };
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return ajv.errorsText(errors, { dataVar: 'event', separator: '; ' });
}
