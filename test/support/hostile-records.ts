import fc from 'fast-check';
import type { DeclarationEvent, DeclarationEventType } from '@chokepoint/contracts';

/**
 * Hostile and broken records for the declarations topic, for property-based tests: valid
 * declaration events, and mutations of them of every kind a broken or hostile producer sends.
 * A mutation is applied to a valid event; the same mutations serve the unit properties (the
 * edge alone) and the end-to-end run (edge, screening and ledger on a real database).
 */

export const MUTATION_KINDS = [
  'MALFORMED_JSON',
  'WRONG_TYPE',
  'MISSING_FIELD',
  'EXTRA_FIELD',
  'STRING_LIMIT',
  'ARRAY_LIMIT',
  'DEEP_NESTING',
  'INVALID_UTF8',
  'LONE_SURROGATE',
  'PROTOTYPE_KEY',
  'NUMBER_RANGE',
  'DATE_RANGE',
  'RECORD_KEY',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** A Kafka record as the edge receives it. */
export interface HostileRecord {
  key: Buffer | null;
  value: Buffer | null;
}

export interface Mutation {
  kind: MutationKind;
  label: string;
  /** The record this mutation makes of a valid event (which it leaves unchanged). */
  apply(base: DeclarationEvent): HostileRecord;
}

type Path = (string | number)[];
type Tree = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Valid events

const COUNTRIES = ['KR', 'SE', 'US', 'DE', 'VN', 'CN', 'AE', 'KG', 'RU', 'JP', 'TR', 'IN', 'GB', 'FR'] as const;
const HS_CODES = ['8542310000', '8471500000', '6109100000', '854231', '8457100000', '9031800000', '8482100000', '880240'] as const;
const PARTY_NAMES = ['Hanbit Electronics Co., Ltd.', 'Nordic Industrial Supply AB', 'Midwest Precision Inc.', 'Altyn Trade Logistics LLC', 'OOO Vektor Komponent', '주식회사 한빛전자', 'Торговый дом Север', '深圳市华强电子有限公司', 'شركة الخليج للتجارة'] as const;

/** Text in any script, emoji (surrogate pairs) and combining marks included. */
const text = (minLength: number, maxLength: number) => fc.oneof(fc.string({ unit: 'grapheme', minLength, maxLength }), fc.string({ unit: 'binary', minLength, maxLength }).filter((s) => !s.includes('\u0000')));

const party = (country?: string) =>
  fc.record(
    {
      name: fc.oneof(fc.constantFrom(...PARTY_NAMES), text(1, 40)),
      country: country ? fc.constant(country) : fc.constantFrom(...COUNTRIES),
      partyId: fc.stringMatching(/^[0-9A-Z-]{3,20}$/),
      address: text(0, 60),
      email: fc.constantFrom('trade@example.com', 'info@example.kr'),
      phone: fc.constantFrom('+82 2 555 0100', '+46 8 123 45'),
      kind: fc.constantFrom('MANUFACTURER', 'TRADER', 'FREIGHT_FORWARDER', 'END_USER', 'GOVERNMENT', 'INDIVIDUAL', 'UNKNOWN'),
    },
    { requiredKeys: ['name', 'country'] },
  );

const day = (from: string, to: string) => fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const goodsItem = (lineNumber: number) =>
  fc.record(
    {
      lineNumber: fc.constant(lineNumber),
      hsCode: fc.oneof(fc.constantFrom(...HS_CODES), fc.stringMatching(/^[0-9]{6,10}$/)),
      description: text(1, 40),
      quantity: fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0.001, max: 1e6, noNaN: true, noDefaultInfinity: true })),
      unit: fc.constantFrom('PCE', 'KGM', 'SET', 'MTR', 'LTR'),
      value: fc.integer({ min: 0, max: 10_000_000 }),
      originCountry: fc.constantFrom(...COUNTRIES),
      controlCode: fc.constantFrom('3A001', 'ML4', '5A002', 'EAR99'),
      licence: fc.record(
        {
          number: fc.stringMatching(/^[A-Z]-20[0-9]{2}-[0-9]{5}$/),
          type: fc.constantFrom('INDIVIDUAL', 'GENERAL', 'EXEMPTION'),
          validFrom: day('2025-01-01', '2026-06-30'),
          validUntil: day('2026-07-01', '2027-12-31'),
          destinations: fc.array(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 3 }),
          hsCodes: fc.array(fc.constantFrom('8542', '8471', '845710', '9031'), { minLength: 1, maxLength: 3 }),
        },
        { requiredKeys: ['number'] },
      ),
    },
    { requiredKeys: ['lineNumber', 'hsCode', 'description', 'quantity', 'unit', 'value', 'originCountry'] },
  );

