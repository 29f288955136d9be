// The officers' console: Preact components written with htm (no build step; modules are served
// as published). Hash routes: #/holds, #/holds/<declarationId>, #/dashboard.
import { h, render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import htm from 'htm';

const html = htm.bind(h);
const CATEGORIES = ['SANCTIONED_PARTY', 'STRATEGIC_GOODS', 'DIVERSION_RISK', 'TRANSSHIPMENT', 'MISDECLARATION', 'STRUCTURING', 'SURGE', 'NETWORK_LINK', 'OTHER'];
const RANK = { viewer: 0, officer: 1, supervisor: 2 };

function useSession() {
  const [session, setSession] = useState(() => JSON.parse(sessionStorage.getItem('chokepoint.session') || 'null'));
  const save = (value) => {
    if (value) sessionStorage.setItem('chokepoint.session', JSON.stringify(value));
    else sessionStorage.removeItem('chokepoint.session');
    setSession(value);
  };
  return [session, save];
}

async function api(session, path, options = {}) {
  const response = await fetch(path, {
    method: options.method || 'GET',
    headers: { ...(session ? { authorization: `Bearer ${session.token}` } : {}), ...(options.body ? { 'content-type': 'application/json' } : {}) },
    ...(options.body ? { body: JSON.stringify(options.body) } : {}),
  });
  const body = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) throw Object.assign(new Error(Array.isArray(body?.message) ? body.message.join('; ') : body?.message || response.statusText), { status: response.status });
  return body;
}

function useRoute() {
  const [hash, setHash] = useState(location.hash || '#/holds');
  useEffect(() => {
    const onChange = () => setHash(location.hash || '#/holds');
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return hash.slice(2).split('/').map(decodeURIComponent);
}

const age = (since, now = Date.now()) => {
  const hours = Math.max(0, (now - Date.parse(since)) / 3_600_000);
  return hours < 48 ? `${Math.floor(hours)} h` : `${Math.floor(hours / 24)} d`;
};
const Lane = ({ lane }) => html`<span class=${`lane lane-${(lane || 'none').toLowerCase()}`}>${lane || '—'}</span>`;

function SignIn({ onSignedIn }) {
  const [error, setError] = useState('');
  const submit = async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      onSignedIn(await api(undefined, '/api/session', { method: 'POST', body: { username: form.get('username'), password: form.get('password') } }));
    } catch (e) {
      setError(e.status === 401 ? 'Unknown user or wrong password.' : e.message);
    }
  };
  return html`<form class="sign-in" onSubmit=${submit} aria-labelledby="sign-in-title">
    <h1 id="sign-in-title">Chokepoint — officers' console</h1>
    <label>Username <input name="username" autocomplete="username" required autofocus /></label>
    <label>Password <input name="password" type="password" autocomplete="current-password" required /></label>
    ${error && html`<p role="alert" class="error">${error}</p>`}
    <button type="submit">Sign in</button>
  </form>`;
}

