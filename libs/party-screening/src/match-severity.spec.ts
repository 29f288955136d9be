import { severityOf } from './match-severity';
import { MatchBreakdown } from './screen-party';

const name = (pairs: Array<[string, string, number, boolean?]>, extra: Partial<NonNullable<MatchBreakdown['name']>> = {}): MatchBreakdown['name'] => ({
  score: 0.9, thin: pairs.filter((p) => !p[3]).length <= 1, method: 'tokens', screenedCoverage: 1, listedCoverage: 1, unmatchedScreened: [], unmatchedListed: [],
  pairs: pairs.map(([screened, listed, similarity, generic]) => ({ screened, listed, similarity, ...(generic ? { generic } : {}) })),
  ...extra,
});
const unknownCountry = { listed: [], effect: 'unknown' as const, adjustment: 0 };

describe('severityOf', () => {
  it('is CRITICAL for an identifier or the whole name exactly', () => {
    expect(severityOf({ name: null, identifier: 'IMO 9187629', country: unknownCountry, kindAdjustment: 0 }).severity).toBe('CRITICAL');
    expect(severityOf({ name: name([['sepahan', 'sepahan', 1], ['niroo', 'niroo', 1]]), country: unknownCountry, kindAdjustment: 0 }).severity).toBe('CRITICAL');
  });

  it('is HIGH for a fuzzy match on several distinctive words', () => {
    expect(severityOf({ name: name([['sepahan', 'sepahan', 1], ['niru', 'niroo', 0.8]]), country: unknownCountry, kindAdjustment: 0 })).toEqual({ severity: 'HIGH', reasons: [] });
  });

  it('is MEDIUM, saying why, for one distinctive word or a country or kind mismatch', () => {
    const oneWord = severityOf({ name: name([['altyn', 'altyn', 1], ['trading', 'trading', 1, true]], { unmatchedListed: ['global'] }), country: unknownCountry, kindAdjustment: 0 });
    expect(oneWord).toEqual({ severity: 'MEDIUM', reasons: ['it rests on one distinctive word (altyn)'] });
    const abroad = severityOf({ name: name([['sepahan', 'sepahan', 1], ['niru', 'niroo', 0.8]]), country: { screened: 'AE', listed: ['IR'], effect: 'weakens', adjustment: -0.04 }, kindAdjustment: 0 });
    expect(abroad).toEqual({ severity: 'MEDIUM', reasons: ['the party is in AE, the listed entry in IR'] });
    const exactAbroad = severityOf({ name: name([['sepahan', 'sepahan', 1], ['niroo', 'niroo', 1]]), country: { screened: 'AE', listed: ['IR'], effect: 'weakens', adjustment: -0.04 }, kindAdjustment: 0 });
    expect(exactAbroad).toEqual({ severity: 'CRITICAL', reasons: ['the whole name is the listed one', 'the party is in AE, the listed entry in IR'] });
    expect(severityOf({ name: name([['kim', 'kim', 1], ['chon', 'chon', 1]]), country: unknownCountry, kindAdjustment: -0.12 }).severity).toBe('MEDIUM');
  });
});