/** Built once: building arbitraries (graphemes, patterns) is dear, drawing from them is not. */
const GOODS_ITEMS = [1, 2, 3, 4].map(goodsItem);

/** The screening clock of the tests: declarations are dated before it. */
export const HOSTILE_CLOCK = new Date('2026-11-20T09:00:00Z');

/** A valid declaration event: the contract admits it and the ledger stores it. */
export const validEvent: fc.Arbitrary<DeclarationEvent> = fc
  .record({
    id: fc.uuid(),
    declarationId: fc.oneof(fc.stringMatching(/^[0-9]{5}-[0-9]{2}-[0-9]{7}[A-Z]$/), fc.stringMatching(/^[A-Z]{2}-[A-Z0-9-]{4,20}$/), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((s) => !s.includes('\u0000'))),
    revision: fc.nat({ max: 3 }),
    type: fc.oneof(
      { weight: 6, arbitrary: fc.constant<DeclarationEventType>('customs.export-declaration.submitted.v1') },
      { weight: 3, arbitrary: fc.constant<DeclarationEventType>('customs.export-declaration.amended.v1') },
      { weight: 1, arbitrary: fc.constant<DeclarationEventType>('customs.export-declaration.withdrawn.v1') },
    ),
    submittedAt: fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date(HOSTILE_CLOCK.getTime() - 60_000), noInvalidDate: true }),
    offset: fc.constantFrom('Z', '+09:00', '-05:00', '+05:30', '+00:00'),
    exportCountry: fc.constantFrom(...COUNTRIES),
    destinationCountry: fc.constantFrom(...COUNTRIES),
    exporter: party('KR'),
    consignee: party(),
    endUser: fc.option(party(), { nil: undefined }),
    intermediaries: fc.option(fc.array(party(), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    transitCountries: fc.option(fc.array(fc.constantFrom(...COUNTRIES), { maxLength: 3 }), { nil: undefined }),
    items: fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...GOODS_ITEMS.slice(0, n))),
    subject: fc.boolean(),
  })
  .map((g) => {
    const items = g.items.map((item) => ({ ...item }));
    const data: Tree = {
      declarationId: g.declarationId,
      revision: g.type === 'customs.export-declaration.submitted.v1' ? 0 : g.revision,
      declarationType: 'EXPORT',
      submittedAt: withOffset(g.submittedAt, g.offset),
      exportCountry: g.exportCountry,
      destinationCountry: g.destinationCountry,
      transportMode: 'SEA',
      incoterm: 'FOB',
      currency: 'USD',
      totalValue: items.reduce((sum, item) => sum + item.value, 0),
      parties: {
        exporter: g.exporter,
        consignee: g.consignee,
        ...(g.endUser ? { endUser: g.endUser } : {}),
        ...(g.intermediaries ? { intermediaries: g.intermediaries } : {}),
      },
      items,
      ...(g.transitCountries ? { transitCountries: g.transitCountries } : {}),
    };
    return {
      specversion: '1.0',
      id: g.id,
      source: 'urn:customs:kr:unipass',
      type: g.type,
      time: new Date(g.submittedAt.getTime() + 5000).toISOString(),
      ...(g.subject ? { subject: g.declarationId } : {}),
      datacontenttype: 'application/json',
      data,
    } as unknown as DeclarationEvent;
  });

/** An ISO date-time of the same instant written with a UTC offset. */
function withOffset(at: Date, offset: string): string {
  if (offset === 'Z') return at.toISOString();
  const sign = offset[0] === '-' ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return `${new Date(at.getTime() + minutes * 60_000).toISOString().slice(0, 23)}${offset}`;
}

// ---------------------------------------------------------------------------------------------
// Mutations

const mutation = (kind: MutationKind, label: string, apply: (base: DeclarationEvent) => HostileRecord): Mutation => ({
  kind,
  label,
  apply,
  [fc.toStringMethod]: () => `${kind}: ${label}`,
} as Mutation);

