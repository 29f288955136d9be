import { ExportDeclaration } from '@chokepoint/contracts';

/** A clean declaration for tests: Korean exporter, Swedish consignee, no controlled goods. */
export function cleanDeclaration(overrides: Partial<ExportDeclaration> = {}): ExportDeclaration {
  return {
    declarationId: 'KR-TEST-0001',
    revision: 0,
    submittedAt: '2026-11-20T08:14:55Z',
    exportCountry: 'KR',
    destinationCountry: 'SE',
    currency: 'USD',
    totalValue: 12000,
    parties: {
      exporter: { name: 'Hanbit Electronics Co., Ltd.', country: 'KR' },
      consignee: { name: 'Nordic Industrial Supply AB', country: 'SE' },
    },
    items: [{ lineNumber: 1, hsCode: '8482100000', description: 'Ball bearings', quantity: 400, unit: 'PCE', value: 12000, originCountry: 'KR' }],
    ...overrides,
  };
}
