import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDeclarationRecord, checkDecisionEvent } from './validation';

const SHARED = join(__dirname, '../../../../shared/contracts');
const example = JSON.parse(readFileSync(join(SHARED, 'example-declaration.json'), 'utf8'));
const KEY = Buffer.from(example.data.declarationId);
const MAX = 1024 * 1024;

function check(event: unknown, key: Buffer | null = KEY, max = MAX) {
  return checkDeclarationRecord(key, Buffer.from(typeof event === 'string' ? event : JSON.stringify(event)), max);
}

function reasonOf(event: unknown, key: Buffer | null = KEY, max = MAX) {
  const verdict = check(event, key, max);
  return verdict.accepted ? 'ACCEPTED' : verdict.rejection.reason;
}

describe('checkDeclarationRecord', () => {
  it('accepts the example declaration of the shared contracts', () => {
    const verdict = check(example);
    expect(verdict.accepted).toBe(true);
    if (verdict.accepted) expect(verdict.event.data.items).toHaveLength(2);
  });

  it('refuses records that are not JSON, or empty', () => {
    expect(reasonOf('{"specversion": "1.0",')).toBe('NOT_JSON');
    expect(checkDeclarationRecord(KEY, null, MAX)).toMatchObject({ accepted: false, rejection: { reason: 'NOT_JSON' } });
  });

  it('refuses records over the size limit before parsing them', () => {
    expect(reasonOf(example, KEY, 100)).toBe('OVERSIZE');
  });

  it('names an unknown event type as such', () => {
    const verdict = check({ ...example, type: 'customs.export-declaration.cancelled.v1' });
    expect(verdict).toMatchObject({ accepted: false, rejection: { reason: 'UNKNOWN_TYPE', detail: expect.stringContaining('cancelled') } });
  });

  it('refuses a wrong shape and says where', () => {
    const noConsignee = structuredClone(example);
    delete noConsignee.data.parties.consignee;
    const verdict = check(noConsignee);
    expect(verdict).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: expect.stringContaining('consignee') } });

    const badCountry = structuredClone(example);
    badCountry.data.destinationCountry = 'Kyrgyzstan';
    expect(reasonOf(badCountry)).toBe('CONTRACT_VIOLATION');

    const badHs = structuredClone(example);
    badHs.data.items[0].hsCode = '85.42';
    expect(reasonOf(badHs)).toBe('CONTRACT_VIOLATION');

    const badTime = structuredClone(example);
    badTime.data.submittedAt = 'yesterday';
    expect(reasonOf(badTime)).toBe('CONTRACT_VIOLATION');

    expect(reasonOf({ ...example, specversion: '0.3' })).toBe('CONTRACT_VIOLATION');
    expect(reasonOf([example])).toBe('CONTRACT_VIOLATION');
  });

  it('keeps unknown extra fields (the contract allows them)', () => {
    const extended = structuredClone(example);
    extended.data.customsOffice = 'KR0101';
    expect(reasonOf(extended)).toBe('ACCEPTED');
  });

  it("accepts what a licence says of itself (validity, destinations, goods), and refuses it malformed", () => {
    const withLicence = (licence: Record<string, unknown>) => {
      const event = structuredClone(example);
      event.data.items[0].licence = { number: 'E-2026-00418', type: 'INDIVIDUAL', ...licence };
      return event;
    };
    expect(reasonOf(withLicence({ validFrom: '2026-01-01', validUntil: '2026-12-31', destinations: ['VN'], hsCodes: ['8457', '903180'] }))).toBe('ACCEPTED');
    const verdict = check(withLicence({ validUntil: '31/12/2026' }));
    expect(verdict).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: expect.stringContaining('validUntil') } });
    expect(reasonOf(withLicence({ destinations: ['Vietnam'] }))).toBe('CONTRACT_VIOLATION');
    expect(reasonOf(withLicence({ hsCodes: '8457' }))).toBe('CONTRACT_VIOLATION');
  });

  it('refuses what the contract admits but the ledger cannot store, saying why', () => {
    const variant = (change: (data: Record<string, unknown>) => void) => {
      const event = structuredClone(example);
      change(event.data);
      return check(event);
    };
    expect(variant((d) => (d.revision = 2_147_483_647))).toMatchObject({ accepted: true });
    expect(variant((d) => (d.revision = 2_147_483_648))).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: 'data.revision 2147483648 is above 2147483647, the largest the ledger stores' } });
    expect(variant((d) => (d.submittedAt = '0000-01-01T00:00:00Z'))).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION' } });
    const lone = variant((d) => ((d.parties as { consignee: { name: string } }).consignee.name = 'Nordic \ud800 Supply'));
    expect(lone).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: 'event.data.parties.consignee.name holds a lone UTF-16 surrogate, which no UTF-8 store can hold' } });
    // A surrogate pair (an emoji) is a character like any other.
    expect(variant((d) => ((d.parties as { consignee: { name: string } }).consignee.name = 'Nordic \ud83d\ude80 Supply'))).toMatchObject({ accepted: true });
  });

  it('refuses a declaration dated further ahead of the clock than the skew allows', () => {
    const at = (submittedAt: string) => {
      const event = structuredClone(example);
      event.data.submittedAt = submittedAt;
      return checkDeclarationRecord(KEY, Buffer.from(JSON.stringify(event)), MAX, { now: new Date('2026-11-20T09:00:00Z'), maxFutureSkewMs: 3_600_000 });
    };
    expect(at('2026-11-20T09:59:59Z')).toMatchObject({ accepted: true });
    expect(at('9999-12-31T00:00:00Z')).toMatchObject({ accepted: false, rejection: { reason: 'FUTURE_EVENT_TIME', detail: 'data.submittedAt 9999-12-31T00:00:00Z is more than 3600 s ahead of the clock (2026-11-20T09:00:00.000Z)' } });
  });

  it('requires the record key to be the declaration id, which fixes the order of its revisions', () => {
    expect(reasonOf(example, Buffer.from('another-id'))).toBe('KEY_MISMATCH');
    expect(reasonOf(example, null)).toBe('KEY_MISMATCH');
  });

  it('refuses a subject that differs from the declaration id', () => {
    expect(reasonOf({ ...example, subject: 'something-else' })).toBe('CONTRACT_VIOLATION');
  });

  it('refuses the NUL character, which PostgreSQL cannot store', () => {
    const withNul = structuredClone(example);
    withNul.data.items[0].description = 'chips\u0000';
    expect(reasonOf(withNul)).toBe('CONTRACT_VIOLATION');
  });
});

describe('contract schemas', () => {
  it.each(['export-declaration.v1.schema.json', 'screening-decision.v1.schema.json'])('%s is the shared contract, unchanged', (file) => {
    const ours = JSON.parse(readFileSync(join(__dirname, 'schemas', file), 'utf8'));
    const shared = JSON.parse(readFileSync(join(SHARED, file), 'utf8'));
    expect(ours).toEqual(shared);
  });

  it('checkDecisionEvent refuses a decision without its lane', () => {
    const verdict = checkDecisionEvent({ specversion: '1.0', id: 'x', source: 's', type: 'screening.decision.hold.v1', time: '2026-11-20T08:15:00Z', data: { decisionId: 'x' } });
    expect(verdict.valid).toBe(false);
  });
});