/** Mutates a copy of the event as a tree, then serialises it; raw JSON number/value texts replace their markers. */
function viaTree(kind: MutationKind, label: string, change: (tree: Tree, raw: (text: string) => string) => void): Mutation {
  return mutation(kind, label, (base) => {
    const tree = structuredClone(base) as unknown as Tree;
    const raws: string[] = [];
    change(tree, (rawText) => {
      raws.push(rawText);
      return `@@RAW${raws.length - 1}@@`;
    });
    let json = JSON.stringify(tree);
    raws.forEach((rawText, i) => (json = json.split(`"@@RAW${i}@@"`).join(rawText)));
    return { key: keyOf(tree, base), value: Buffer.from(json, 'utf8') };
  });
}

/** The record key a producer would send: the (mutated) declaration id when it is a string. */
function keyOf(tree: Tree, base: DeclarationEvent): Buffer {
  const id = (tree.data as Tree | undefined)?.declarationId;
  return Buffer.from(typeof id === 'string' ? id : base.data.declarationId, 'utf8');
}

/** Every node of a tree (root excluded), with its path; iterative, so any depth is fine. */
function nodesOf(tree: unknown): { path: Path; value: unknown }[] {
  const found: { path: Path; value: unknown }[] = [];
  const stack: { path: Path; value: unknown }[] = [{ path: [], value: tree }];
  while (stack.length) {
    const { path, value } = stack.pop()!;
    if (path.length) found.push({ path, value });
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ path: [...path, i], value: v }));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) stack.push({ path: [...path, k], value: v });
  }
  return found;
}

/** The first n code points (never half a surrogate pair). */
function head(s: string, n: number): string {
  return [...s].slice(0, n).join('');
}

function pick<T>(list: T[], n: number): T | undefined {
  return list.length ? list[n % list.length] : undefined;
}

function parentOf(tree: Tree, path: Path, create: boolean): Tree | unknown[] | undefined {
  let node: unknown = tree;
  for (const step of path.slice(0, -1)) {
    const parent = node as Tree;
    if (typeof parent[step as string] !== 'object' || parent[step as string] === null) {
      if (!create) return undefined;
      defineOwn(parent, step, {});
    }
    node = parent[step as string];
  }
  return node as Tree;
}

function setAt(tree: Tree, path: Path, value: unknown): void {
  const parent = parentOf(tree, path, true) as Tree;
  defineOwn(parent, path[path.length - 1], value);
}

function deleteAt(tree: Tree, path: Path): void {
  const parent = parentOf(tree, path, false);
  const last = path[path.length - 1];
  if (Array.isArray(parent)) parent.splice(last as number, 1);
  else if (parent) delete (parent as Tree)[last as string];
}

/** An own, enumerable property, whatever its name (`__proto__` too): what JSON.parse makes of a key. */
function defineOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const MARK = '@@MARK@@';

/** The event serialised with MARK in one of its strings, so bytes can be put there. */
function withMark(base: DeclarationEvent, n: number, mark = MARK): { tree: Tree; json: string } {
  const tree = structuredClone(base) as unknown as Tree;
  const strings = nodesOf(tree).filter((node) => typeof node.value === 'string');
  const { path, value } = pick(strings, n)!;
  const s = value as string;
  const at = n % (s.length + 1);
  setAt(tree, path, `${s.slice(0, at)}${mark}${s.slice(at)}`);
  return { tree, json: JSON.stringify(tree) };
}

function bytesWithMark(json: string, bytes: Buffer | string): Buffer {
  const parts = json.split(MARK).map((part) => Buffer.from(part, 'utf8'));
  const insert = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return Buffer.concat(parts.flatMap((part, i) => (i ? [insert, part] : [part])));
}