function Queue({ session }) {
  const [filters, setFilters] = useState(() => JSON.parse(sessionStorage.getItem('chokepoint.filters') || '{"order":"risk"}'));
  const [page, setPage] = useState({ holds: [], nextCursor: undefined });
  const [error, setError] = useState('');
  const [changes, setChanges] = useState(0);
  const query = (cursor) => {
    const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '' && v !== undefined));
    params.set('limit', '50');
    if (cursor) params.set('cursor', cursor);
    return `/api/holds?${params}`;
  };
  const load = useCallback(async () => {
    try {
      setPage(await api(session, query()));
      setChanges(0);
      setError('');
    } catch (e) {
      setError(e.message);
    }
  }, [filters]);
  useEffect(() => {
    sessionStorage.setItem('chokepoint.filters', JSON.stringify(filters));
    load();
  }, [load]);
  useEffect(() => {
    const feed = new EventSource(`/api/feed?access_token=${encodeURIComponent(session.token)}`);
    const count = () => setChanges((n) => n + 1);
    feed.addEventListener('status', count);
    feed.addEventListener('action', count);
    return () => feed.close();
  }, []);
  const more = async () => {
    const next = await api(session, query(page.nextCursor));
    setPage({ holds: [...page.holds, ...next.holds], nextCursor: next.nextCursor });
  };
  const set = (name) => (event) => setFilters({ ...filters, [name]: event.target.value });
  return html`<section aria-labelledby="queue-title">
    <h2 id="queue-title">Held declarations</h2>
    <form class="filters" onSubmit=${(e) => e.preventDefault()}>
      <label>Lane <select value=${filters.lane || ''} onChange=${set('lane')}><option value="">any</option><option>RED</option><option>YELLOW</option></select></label>
      <label>Category <select value=${filters.category || ''} onChange=${set('category')}><option value="">any</option>${CATEGORIES.map((c) => html`<option>${c}</option>`)}</select></label>
      <label>Rule <input value=${filters.rule || ''} onChange=${set('rule')} size="14" /></label>
      <label>Exporter <input value=${filters.exporter || ''} onChange=${set('exporter')} size="14" /></label>
      <label>Destination <input value=${filters.destination || ''} onChange=${set('destination')} size="2" maxlength="2" /></label>
      <label>Consignee country <input value=${filters.consigneeCountry || ''} onChange=${set('consigneeCountry')} size="2" maxlength="2" /></label>
      <label>HS chapter <input value=${filters.hsChapter || ''} onChange=${set('hsChapter')} size="2" maxlength="2" /></label>
      <label>Held ≥ hours <input type="number" min="0" value=${filters.minAgeHours || ''} onChange=${set('minAgeHours')} style="width:5em" /></label>
      <label>Assignee <input value=${filters.assignee || ''} onChange=${set('assignee')} size="8" placeholder="none" /></label>
      <label>Sort <select value=${filters.order} onChange=${set('order')}><option value="risk">risk</option><option value="age">age</option></select></label>
    </form>
    ${changes > 0 && html`<p class="notice" role="status"><button onClick=${load}>${changes} change${changes > 1 ? 's' : ''} since loaded — refresh</button></p>`}
    ${error && html`<p role="alert" class="error">${error}</p>`}
    <table class="queue">
      <thead><tr><th>Declaration</th><th>Lane</th><th class="number">Risk</th><th>Held for</th><th>Exporter</th><th>Consignee</th><th>Why</th><th>Work</th></tr></thead>
      <tbody>
        ${page.holds.map((hold) => html`<tr key=${hold.declarationId}>
          <td><a href=${`#/holds/${encodeURIComponent(hold.declarationId)}`}>${hold.declarationId}</a></td>
          <td><${Lane} lane=${hold.lane} /></td>
          <td class="number">${hold.riskScore.toFixed(0)}</td>
          <td>${age(hold.heldSince)}</td>
          <td>${hold.exporter.name}</td>
          <td>${hold.consignee.name} (${hold.consignee.country}) → ${hold.destinationCountry}</td>
          <td>${hold.categories.map((c) => html`<span class="tag">${c}</span>`)}</td>
          <td>${hold.assignee || ''}${hold.releaseRequested ? ' · release asked' : ''}${hold.confirmed ? ' · confirmed' : ''}${hold.documentsRequested ? ' · documents asked' : ''}</td>
        </tr>`)}
      </tbody>
    </table>
    ${page.holds.length === 0 && !error && html`<p>No held declarations match.</p>`}
    ${page.nextCursor && html`<button onClick=${more}>Load more</button>`}
  </section>`;
}

function ActionDialog({ title, onConfirm, onClose, children }) {
  const dialog = useRef();
  const [error, setError] = useState('');
  useEffect(() => dialog.current.showModal(), []);
  const submit = async (event) => {
    event.preventDefault();
    try {
      await onConfirm(new FormData(event.target).get('justification'));
      onClose();
    } catch (e) {
      setError(e.message);
    }
  };
  return html`<dialog ref=${dialog} onClose=${onClose} aria-labelledby="dialog-title">
    <form onSubmit=${submit}>
      <h3 id="dialog-title">${title}</h3>
      ${children}
      <label>Justification (on the record) <textarea name="justification" required minlength="3" rows="3" autofocus></textarea></label>
      ${error && html`<p role="alert" class="error">${error}</p>`}
      <div class="buttons"><button type="button" onClick=${() => dialog.current.close()}>Cancel</button><button type="submit">Confirm</button></div>
    </form>
  </dialog>`;
}

