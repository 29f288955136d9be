import { checkDecisionEvent, DeclarationEvent, ExportDeclaration } from '@chokepoint/contracts';
import { adjustedRuleSet, cleanDeclaration, defaultTestRuleSet, goodsItem } from '../../detection/src/test-declarations';
import { renderHtml, renderMarkdown } from './replay-report';
import { ReplayComparison } from './replay-comparison';
import { ReplayEngine } from './replay-engine';
import { ReplayInput, runReplay } from './run-replay';

const day = (n: number) => new Date(Date.UTC(2026, 9, 1) + n * 86_400_000).toISOString();
const parties = { exporter: { name: 'Hanbit Electronics', country: 'KR' }, consignee: { name: 'Altyn Trade', country: 'KZ', kind: 'MANUFACTURER' as const } };

function event(declaration: ExportDeclaration, type: DeclarationEvent['type'] = declaration.revision ? 'customs.export-declaration.amended.v1' : 'customs.export-declaration.submitted.v1'): DeclarationEvent {
  return { specversion: '1.0', id: `${declaration.declarationId}:${declaration.revision}:${type}`, source: 'test', type, time: declaration.submittedAt, data: declaration };
}

/** Three small shipments of one CHPL code to one consignee: the third is structuring. */
function split(): DeclarationEvent[] {
  return [0, 6, 12].map((n, i) => event(cleanDeclaration({ declarationId: `S${i}`, submittedAt: day(n), destinationCountry: 'KZ', parties, items: [goodsItem({ value: 4000 })] })));
}

async function* pagesOf(events: (DeclarationEvent | string)[]): AsyncGenerator<ReplayInput[]> {
  yield events.map((e, i) => ({ text: typeof e === 'string' ? e : JSON.stringify(e), position: `line ${i + 1}` }));
}

async function replay(events: (DeclarationEvent | string)[], comparison = new ReplayComparison({ candidate: 'test' }), compareWith?: ReplayEngine): Promise<string> {
  let out = '';
  await runReplay({ pages: pagesOf(events), candidate: new ReplayEngine({ ruleSet: defaultTestRuleSet() }), ...(compareWith ? { baseline: { kind: 'rule-set', engine: compareWith } } : {}), comparison, write: async (lines) => void (out += lines) });
  return out;
}

describe('replay', () => {
  it('writes one contract-valid decision event a line, dated by event time, the same bytes every time', async () => {
    const first = await replay(split());
    expect(await replay(split())).toBe(first);
    const lines = first.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(checkDecisionEvent(line)).toEqual({ valid: true, event: line });
    expect(lines.map((l) => l.data.decidedAt)).toEqual([day(0), day(6), day(12)].map((d) => new Date(d).toISOString()));
    expect(lines[0].source).toBe('urn:chokepoint:replay');
  });

  it('builds its history from the replayed events: the third split shipment is held for structuring', async () => {
    const lines = (await replay(split())).trim().split('\n').map((l) => JSON.parse(l).data);
    expect(lines[2]).toMatchObject({ outcome: 'HOLD', hits: expect.arrayContaining([expect.objectContaining({ ruleId: 'structuring' })]) });
    expect(lines[0].hits.some((h: { ruleId: string }) => h.ruleId === 'structuring')).toBe(false);
  });

  it('follows the revision lifecycle: an amendment decides anew, a redelivery repeats, a late revision and a withdrawal decide nothing', async () => {
    const rev0 = cleanDeclaration({ declarationId: 'D1', submittedAt: day(1) });
    const rev1 = { ...rev0, revision: 1 };
    const lines = (await replay([event(rev0), event(rev1), event(rev1), event(rev0), event(rev1, 'customs.export-declaration.withdrawn.v1')])).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0]).data.revision).toBe(0);
    expect(lines[2]).toBe(lines[1]);
  });

  it('counts records that fail the contract, and decides the rest', async () => {
    const comparison = new ReplayComparison({ candidate: 'test' });
    const out = await replay(['not json', JSON.stringify({ ...split()[0], type: 'customs.export-declaration.cancelled.v1' }), ...split()], comparison);
    expect(out.trim().split('\n')).toHaveLength(3);
    expect(Object.fromEntries(comparison.rejected)).toEqual({ NOT_JSON: 1, UNKNOWN_TYPE: 1 });
    expect(comparison.refusedExamples).toEqual([{ position: 'line 1', reason: 'NOT_JSON' }, { position: 'line 2', reason: 'UNKNOWN_TYPE' }]);
    expect(renderMarkdown(comparison, { runId: 'r', source: 's', events: 5, seconds: 1, ruleSet: 'x' })).toContain('- line 1: NOT_JSON');
  });

  it('compares with a second rule set and reports what changes, in Markdown and HTML', async () => {
    const comparison = new ReplayComparison({ candidate: 'default-5', baseline: 'lenient' });
    const lenient = adjustedRuleSet((d) => ({ ...d, version: 'lenient', lanes: { yellowFrom: 70, redFrom: 90 } }));
    await replay(split(), comparison, new ReplayEngine({ ruleSet: lenient }));
    expect(comparison).toMatchObject({ decided: 3, compared: 3, newlyHeld: 1, newlyCleared: 0, unchangedCleared: 2 });
    expect(comparison.examples.newlyHeld).toEqual([expect.objectContaining({ declarationId: 'S2', before: expect.stringMatching(/^CLEAR GREEN/), after: expect.stringMatching(/^HOLD YELLOW .*structuring/) })]);
    const facts = { runId: 'r1', source: 'test', events: 3, seconds: 0.1, ruleSet: 'default-5', baseline: 'lenient' };
    const markdown = renderMarkdown(comparison, facts);
    expect(markdown).toContain('| newly held | 1 | 33.3 % |');
    expect(markdown).toMatch(/\| structuring \| 1 \| 1 \|/);
    expect(markdown).toMatch(/\| YELLOW \| 0 \| 1 \| 33.3 % \|/);
    const html = renderHtml(comparison, facts);
    expect(html).toContain('<svg');
    expect(html).toContain('Hits per rule');
  });
});

describe('segmentBounds', () => {
  it('covers every line once, giving later segments (which warm up on more lines) fewer of their own', async () => {
    const { segmentBounds } = await import('./replay-segments');
    for (const [lines, segments] of [[100_278, 2], [100_278, 3], [10, 3], [1, 2], [0, 2]] as const) {
      const bounds = segmentBounds(lines, segments);
      expect(bounds).toHaveLength(segments);
      expect(bounds[0][0]).toBe(0);
      expect(bounds[segments - 1][1]).toBe(lines);
      for (let k = 1; k < segments; k++) expect(bounds[k][0]).toBe(bounds[k - 1][1]);
    }
    const [first, second] = segmentBounds(100_278, 2);
    expect(first[1] - first[0]).toBeGreaterThan(second[1] - second[0]);
  });
});