const malformedJson: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n) => mutation('MALFORMED_JSON', 'truncated', (base) => {
    const json = JSON.stringify(base);
    return { key: Buffer.from(base.data.declarationId), value: Buffer.from(json.slice(0, n % json.length)) };
  })),
  fc.tuple(fc.nat(), fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', 'x', '\u0000', '\n', '\u2028')).map(([n, c]) =>
    mutation('MALFORMED_JSON', `inserted ${JSON.stringify(c)}`, (base) => {
      const json = JSON.stringify(base);
      const at = n % json.length;
      return { key: Buffer.from(base.data.declarationId), value: Buffer.from(json.slice(0, at) + c + json.slice(at)) };
    }),
  ),
  fc.nat().map((n) => mutation('MALFORMED_JSON', 'character deleted', (base) => {
    const json = JSON.stringify(base);
    const at = n % json.length;
    return { key: Buffer.from(base.data.declarationId), value: Buffer.from(json.slice(0, at) + json.slice(at + 1)) };
  })),
  fc.nat().map((n) => mutation('MALFORMED_JSON', 'raw control character in a string', (base) => {
    const { json } = withMark(base, n);
    return { key: Buffer.from(base.data.declarationId), value: bytesWithMark(json, '\t\u0000\n') };
  })),
  fc.constantFrom(
    ['trailing garbage', (j: string) => `${j} }`],
    ['trailing comma', (j: string) => j.replace(/}$/, ',}')],
    ['two events on one record', (j: string) => `${j}\n${j}`],
    ['single quotes', (j: string) => j.replace(/"/g, "'")],
    ['a comment', (j: string) => `/* event */${j}`],
    ['byte order mark', (j: string) => `\ufeff${j}`],
    ['NaN for a number', (j: string) => j.replace(/"revision":\d+/, '"revision":NaN')],
    ['Infinity for a number', (j: string) => j.replace(/"totalValue":[0-9.e+-]+/, '"totalValue":Infinity')],
    ['hex number', (j: string) => j.replace(/"revision":\d+/, '"revision":0x10')],
    ['leading zeros', (j: string) => j.replace(/"revision":\d+/, '"revision":007')],
    ['empty', () => ''],
    ['whitespace', () => ' \n\t '],
    ['JSON null', () => 'null'],
    ['JSON array', (j: string) => `[${j}]`],
    ['JSON string', (j: string) => JSON.stringify(j)],
    ['JSON number', () => '42'],
  ).map(([label, change]) => mutation('MALFORMED_JSON', label, (base) => ({ key: Buffer.from(base.data.declarationId), value: Buffer.from((change as (j: string) => string)(JSON.stringify(base))) }))),
  fc.constant(mutation('MALFORMED_JSON', 'no value (tombstone)', (base) => ({ key: Buffer.from(base.data.declarationId), value: null }))),
  fc.constant(mutation('MALFORMED_JSON', 'UTF-16 encoded', (base) => ({ key: Buffer.from(base.data.declarationId), value: Buffer.from(JSON.stringify(base), 'utf16le') }))),
);

const WRONG_VALUES: unknown[] = [42, -1, 0, 1.5, 'text', '', '42', true, false, null, [], {}, [1, 'a'], { x: 1 }, ['KR'], { name: 'X', country: 'KR' }];

const wrongType = fc.tuple(fc.nat(), fc.constantFrom(...WRONG_VALUES)).map(([n, value]) =>
  viaTree('WRONG_TYPE', `a node set to ${JSON.stringify(value)}`, (tree) => {
    const node = pick(nodesOf(tree), n)!;
    if (typeof node.value === typeof value && !Array.isArray(value)) setAt(tree, node.path, Array.isArray(node.value) ? {} : [value]);
    else setAt(tree, node.path, value);
  }),
);

const REQUIRED: Path[] = [['specversion'], ['id'], ['source'], ['type'], ['time'], ['data'], ['data', 'declarationId'], ['data', 'revision'], ['data', 'submittedAt'], ['data', 'exportCountry'], ['data', 'destinationCountry'], ['data', 'currency'], ['data', 'totalValue'], ['data', 'parties'], ['data', 'items'], ['data', 'parties', 'exporter'], ['data', 'parties', 'consignee'], ['data', 'parties', 'consignee', 'name'], ['data', 'parties', 'exporter', 'country'], ['data', 'items', 0], ['data', 'items', 0, 'lineNumber'], ['data', 'items', 0, 'hsCode'], ['data', 'items', 0, 'description'], ['data', 'items', 0, 'quantity'], ['data', 'items', 0, 'unit'], ['data', 'items', 0, 'value'], ['data', 'items', 0, 'originCountry']];

const missingField = fc.oneof(
  fc.constantFrom(...REQUIRED).map((path) => viaTree('MISSING_FIELD', `required ${path.join('.')} missing`, (tree) => deleteAt(tree, path))),
  fc.nat().map((n) => viaTree('MISSING_FIELD', 'any node missing', (tree) => deleteAt(tree, pick(nodesOf(tree), n)!.path))),
);

