import { Decision } from '@chokepoint/contracts';
import { applyHoldAction, HoldWork, Officer, partyNotListed, releasedDecision, releaseNeedsSecondOfficer } from './hold-work';

const at = new Date('2026-11-20T10:00:00Z');
const hold = (overrides: Partial<Decision> = {}): Decision => ({
  decisionId: '11111111-2222-8333-8444-555555555555',
  declarationId: 'KR-1',
  revision: 0,
  outcome: 'HOLD',
  lane: 'YELLOW',
  riskScore: 55,
  ruleSetVersion: 'default-5',
  decidedAt: '2026-11-19T10:00:00Z',
  hits: [{ ruleId: 'chpl-to-diversion-hub', category: 'DIVERSION_RISK', severity: 'HIGH', message: 'x' }],
  ...overrides,
});
const viewer: Officer = { username: 'ingrid', role: 'viewer' };
const officer: Officer = { username: 'greta', role: 'officer' };
const supervisor: Officer = { username: 'sam', role: 'supervisor' };
const otherSupervisor: Officer = { username: 'sue', role: 'supervisor' };
const partyMatch = hold({ lane: 'RED', hits: [{ ruleId: 'sanctioned-party', category: 'SANCTIONED_PARTY', severity: 'HIGH', message: 'x' }] });

describe('the officers’ actions on a hold', () => {
  it('lets an officer release a YELLOW hold alone, publishing a release derived from the hold', () => {
    const result = applyHoldAction(hold(), {}, { kind: 'RELEASE' }, officer, ' Licence EL-2026-14 produced. ', at);
    expect(result).toEqual({ ok: true, work: {}, released: { releasedBy: 'greta', justification: 'Licence EL-2026-14 produced.', releasedAt: at.toISOString() } });
    const released = releasedDecision(hold(), (result as { released: { releasedBy: string; justification: string; releasedAt: string } }).released);
    expect(released).toMatchObject({ outcome: 'CLEAR', lane: 'GREEN', declarationId: 'KR-1', release: { releasedBy: 'greta' }, hits: hold().hits });
    expect(released.decisionId).not.toBe(hold().decisionId);
    expect(releasedDecision(hold(), { releasedBy: 'x', justification: 'y', releasedAt: 'z' }).decisionId).toBe(released.decisionId);
  });

  it('needs a second officer for a party match, the RED lane or a confirmed hold', () => {
    expect(releaseNeedsSecondOfficer(hold(), {})).toBe(false);
    expect(releaseNeedsSecondOfficer(hold({ lane: 'RED' }), {})).toBe(true);
    expect(releaseNeedsSecondOfficer(partyMatch, {})).toBe(true);
    expect(releaseNeedsSecondOfficer(hold(), { confirmedAt: at.toISOString() })).toBe(true);
  });

  it('holds a four-eyes release until a different supervisor approves it', () => {
    const asked = applyHoldAction(partyMatch, {}, { kind: 'RELEASE' }, supervisor, 'Different company: registry extract attached.', at);
    expect(asked).toEqual({ ok: true, work: { releaseRequest: { requestedBy: 'sam', justification: 'Different company: registry extract attached.', requestedAt: at.toISOString() } } });
    const work = (asked as { work: HoldWork }).work;
    expect(applyHoldAction(partyMatch, work, { kind: 'APPROVE_RELEASE' }, supervisor, 'ok', at)).toMatchObject({ ok: false, refusal: 'FORBIDDEN', reason: expect.stringContaining('not the one who asked') });
    expect(applyHoldAction(partyMatch, work, { kind: 'APPROVE_RELEASE' }, officer, 'ok', at)).toMatchObject({ ok: false, refusal: 'FORBIDDEN' });
    expect(applyHoldAction(partyMatch, work, { kind: 'RELEASE' }, officer, 'again', at)).toMatchObject({ ok: false, refusal: 'CONFLICT' });
    expect(applyHoldAction(partyMatch, work, { kind: 'APPROVE_RELEASE' }, otherSupervisor, 'Checked the extract.', at)).toEqual({
      ok: true,
      work: {},
      released: { releasedBy: 'sam', justification: 'Different company: registry extract attached.', releasedAt: at.toISOString(), approvedBy: 'sue' },
    });
    expect(applyHoldAction(partyMatch, work, { kind: 'REJECT_RELEASE' }, otherSupervisor, 'Extract does not match.', at)).toEqual({ ok: true, work: {} });
  });

  it('refuses viewers, empty justifications and confirming twice or over a waiting release', () => {
    expect(applyHoldAction(hold(), {}, { kind: 'ASSIGN', assignee: 'greta' }, viewer, 'mine', at)).toMatchObject({ ok: false, refusal: 'FORBIDDEN' });
    expect(applyHoldAction(hold(), {}, { kind: 'ASSIGN', assignee: 'greta' }, officer, '  ', at)).toMatchObject({ ok: false, refusal: 'CONFLICT' });
    const confirmed = applyHoldAction(hold(), { assignee: 'greta' }, { kind: 'CONFIRM' }, officer, 'Refer to enforcement.', at);
    expect(confirmed).toEqual({ ok: true, work: { assignee: 'greta', confirmedAt: at.toISOString() } });
    expect(applyHoldAction(hold(), (confirmed as { work: HoldWork }).work, { kind: 'CONFIRM' }, officer, 'again', at)).toMatchObject({ ok: false, refusal: 'CONFLICT' });
    const waiting = { releaseRequest: { requestedBy: 'greta', justification: 'x', requestedAt: at.toISOString() } };
    expect(applyHoldAction(hold(), waiting, { kind: 'CONFIRM' }, officer, 'x', at)).toMatchObject({ ok: false, refusal: 'CONFLICT' });
  });

  it('assigns, unassigns and records a documents request', () => {
    expect(applyHoldAction(hold(), { assignee: 'greta' }, { kind: 'ASSIGN', assignee: null }, officer, 'Back to the pool.', at)).toEqual({ ok: true, work: {} });
    expect(applyHoldAction(hold(), {}, { kind: 'REQUEST_DOCUMENTS' }, officer, 'End-user certificate needed.', at)).toEqual({ ok: true, work: { documentsRequestedAt: at.toISOString() } });
  });

  it('turns a party-match hit into an allowlist finding, and nothing else', () => {
    const match = hold({ hits: [{ ruleId: 'sanctioned-party', category: 'SANCTIONED_PARTY', severity: 'HIGH', message: 'x', evidence: { party: { name: 'Altyn Trade Logistics LLC', country: 'KG' }, list: 'ofac-sdn', entryId: '25297' } }, hold().hits[0]] });
    expect(partyNotListed(match, 0, officer, ' Different registry number. ', at, '2027-11-20T00:00:00.000Z')).toEqual({
      ok: true,
      finding: { partyName: 'Altyn Trade Logistics LLC', partyCountry: 'KG', list: 'ofac-sdn', entryId: '25297', justification: 'Different registry number.', addedBy: 'greta', addedAt: at.toISOString(), expiresAt: '2027-11-20T00:00:00.000Z' },
    });
    expect(partyNotListed(match, 1, officer, 'x', at)).toMatchObject({ ok: false, refusal: 'CONFLICT' });
    expect(partyNotListed(match, 7, officer, 'x', at)).toMatchObject({ ok: false, refusal: 'CONFLICT' });
    expect(partyNotListed(match, 0, viewer, 'x', at)).toMatchObject({ ok: false, refusal: 'FORBIDDEN' });
  });
});
