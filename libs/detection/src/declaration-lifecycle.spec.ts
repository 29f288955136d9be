import { DeclarationEvent, DeclarationEventType } from '@chokepoint/contracts';
import { DeclarationState, nextStep, stateAfter } from './declaration-lifecycle';
import { cleanDeclaration } from './test-declarations';

const event = (revision: number, type: DeclarationEventType = 'customs.export-declaration.submitted.v1'): DeclarationEvent => ({
  specversion: '1.0',
  id: `e-${revision}-${type}`,
  source: 'urn:test',
  type,
  time: '2026-11-20T08:15:00Z',
  data: cleanDeclaration({ revision }),
});
const WITHDRAWN = 'customs.export-declaration.withdrawn.v1';
const held = (latestRevision: number): DeclarationState => ({ declarationId: 'KR-TEST-0001', latestRevision, status: 'HELD', latestDecisionId: `d${latestRevision}` });

describe('declaration lifecycle', () => {
  it('screens the first revision seen, and any newer one', () => {
    expect(nextStep(undefined, event(0))).toEqual({ kind: 'SCREEN' });
    expect(nextStep(held(0), event(1, 'customs.export-declaration.amended.v1'))).toEqual({ kind: 'SCREEN' });
  });

  it('re-publishes the stored decision when the same revision is delivered again', () => {
    expect(nextStep(held(1), event(1))).toEqual({ kind: 'REPUBLISH', decisionId: 'd1' });
  });

  it('re-publishes nothing for a revision whose hold an officer released, and screens a newer one', () => {
    const released: DeclarationState = { ...held(1), status: 'RELEASED' };
    expect(nextStep(released, event(1))).toEqual({ kind: 'ARCHIVE_ONLY', why: 'ALREADY_RELEASED' });
    expect(nextStep(released, event(2, 'customs.export-declaration.amended.v1'))).toEqual({ kind: 'SCREEN' });
    expect(nextStep(released, event(1, WITHDRAWN))).toEqual({ kind: 'WITHDRAW', closesHold: false });
  });

  it('decides nothing for an older revision arriving late', () => {
    expect(nextStep(held(2), event(1))).toEqual({ kind: 'ARCHIVE_ONLY', why: 'STALE_REVISION' });
    expect(nextStep(held(2), event(1, WITHDRAWN))).toEqual({ kind: 'ARCHIVE_ONLY', why: 'STALE_REVISION' });
  });

  it('closes an open hold on withdrawal, and says when there was none', () => {
    expect(nextStep(held(0), event(0, WITHDRAWN))).toEqual({ kind: 'WITHDRAW', closesHold: true });
    expect(nextStep({ ...held(0), status: 'CLEARED' }, event(1, WITHDRAWN))).toEqual({ kind: 'WITHDRAW', closesHold: false });
    expect(nextStep(undefined, event(0, WITHDRAWN))).toEqual({ kind: 'WITHDRAW', closesHold: false });
  });

  it('ignores a repeated withdrawal and late copies of a withdrawn revision', () => {
    const withdrawn: DeclarationState = { ...held(1), status: 'WITHDRAWN' };
    expect(nextStep(withdrawn, event(1, WITHDRAWN))).toEqual({ kind: 'ARCHIVE_ONLY', why: 'DUPLICATE_WITHDRAWAL' });
    expect(nextStep(withdrawn, event(1))).toEqual({ kind: 'ARCHIVE_ONLY', why: 'ALREADY_WITHDRAWN' });
    expect(nextStep(withdrawn, event(2, 'customs.export-declaration.amended.v1'))).toEqual({ kind: 'SCREEN' });
  });

  it('moves the state with each step', () => {
    const afterScreen = stateAfter(undefined, event(0), { kind: 'SCREEN' }, { decisionId: 'd0', outcome: 'HOLD' });
    expect(afterScreen).toEqual(held(0));
    const afterWithdraw = stateAfter(afterScreen, event(0, WITHDRAWN), { kind: 'WITHDRAW', closesHold: true });
    expect(afterWithdraw).toEqual({ ...held(0), status: 'WITHDRAWN' });
    expect(stateAfter(held(2), event(1), { kind: 'ARCHIVE_ONLY', why: 'STALE_REVISION' })).toEqual(held(2));
    expect(() => stateAfter(undefined, event(0), { kind: 'SCREEN' })).toThrow();
  });
});