const WEIRD_KEYS = ['', ' ', 'x', 'data', 'type', '$ref', '\u00e9', '\u{1F680}', 'a.b', 'a\\b', '"', '\n', '\u2028', 'k'.repeat(5000)];
const extraField = fc
  .tuple(fc.nat(), fc.oneof(fc.constantFrom(...WEIRD_KEYS), text(1, 12)), fc.jsonValue({ maxDepth: 3 }))
  .map(([n, key, value]) =>
    viaTree('EXTRA_FIELD', `extra field ${JSON.stringify(key).slice(0, 20)}`, (tree) => {
      const objects = [{ path: [] as Path, value: tree as unknown }, ...nodesOf(tree)].filter((node) => typeof node.value === 'object' && node.value !== null && !Array.isArray(node.value));
      const target = pick(objects, n)!;
      setAt(tree, [...target.path, key], value);
    }),
  );

/** String fields with their contract bounds, in code points. */
const STRING_BOUNDS: { path: Path; min: number; max: number }[] = [
  { path: ['id'], min: 1, max: 128 },
  { path: ['source'], min: 1, max: 256 },
  { path: ['data', 'declarationId'], min: 1, max: 64 },
  { path: ['data', 'parties', 'exporter', 'partyId'], min: 0, max: 64 },
  { path: ['data', 'parties', 'exporter', 'name'], min: 1, max: 512 },
  { path: ['data', 'parties', 'consignee', 'name'], min: 1, max: 512 },
  { path: ['data', 'parties', 'consignee', 'address'], min: 0, max: 1024 },
  { path: ['data', 'parties', 'consignee', 'email'], min: 0, max: 256 },
  { path: ['data', 'parties', 'consignee', 'phone'], min: 0, max: 64 },
  { path: ['data', 'items', 0, 'description'], min: 1, max: 1024 },
  { path: ['data', 'items', 0, 'unit'], min: 1, max: 8 },
  { path: ['data', 'items', 0, 'controlCode'], min: 0, max: 16 },
  { path: ['data', 'items', 0, 'licence', 'number'], min: 1, max: 64 },
];
/** ASCII, Latin, Hangul, an emoji (two UTF-16 units, one code point), a combining mark. */
const LENGTH_UNITS = ['a', '\u00e9', '\ud55c', '\u{1F680}', 'e\u0301'];

const stringLimit = fc
  .tuple(fc.constantFrom(...STRING_BOUNDS), fc.constantFrom(...LENGTH_UNITS), fc.constantFrom('min-1', 'min', 'max', 'max+1', '10x'))
  .map(([bound, unit, at]) => {
    const length = { 'min-1': bound.min - 1, min: bound.min, max: bound.max, 'max+1': bound.max + 1, '10x': bound.max * 10 }[at];
    return viaTree('STRING_LIMIT', `${bound.path.join('.')} of ${at} (${Math.max(length, 0)}) x ${JSON.stringify(unit)}`, (tree) => {
      // A combining sequence is two code points: count them so that "max" is exactly the bound.
      const codePoints = [...unit].length;
      const value = length < 0 ? null : unit.repeat(Math.floor(length / codePoints)) + 'a'.repeat(length % codePoints);
      if (value === null) return deleteAt(tree, bound.path);
      setAt(tree, bound.path, value);
      if (bound.path[1] === 'declarationId' && 'subject' in tree) tree.subject = value;
    });
  });

const ARRAY_BOUNDS: { path: Path; max: number; element: (i: number) => unknown }[] = [
  { path: ['data', 'items'], max: 999, element: (i) => ({ lineNumber: Math.min(i + 1, 999), hsCode: '8482100000', description: 'Ball bearings', quantity: 10, unit: 'PCE', value: 10, originCountry: 'KR' }) },
  { path: ['data', 'transitCountries'], max: 20, element: (i) => COUNTRIES[i % COUNTRIES.length] },
  { path: ['data', 'parties', 'intermediaries'], max: 20, element: (i) => ({ name: `Intermediary ${i}`, country: COUNTRIES[i % COUNTRIES.length] }) },
  { path: ['data', 'items', 0, 'licence', 'destinations'], max: 250, element: (i) => COUNTRIES[i % COUNTRIES.length] },
  { path: ['data', 'items', 0, 'licence', 'hsCodes'], max: 1000, element: (i) => String(10 + (i % 90)) },
];

