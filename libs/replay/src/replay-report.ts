import { ChangeExample, ReplayComparison } from './replay-comparison';

/** What the report says about the run itself. */
export interface ReplayRunFacts {
  runId: string;
  source: string;
  events: number;
  seconds: number;
  ruleSet: string;
  baseline?: string;
}

interface Row {
  label: string;
  before?: number;
  after: number;
}

/** The comparison as Markdown: tables a reviewer can read in a merge request or a ticket. */
export function renderMarkdown(c: ReplayComparison, facts: ReplayRunFacts): string {
  const out: string[] = [];
  out.push(`# Replay ${facts.runId}`, '');
  out.push(`- source: ${facts.source}`, `- candidate rule set: ${facts.ruleSet}`, `- compared with: ${facts.baseline ?? 'nothing (no decisions of record, no second rule set)'}`);
  out.push(`- ${facts.events} events, ${c.decided} decisions, ${[...c.rejected.values()].reduce((a, b) => a + b, 0)} refused (${describeMap(c.rejected) || 'none'}), in ${facts.seconds.toFixed(1)} s`, '');
  if (c.refusedExamples.length) out.push('Refused records (first ones):', '', ...c.refusedExamples.map((r) => `- ${r.position}: ${r.reason}`), '');
  if (c.compared) {
    out.push('## What changes', '', '| | declarations | share |', '|---|---:|---:|');
    for (const [label, n] of [['newly held', c.newlyHeld], ['newly cleared', c.newlyCleared], ['held by both (lane changed)', `${c.unchangedHeld} (${c.laneChanged})`], ['cleared by both', c.unchangedCleared]] as const) {
      out.push(`| ${label} | ${n} | ${percent(typeof n === 'number' ? n : c.unchangedHeld, c.compared)} |`);
    }
    out.push('');
    for (const [title, examples] of [['Newly held', c.examples.newlyHeld], ['Newly cleared', c.examples.newlyCleared], ['Lane changed', c.examples.laneChanged]] as const) {
      if (!examples.length) continue;
      out.push(`### ${title} (examples)`, '', '| declaration | before | after |', '|---|---|---|', ...examples.map(exampleRow), '');
    }
  }
  out.push('## Lanes', '', table(['lane', ...(c.compared ? ['before'] : []), 'after'], laneRows(c), c.compared > 0, c.compared || c.decided), '');
  out.push('## Hits per rule', '', table(['rule', ...(c.compared ? ['before'] : []), 'after'], rows(c.hitsByRule, c.compared > 0), c.compared > 0), '');
  out.push('## Hits per category', '', table(['category', ...(c.compared ? ['before'] : []), 'after'], rows(c.hitsByCategory, c.compared > 0), c.compared > 0), '');
  if (c.reviewed.size || c.missedConfirmedCount) {
    out.push('## Against officers\' findings', '', '| rule | confirmed holds | released holds | precision |', '|---|---:|---:|---:|');
    for (const [rule, t] of [...c.reviewed].sort()) out.push(`| ${rule} | ${t.confirmed} | ${t.released} | ${percent(t.confirmed, t.confirmed + t.released)} |`);
    out.push('', `Confirmed holds the candidate would clear: ${c.missedConfirmedCount}`, '');
    if (c.missedConfirmed.length) out.push('| declaration | before | after |', '|---|---|---|', ...c.missedConfirmed.map(exampleRow), '');
  }
  return `${out.join('\n')}\n`;
}