function PartyMatch({ hit }) {
  const e = hit.evidence || {};
  const name = e.breakdown?.name || {};
  return html`<table class="evidence">
    <tr><th></th><th>Declared party</th><th>Listed entry</th></tr>
    <tr><th>Name</th><td>${e.party?.name}</td><td>${e.matchedName}</td></tr>
    <tr><th>Country</th><td>${e.party?.country}</td><td>${(e.breakdown?.country?.listed || []).join(', ')}</td></tr>
    <tr><th>List</th><td></td><td>${e.list} entry ${e.entryId} ${(e.programs || []).join(', ')}</td></tr>
    <tr><th>Score</th><td colspan="2">${e.score} — name ${name.score?.toFixed?.(3)} (${name.method}), country ${e.breakdown?.country?.effect} ${e.breakdown?.country?.adjustment}</td></tr>
    ${name.pairs && html`<tr><th>Tokens</th><td colspan="2">${name.pairs.map((p) => `${p.screened} ≈ ${p.listed} (${p.similarity})`).join('; ')}${name.unmatchedScreened?.length ? `; unmatched: ${name.unmatchedScreened.join(', ')}` : ''}</td></tr>`}
  </table>`;
}

function Detail({ session, declarationId }) {
  const [detail, setDetail] = useState();
  const [error, setError] = useState('');
  const [dialog, setDialog] = useState();
  const load = useCallback(async () => {
    try {
      setDetail(await api(session, `/api/holds/${encodeURIComponent(declarationId)}`));
    } catch (e) {
      setError(e.message);
    }
  }, [declarationId]);
  useEffect(() => void load(), [load]);
  if (error) return html`<p role="alert" class="error">${error}</p>`;
  if (!detail) return html`<p>Loading…</p>`;
  const d = detail.revisions.at(-1)?.event.data;
  const act = (action) => async (justification) => {
    await api(session, `/api/holds/${encodeURIComponent(declarationId)}/actions`, { method: 'POST', body: { decisionId: detail.decision.decisionId, justification, action } });
    await load();
  };
  const canAct = RANK[session.officer.role] >= 1 && detail.status === 'HELD';
  const pending = detail.work.releaseRequest;
  return html`<article aria-labelledby="detail-title">
    <p><a href="#/holds">← Queue</a></p>
    <h2 id="detail-title">${declarationId} <${Lane} lane=${detail.lane} /> <span class="status">${detail.status}</span></h2>
    <p>${d?.parties.exporter.name} (${d?.exportCountry}) → ${d?.parties.consignee.name} (${d?.parties.consignee.country}), destination ${d?.destinationCountry}; ${d?.currency} ${d?.totalValue?.toLocaleString()}; risk ${detail.decision.riskScore}; held ${detail.heldSince ? `for ${age(detail.heldSince)}` : '—'}</p>
    ${canAct && html`<div class="actions" role="group" aria-label="Actions">
      <button onClick=${() => setDialog({ title: 'Assign to me', action: { kind: 'ASSIGN', assignee: session.officer.username } })}>Assign to me</button>
      <button onClick=${() => setDialog({ title: 'Request documents', action: { kind: 'REQUEST_DOCUMENTS' } })}>Request documents</button>
      <button onClick=${() => setDialog({ title: 'Confirm the hold (refer to enforcement)', action: { kind: 'CONFIRM' } })}>Confirm hold</button>
      ${!pending && html`<button onClick=${() => setDialog({ title: 'Release', action: { kind: 'RELEASE' } })}>Release</button>`}
      ${pending && RANK[session.officer.role] >= 2 && html`<button onClick=${() => setDialog({ title: `Approve the release asked by ${pending.requestedBy}`, action: { kind: 'APPROVE_RELEASE' } })}>Approve release</button>
        <button onClick=${() => setDialog({ title: 'Reject the release', action: { kind: 'REJECT_RELEASE' } })}>Reject release</button>`}
    </div>`}
    ${pending && html`<p class="notice" role="status">Release asked by ${pending.requestedBy} (${pending.justification}); waiting for a supervisor's approval.</p>`}
    <h3>Why it is held</h3>
    <ol class="hits">${detail.decision.hits.map((hit, index) => html`<li>
      <p><span class="tag">${hit.category}</span> <strong>${hit.ruleId}</strong> ${hit.severity} ${hit.score !== undefined ? `· ${hit.score}` : ''}</p>
      <p>${hit.message}</p>
      ${hit.category === 'SANCTIONED_PARTY' && html`<${PartyMatch} hit=${hit} />`}
      ${hit.category === 'SANCTIONED_PARTY' && canAct && html`<button onClick=${() => setDialog({ title: `Not this listed entity: allowlist ${hit.evidence.party.name} against ${hit.evidence.matchedName}`, action: { kind: 'ALLOWLIST_PARTY', hitIndex: index } })}>False match: allowlist</button>`}
      ${hit.category !== 'SANCTIONED_PARTY' && hit.evidence && html`<details><summary>Evidence</summary><pre>${JSON.stringify(hit.evidence, null, 2)}</pre></details>`}
    </li>`)}</ol>
    <h3>Goods</h3>
    <table><thead><tr><th>Line</th><th>HS</th><th>Description</th><th>Quantity</th><th>Value</th><th>Licence</th></tr></thead>
      <tbody>${(d?.items || []).map((i) => html`<tr><td>${i.lineNumber}</td><td>${i.hsCode}</td><td>${i.description}</td><td>${i.quantity} ${i.unit}</td><td class="number">${i.value?.toLocaleString()}</td><td>${i.licence?.number || ''}</td></tr>`)}</tbody></table>
    <h3>Revisions as received</h3>
    ${detail.revisions.map((r) => html`<details><summary>Revision ${r.revision}: ${r.eventType}, received ${r.receivedAt}</summary><pre>${JSON.stringify(r.event, null, 2)}</pre></details>`)}
    <h3>Earlier declarations of this exporter to this consignee</h3>
    ${detail.related.length ? html`<ul>${detail.related.map((r) => html`<li><a href=${`#/holds/${encodeURIComponent(r.declarationId)}`}>${r.declarationId}</a> ${r.submittedAt.slice(0, 10)} ${r.status || ''} <${Lane} lane=${r.lane} /></li>`)}</ul>` : html`<p>None.</p>`}
    <h3>On the record</h3>
    ${detail.actions.length ? html`<table><thead><tr><th>When</th><th>Who</th><th>What</th><th>Why</th></tr></thead><tbody>${detail.actions.map((a) => html`<tr><td>${a.at}</td><td>${a.actor} (${a.actorRole})</td><td>${a.action}</td><td>${a.justification}</td></tr>`)}</tbody></table>` : html`<p>No actions yet.</p>`}
    ${dialog && html`<${ActionDialog} title=${dialog.title} onConfirm=${act(dialog.action)} onClose=${() => setDialog(undefined)} />`}
  </article>`;
}

/** The last `count` days (UTC), oldest first: the charts' axis, days without holds included. */
function windowDays(count) {
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  return Array.from({ length: count }, (_, i) => new Date(today - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

const PALETTE = ['#c62828', '#f9a825', '#1565c0', '#6a1b9a', '#2e7d32', '#ef6c00', '#00838f', '#5d4037', '#757575'];

/** Stacked bars per day: one colour per key (lane or category), a title on each part. */
function Bars({ rows, field, keys, label, window }) {
  const days = windowDays(window);
  const totals = days.map((day) => rows.filter((r) => r.day === day).reduce((n, r) => n + r.holds, 0));
  const max = Math.max(1, ...totals);
  const width = days.length * 14;
  const colour = (key) => (key === 'RED' ? '#c62828' : key === 'YELLOW' ? '#f9a825' : PALETTE[keys.indexOf(key) % PALETTE.length]);
  return html`<figure>
    <svg viewBox=${`0 0 ${width} 120`} preserveAspectRatio="none" role="img" aria-label=${label} class="chart">
      ${days.map((day, i) => {
        let y = 110;
        return keys.map((key) => {
          const n = rows.find((r) => r.day === day && r[field] === key)?.holds || 0;
          const height = (n / max) * 100;
          y -= height;
          return html`<rect x=${i * 14} y=${y} width="12" height=${height} fill=${colour(key)}><title>${day} ${key}: ${n}</title></rect>`;
        });
      })}
    </svg>
    <figcaption class="legend">${keys.map((key) => html`<span><i style=${`background:${colour(key)}`}></i>${key}</span>`)} <span>${days[0]} – ${days.at(-1)}, a bar a day${rows.length ? '' : ': no holds'}</span></figcaption>
  </figure>`;
}

function Dashboard({ session }) {
  const [data, setData] = useState();
  useEffect(() => void api(session, '/api/dashboard?days=30').then(setData), []);
  if (!data) return html`<p>Loading…</p>`;
  const categories = [...new Set(data.holdsByCategory.map((r) => r.category))].sort();
  return html`<section aria-labelledby="dash-title">
    <h2 id="dash-title">Dashboard</h2>
    <p>Waiting now: ${data.held.map((r) => html`<${Lane} lane=${r.lane} /> ${r.holds} `)} · oldest hold: ${data.oldestHeldSince ? age(data.oldestHeldSince) : '—'}</p>
    <h3>Holds per day by lane (30 days)</h3>
    <${Bars} rows=${data.holdsByDay} field="lane" keys=${['RED', 'YELLOW']} label="Holds per day by lane" window=${30} />
    <h3>Holds per day by hit category (30 days)</h3>
    <${Bars} rows=${data.holdsByCategory} field="category" keys=${categories} label="Holds per day by hit category" window=${30} />
    <h3>Holds by category (30 days)</h3>
    <table><thead><tr><th>Category</th><th class="number">Holds</th></tr></thead><tbody>${categories.map((c) => html`<tr><td>${c}</td><td class="number">${data.holdsByCategory.filter((r) => r.category === c).reduce((n, r) => n + r.holds, 0)}</td></tr>`)}</tbody></table>
    <h3>Releases and confirmations per rule</h3>
    <table><thead><tr><th>Rule</th><th class="number">Released</th><th class="number">Confirmed</th></tr></thead><tbody>${data.outcomesByRule.map((r) => html`<tr><td>${r.ruleId}</td><td class="number">${r.released}</td><td class="number">${r.confirmed}</td></tr>`)}</tbody></table>
  </section>`;
}

function RuleSets({ session }) {
  const [data, setData] = useState();
  const [message, setMessage] = useState('');
  const load = () => api(session, '/api/rule-sets').then(setData, (e) => setMessage(e.message));
  useEffect(() => void load(), []);
  if (!data) return html`<p>${message || 'Loading…'}</p>`;
  const activate = async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      const done = await api(session, '/api/rule-sets/activations', { method: 'POST', body: { version: form.get('version'), reason: form.get('reason') } });
      setMessage(`Activated ${done.version}; screening follows within its refresh interval.`);
      event.target.reset();
      await load();
    } catch (e) {
      setMessage(e.message);
    }
  };
  return html`<section aria-labelledby="rules-title">
    <h2 id="rules-title">Rule sets</h2>
    <p>In force: <strong>${data.active ? `${data.active.version} (${data.active.digest.slice(0, 12)})` : 'none activated yet'}</strong></p>
    ${RANK[session.officer.role] >= 2 && html`<form class="filters" onSubmit=${activate} aria-label="Activate a stored rule set">
      <label>Version <select name="version" required>${data.stored.map((r) => html`<option value=${r.version}>${r.version} (${r.digest.slice(0, 12)})</option>`)}</select></label>
      <label>Why (on the record) <input name="reason" required minlength="3" size="40" /></label>
      <button type="submit">Activate</button>
    </form>`}
    ${message && html`<p role="status" class="notice">${message}</p>`}
    <table><thead><tr><th>When</th><th>Version</th><th>Replacing</th><th>By</th><th>Why</th></tr></thead>
      <tbody>${data.activations.map((a) => html`<tr><td>${a.activatedAt}</td><td>${a.version}</td><td>${a.previousVersion || ''}</td><td>${a.activatedBy}</td><td>${a.reason}</td></tr>`)}</tbody></table>
    <p>New rule sets: validate and backtest with <code>npx chokepoint rules validate</code> and <code>npx chokepoint replay</code>, then activate (<code>chokepoint rules activate</code>, or <code>POST /api/rule-sets/activations</code> with the document).</p>
  </section>`;
}

function App() {
  const [session, setSession] = useSession();
  const [page, id] = useRoute();
  if (!session) return html`<${SignIn} onSignedIn=${setSession} />`;
  return html`<div>
    <header>
      <strong>Chokepoint</strong>
      <nav aria-label="Main"><a href="#/holds" aria-current=${page === 'holds' && !id ? 'page' : undefined}>Queue</a> <a href="#/dashboard" aria-current=${page === 'dashboard' ? 'page' : undefined}>Dashboard</a> <a href="#/rule-sets" aria-current=${page === 'rule-sets' ? 'page' : undefined}>Rule sets</a></nav>
      <span>${session.officer.displayName || session.officer.username} (${session.officer.role}) <button onClick=${() => setSession(null)}>Sign out</button></span>
    </header>
    <main>${page === 'dashboard' ? html`<${Dashboard} session=${session} />` : page === 'rule-sets' ? html`<${RuleSets} session=${session} />` : id ? html`<${Detail} session=${session} declarationId=${id} key=${id} />` : html`<${Queue} session=${session} />`}</main>
  </div>`;
}

const root = document.getElementById('console');
root.textContent = ''; // the loading note: render() adds to what is there
render(html`<${App} />`, root);