const arrayLimit = fc.tuple(fc.constantFrom(...ARRAY_BOUNDS), fc.constantFrom('empty', 'max-1', 'max', 'max+1')).map(([bound, at]) => {
  const length = { empty: 0, 'max-1': bound.max - 1, max: bound.max, 'max+1': bound.max + 1 }[at];
  return viaTree('ARRAY_LIMIT', `${bound.path.join('.')} of ${length}`, (tree) => {
    if (bound.path.includes('licence')) setAt(tree, ['data', 'items', 0, 'licence', 'number'], 'E-2026-00418');
    setAt(tree, bound.path, Array.from({ length }, (_, i) => bound.element(i)));
  });
});

const deepNesting = fc.tuple(fc.nat(), fc.constantFrom(8, 32, 63, 64, 65, 100, 1_000, 10_000, 100_000, 400_000), fc.constantFrom('array', 'object', 'mixed')).map(([n, depth, shape]) =>
  viaTree('DEEP_NESTING', `${shape} nested ${depth} deep`, (tree, raw) => {
    const open = shape === 'array' ? '[' : shape === 'object' ? '{"a":' : '[{"a":';
    const close = shape === 'array' ? ']' : shape === 'object' ? '}' : '}]';
    const levels = shape === 'mixed' ? Math.ceil(depth / 2) : depth;
    const nested = raw(`${open.repeat(levels)}1${close.repeat(levels)}`);
    const places = [{ path: [] as Path, value: tree as unknown }, ...nodesOf(tree)].filter((node) => typeof node.value === 'object' && node.value !== null && !Array.isArray(node.value));
    const target = pick(places, n)!;
    setAt(tree, [...target.path, n % 3 === 0 ? 'nested' : 'extension'], nested);
  }),
);

const BAD_UTF8: [string, number[]][] = [
  ['0xFF', [0xff]],
  ['truncated sequence', [0xc3]],
  ['lone continuation byte', [0x80]],
  ['overlong "/"', [0xc0, 0xaf]],
  ['CESU-8 surrogate', [0xed, 0xa0, 0x80]],
  ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ['Latin-1 "é"', [0xe9]],
];
const invalidUtf8 = fc.tuple(fc.nat(), fc.constantFrom(...BAD_UTF8), fc.boolean()).map(([n, [label, bytes], inKey]) =>
  mutation('INVALID_UTF8', `${label}${inKey ? ' (in the declaration id and the key)' : ''}`, (base) => {
    const bad = Buffer.from(bytes);
    if (inKey) {
      const tree = structuredClone(base) as unknown as Tree;
      setAt(tree, ['data', 'declarationId'], `${head(base.data.declarationId, 40)}${MARK}`);
      if ('subject' in tree) tree.subject = (tree.data as Tree).declarationId;
      const json = JSON.stringify(tree);
      return { key: bytesWithMark(`${head(base.data.declarationId, 40)}${MARK}`, bad), value: bytesWithMark(json, bad) };
    }
    const { json } = withMark(base, n);
    return { key: Buffer.from(base.data.declarationId), value: bytesWithMark(json, bad) };
  }),
);

const LONE = ['\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800'];
const loneSurrogate = fc.tuple(fc.nat(), fc.constantFrom(...LONE), fc.constantFrom('value', 'key', 'raw text')).map(([n, lone, where]) =>
  mutation('LONE_SURROGATE', `${JSON.stringify(lone)} in a ${where}`, (base) => {
    if (where === 'key') {
      const tree = structuredClone(base) as unknown as Tree;
      const objects = [{ path: [] as Path, value: tree as unknown }, ...nodesOf(tree)].filter((node) => typeof node.value === 'object' && node.value !== null && !Array.isArray(node.value));
      setAt(tree, [...pick(objects, n)!.path, `x${lone}`], 'y');
      return { key: Buffer.from(base.data.declarationId), value: Buffer.from(JSON.stringify(tree)) };
    }
    const { json } = withMark(base, n);
    // JSON.stringify writes a lone surrogate as an escape (\ud800); in raw text it is bytes no UTF-8 encoder makes.
    const escaped = JSON.stringify(lone).slice(1, -1);
    return { key: Buffer.from(base.data.declarationId), value: bytesWithMark(json, where === 'raw text' ? Buffer.from(lone, 'utf8') : escaped) };
  }),
);

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then'];
const PROTO_VALUES: unknown[] = [{}, { name: 'Shadow Trading LLC', country: 'IR' }, null, 1, 'x', [], { polluted: true }];
const prototypeKey = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...PROTO_KEYS), fc.constantFrom(...PROTO_VALUES)).map(([n, key, value]) =>
    viaTree('PROTOTYPE_KEY', `key ${key} = ${JSON.stringify(value)}`, (tree) => {
      const objects = [{ path: [] as Path, value: tree as unknown }, ...nodesOf(tree)].filter((node) => typeof node.value === 'object' && node.value !== null && !Array.isArray(node.value));
      setAt(tree, [...pick(objects, n)!.path, key], value);
    }),
  ),
  fc.tuple(
    fc.constantFrom<Path>(['data', 'declarationId'], ['data', 'items', 0, 'unit'], ['data', 'items', 0, 'description'], ['data', 'items', 0, 'controlCode'], ['data', 'parties', 'consignee', 'name'], ['data', 'parties', 'consignee', 'partyId'], ['data', 'items', 0, 'licence', 'number'], ['source'], ['id']),
    fc.constantFrom(...PROTO_KEYS),
  ).map(([path, word]) =>
    viaTree('PROTOTYPE_KEY', `${path.join('.')} = ${word}`, (tree) => {
      setAt(tree, path, word);
      if (path[1] === 'declarationId' && 'subject' in tree) tree.subject = word;
    }),
  ),
);

