import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDeclarationRecord, checkDecisionEvent } from './validation';
import { describeRole } from './export-declaration';

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

  it('refuses a submission time the screening cannot read or timestamptz cannot store, though the date-time format admits it', () => {
    const at = (submittedAt: string) => {
      const event = structuredClone(example);
      event.data.submittedAt = submittedAt;
      return check(event);
    };
    expect(at('2026-11-20T08:14:55+15:59')).toMatchObject({ accepted: true });
    expect(at('2026-11-20T08:14:55-1559')).toMatchObject({ accepted: true });
    expect(at('2026-11-20T08:14:55+16:00')).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: 'data.submittedAt 2026-11-20T08:14:55+16:00 is further from UTC than ±15:59, the largest offset the ledger stores' } });
    expect(at('2026-11-20T08:14:55-23:59')).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION' } });
    // A leap second and an offset without minutes are valid RFC 3339 to the schema, and NaN to Date.parse.
    expect(at('2025-12-31T23:59:60Z')).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: expect.stringContaining('cannot be read as a point in time') } });
    expect(at('2026-11-20T08:14:55+09')).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: expect.stringContaining('cannot be read as a point in time') } });
    expect(at('1900-01-01T00:00:00Z')).toMatchObject({ accepted: true });
    expect(at('1900-01-01T00:00:00+00:01')).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: expect.stringContaining('is before 1900-01-01T00:00:00Z') } });
  });

  it('refuses amounts and quantities beyond the ledger limits, and numbers JSON cannot write back', () => {
    const json = JSON.stringify(example);
    const withText = (from: string, to: string) => {
      expect(json).toContain(from);
      return check(json.replace(from, to));
    };
    expect(withText('"totalValue":184000', '"totalValue":1e18')).toMatchObject({ accepted: true });
    expect(withText('"totalValue":184000', '"totalValue":1.1e18')).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: 'data.totalValue 1100000000000000000 is above 1000000000000000000, the largest amount the ledger stores' } });
    // 1e400 reads as Infinity, which the archive would have written back as null.
    expect(withText('"totalValue":184000', '"totalValue":1e400')).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: expect.stringContaining('data.totalValue Infinity is above') } });
    expect(withText('"value":150000', '"value":1e19')).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: expect.stringContaining('data.items.0.value') } });
    expect(withText('"quantity":12000', '"quantity":1e-9')).toMatchObject({ accepted: true });
    expect(withText('"quantity":12000', '"quantity":1e18')).toMatchObject({ accepted: true });
    expect(withText('"quantity":12000', '"quantity":5e-324')).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: 'data.items.0.quantity 5e-324 is outside [1e-9, 1000000000000000000], the quantities the ledger stores' } });
    expect(withText('"quantity":12000', '"quantity":1e19')).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION' } });
    expect(withText('"data":{', '"data":{"customsDuty":-1e400,')).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: 'event.data.customsDuty is a number beyond the range of a double, which JSON cannot write back' } });
  });

  it('refuses nesting deeper than the ledger limit, at any depth, without running out of stack', () => {
    // The event is level 1 and data level 2: an extension array nested n deep reaches level n + 2.
    const nested = (levels: number) => check(JSON.stringify(example).replace('"data":{', `"data":{"extension":${'['.repeat(levels)}${']'.repeat(levels)},`));
    expect(nested(62)).toMatchObject({ accepted: true });
    expect(nested(63)).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION', detail: expect.stringMatching(/^event\.data\.extension(\.0){62} is nested more than 64 levels deep/) } });
    expect(nested(300_000)).toMatchObject({ accepted: false, rejection: { reason: 'CONTRACT_VIOLATION' } });
  });

  it('refuses a record that is not UTF-8, rather than archive its bytes replaced', () => {
    const json = JSON.stringify(example);
    const at = json.indexOf('Altyn');
    const latin1 = Buffer.concat([Buffer.from(json.slice(0, at)), Buffer.from([0xc4]), Buffer.from(json.slice(at))]);
    expect(checkDeclarationRecord(KEY, latin1, MAX)).toMatchObject({ accepted: false, rejection: { reason: 'NOT_JSON', detail: 'record is not valid UTF-8, which JSON text must be' } });
    // A CESU-8 surrogate and an overlong "/" are not UTF-8 either.
    for (const bytes of [[0xed, 0xa0, 0x80], [0xc0, 0xaf]]) {
      expect(checkDeclarationRecord(KEY, Buffer.concat([Buffer.from(json.slice(0, at)), Buffer.from(bytes), Buffer.from(json.slice(at))]), MAX)).toMatchObject({ accepted: false, rejection: { reason: 'NOT_JSON' } });
    }
  });

  it('compares the record key with the declaration id byte for byte', () => {
    const event = structuredClone(example);
    event.data.declarationId = event.subject = 'KR-\ufffd-1';
    const value = Buffer.from(JSON.stringify(event));
    expect(checkDeclarationRecord(Buffer.from('KR-\ufffd-1'), value, MAX)).toMatchObject({ accepted: true });
    // Bytes that decode to the same text would put the declaration on another partition.
    const invalid = Buffer.concat([Buffer.from('KR-'), Buffer.from([0xff]), Buffer.from('-1')]);
    expect(invalid.toString('utf8')).toBe('KR-\ufffd-1');
    expect(checkDeclarationRecord(invalid, value, MAX)).toMatchObject({ accepted: false, rejection: { reason: 'KEY_MISMATCH' } });
  });

  it('never cuts a surrogate pair when it shortens a detail', () => {
    // "unknown event type \"" is 20 characters: the emoji's two halves fall on either side of the cut.
    const verdict = check({ ...example, type: `${'x'.repeat(979)}\u{1F680}x` });
    expect(verdict).toMatchObject({ accepted: false, rejection: { reason: 'UNKNOWN_TYPE' } });
    if (!verdict.accepted) expect(verdict.rejection.detail).toBe(`unknown event type "${'x'.repeat(979)}`);
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

describe('describeRole', () => {
  it('reads only its own words: an extra party named after an Object property stays as sent', () => {
    expect(describeRole('constructor')).toBe('constructor');
    expect(describeRole('__proto__')).toBe('__proto__');
    expect(describeRole('intermediaries[1]')).toBe('intermediary 2');
  });
});