/** The same report as one self-contained HTML page, with bar charts drawn as inline SVG. */
export function renderHtml(c: ReplayComparison, facts: ReplayRunFacts): string {
  const markdownTables = renderMarkdown(c, facts);
  const charts = [
    chart('Share of traffic by lane', laneRows(c).map((r) => ({ ...r, after: r.after / Math.max(1, c.compared || c.decided), before: r.before === undefined ? undefined : r.before / Math.max(1, c.compared) })), true),
    chart('Hits per rule', rows(c.hitsByRule, c.compared > 0)),
    chart('Hits per category', rows(c.hitsByCategory, c.compared > 0)),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Replay ${escape(facts.runId)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left}
td:nth-child(n+2){text-align:right}svg text{font:12px system-ui,sans-serif}.legend span{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 1em}</style></head>
<body>
${charts.join('\n')}
<pre style="white-space:pre-wrap">${escape(markdownTables)}</pre>
</body></html>
`;
}

function chart(title: string, data: Row[], asShare = false): string {
  const width = 640;
  const barHeight = 12;
  const rowHeight = data.some((d) => d.before !== undefined) ? 30 : 18;
  const labelWidth = 230;
  const max = Math.max(1e-9, ...data.flatMap((d) => [d.after, d.before ?? 0]));
  const scale = (v: number) => ((width - labelWidth - 70) * v) / max;
  const value = (v: number) => (asShare ? `${(v * 100).toFixed(1)} %` : String(v));
  const bars = data.map((d, i) => {
    const y = i * rowHeight + 4;
    const before = d.before === undefined ? '' : `<rect x="${labelWidth}" y="${y}" width="${scale(d.before)}" height="${barHeight}" fill="#afb8c1"/><text x="${labelWidth + scale(d.before) + 4}" y="${y + 10}">${value(d.before)}</text>`;
    const offset = d.before === undefined ? 0 : barHeight + 2;
    return `<text x="0" y="${y + 10 + offset / 2}">${escape(d.label)}</text>${before}<rect x="${labelWidth}" y="${y + offset}" width="${scale(d.after)}" height="${barHeight}" fill="#0969da"/><text x="${labelWidth + scale(d.after) + 4}" y="${y + offset + 10}">${value(d.after)}</text>`;
  });
  const legend = data.some((d) => d.before !== undefined) ? '<p class="legend"><span style="background:#afb8c1"></span>before<span style="background:#0969da"></span>after</p>' : '';
  return `<h2>${escape(title)}</h2>${legend}<svg width="${width}" height="${data.length * rowHeight + 8}" role="img" aria-label="${escape(title)}">${bars.join('')}</svg>`;
}

function laneRows(c: ReplayComparison): Row[] {
  return (['GREEN', 'YELLOW', 'RED'] as const).map((lane) => ({ label: lane, after: c.lanes.candidate[lane], ...(c.compared ? { before: c.lanes.baseline[lane] } : {}) }));
}

function rows(counts: { candidate: Map<string, number>; baseline: Map<string, number> }, compared: boolean): Row[] {
  const keys = [...new Set([...counts.candidate.keys(), ...(compared ? counts.baseline.keys() : [])])].sort();
  return keys.map((label) => ({ label, after: counts.candidate.get(label) ?? 0, ...(compared ? { before: counts.baseline.get(label) ?? 0 } : {}) }));
}

function table(header: string[], data: Row[], compared: boolean, shareOf?: number): string {
  const lines = [`| ${header.join(' | ')} |${shareOf ? ' share after |' : ''}`, `|${header.map((_, i) => (i ? '---:' : '---')).join('|')}|${shareOf ? '---:|' : ''}`];
  for (const r of data) lines.push(`| ${r.label} |${compared ? ` ${r.before ?? 0} |` : ''} ${r.after} |${shareOf ? ` ${percent(r.after, shareOf)} |` : ''}`);
  return lines.join('\n');
}

function exampleRow(e: ChangeExample): string {
  return `| ${e.declarationId} rev ${e.revision} | ${e.before ?? '—'} | ${e.after} |`;
}

function percent(n: number, of: number): string {
  return of ? `${((n / of) * 100).toFixed(1)} %` : '—';
}

function describeMap(map: Map<string, number>): string {
  return [...map].map(([k, v]) => `${k} ${v}`).join(', ');
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
}