const NUMBER_PATHS: Path[] = [['data', 'revision'], ['data', 'totalValue'], ['data', 'items', 0, 'quantity'], ['data', 'items', 0, 'value'], ['data', 'items', 0, 'lineNumber'], ['data', 'extensionNumber']];
/** Numbers at and past every bound: written as JSON text, so that 1e400 reaches the parser as such. */
const NUMBER_TEXTS = ['-1', '0', '-0', '0.5', '1', '1.5', '999', '1000', '32767', '32768', '2147483647', '2147483648', '-2147483649', '4294967296', '9007199254740993', '1e15', '1e18', '1e19', '1.7976931348623157e308', '5e-324', '1e-10', '1e-9', '1e-12', '1e400', '-1e400', '1E+309', `1${'0'.repeat(400)}`, `0.${'0'.repeat(400)}1`, '123456789012345678901234567890'];
const numberRange = fc.tuple(fc.constantFrom(...NUMBER_PATHS), fc.constantFrom(...NUMBER_TEXTS)).map(([path, number]) =>
  viaTree('NUMBER_RANGE', `${path.join('.')} = ${number.length > 24 ? `${number.slice(0, 12)}...(${number.length} chars)` : number}`, (tree, raw) => setAt(tree, path, raw(number))),
);

const DATE_TIMES = [
  '1899-12-31T23:59:59Z',
  '1900-01-01T00:00:00Z',
  '1900-01-01T00:00:00+00:01',
  '1900-01-01T00:00:00-00:01',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '2026-11-20T08:59:59Z',
  '2026-11-21T08:59:59Z',
  '2026-11-21T09:00:01Z',
  '2036-11-20T09:00:00Z',
  '9999-12-31T23:59:59Z',
  '9999-12-31T23:59:59-15:59',
  '2026-11-20T08:14:55+14:00',
  '2026-11-20T08:14:55-12:00',
  '2026-11-20T08:14:55+15:59',
  '2026-11-20T08:14:55+16:00',
  '2026-11-20T08:14:55-23:59',
  '2026-11-20T08:14:55+0900',
  '2026-11-20T08:14:55+09',
  '2026-11-20 08:14:55+09',
  '2026-11-20t08:14:55z',
  '2026-11-20 08:14:55Z',
  '2026-11-20T08:14:55.123456789012345678Z',
  '2025-12-31T23:59:60Z',
  '2026-11-20T08:59:60+09:00',
  '2026-11-20T24:00:00Z',
  '2026-02-29T08:00:00Z',
  '2028-02-29T08:00:00Z',
  '2026-13-01T08:00:00Z',
  '2026-11-20T08:14:55',
  '2026-11-20',
  '+012026-11-20T08:14:55Z',
  '2026-11-20T08:14:55Z ',
  'now',
];
const DAYS = ['0000-01-01', '1899-12-31', '2026-02-29', '2026-02-30', '9999-12-31', '2026-11-20T00:00:00Z', '20261120'];
const dateRange = fc.oneof(
  fc.tuple(fc.constantFrom<Path>(['data', 'submittedAt'], ['data', 'submittedAt'], ['time']), fc.constantFrom(...DATE_TIMES)).map(([path, at]) =>
    viaTree('DATE_RANGE', `${path.join('.')} = ${at}`, (tree) => {
      setAt(tree, path, at);
      // A licence's days of validity are read against the submission date: the date is computed with.
      setAt(tree, ['data', 'items', 0, 'licence'], { number: 'E-2026-00418', validFrom: '2026-01-01', validUntil: '2026-12-31' });
    }),
  ),
  fc.tuple(fc.constantFrom<Path>(['data', 'submittedAt'], ['time']), fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })).map(([path, at]) =>
    viaTree('DATE_RANGE', `${path.join('.')} = ${at.toISOString()}`, (tree) => setAt(tree, path, at.toISOString())),
  ),
  fc.tuple(fc.constantFrom('validFrom', 'validUntil'), fc.constantFrom(...DAYS)).map(([field, at]) =>
    viaTree('DATE_RANGE', `licence ${field} = ${at}`, (tree) => {
      setAt(tree, ['data', 'items', 0, 'licence', 'number'], 'E-2026-00418');
      setAt(tree, ['data', 'items', 0, 'licence', field], at);
    }),
  ),
);

const recordKey = fc.constantFrom(
  ['no key', () => null],
  ['another declaration', () => Buffer.from('KR-OTHER-0001')],
  ['trailing space', (id: string) => Buffer.from(`${id} `)],
  ['decomposed (NFD)', (id: string) => Buffer.from(`${id}e\u0301`)],
  ['empty key', () => Buffer.alloc(0)],
  ['byte order mark', (id: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(id)])],
  ['invalid UTF-8 key', (id: string) => Buffer.concat([Buffer.from(id), Buffer.from([0xff])])],
).map(([label, key]) =>
  mutation('RECORD_KEY', label as string, (base) => {
    // The NFD case needs a declaration id whose composed form differs from the key.
    const tree = structuredClone(base) as unknown as Tree;
    if (label === 'decomposed (NFD)') {
      setAt(tree, ['data', 'declarationId'], `${head(base.data.declarationId, 40)}\u00e9`);
      if ('subject' in tree) tree.subject = (tree.data as Tree).declarationId;
    }
    return { key: (key as (id: string) => Buffer | null)(head(base.data.declarationId, 40)), value: Buffer.from(JSON.stringify(tree)) };
  }),
);

const BY_KIND: Record<MutationKind, fc.Arbitrary<Mutation>> = {
  MALFORMED_JSON: malformedJson,
  WRONG_TYPE: wrongType,
  MISSING_FIELD: missingField,
  EXTRA_FIELD: extraField,
  STRING_LIMIT: stringLimit,
  ARRAY_LIMIT: arrayLimit,
  DEEP_NESTING: deepNesting,
  INVALID_UTF8: invalidUtf8,
  LONE_SURROGATE: loneSurrogate,
  PROTOTYPE_KEY: prototypeKey,
  NUMBER_RANGE: numberRange,
  DATE_RANGE: dateRange,
  RECORD_KEY: recordKey,
};

/** A mutation of any kind, every kind equally likely. */
export const anyMutation: fc.Arbitrary<Mutation> = fc.oneof(...MUTATION_KINDS.map((kind) => BY_KIND[kind]));

/** Mutations that stay near the bounds, where a record is as likely accepted as refused. */
export const boundaryMutation: fc.Arbitrary<Mutation> = fc.oneof(stringLimit, arrayLimit, numberRange, dateRange, prototypeKey, extraField, deepNesting);

/** A valid event and a mutation of it. */
export const hostileCase = fc.tuple(validEvent, anyMutation);

/** The record a valid event makes unchanged. */
export function recordOf(event: DeclarationEvent): HostileRecord {
  return { key: Buffer.from(event.data.declarationId, 'utf8'), value: Buffer.from(JSON.stringify(event), 'utf8') };
}

/** Equal as JSON, key order aside; iterative, since hostile events nest deeply. */
export function sameJson(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length) {
    const [x, y] = stack.pop()!;
    if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) {
      if (x !== y) return false;
      continue;
    }
    const xk = Object.keys(x);
    if (Array.isArray(x) !== Array.isArray(y) || xk.length !== Object.keys(y).length) return false;
    for (const k of xk) {
      if (!Object.prototype.hasOwnProperty.call(y, k)) return false;
      stack.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]]);
    }
  }
  return true;
}
