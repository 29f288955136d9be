import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, exportSPKI, SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { checkDecisionEvent, Decision } from '@chokepoint/contracts';
import { ConsoleSettings, createLogger } from '@chokepoint/config';
import { ConsoleUserStore, openDatabase } from '@chokepoint/persistence';
import { RunningConsole, startConsole } from '../../apps/console/src/start-console';
import { SHARED_DATA_DIR } from '../../libs/detection/src/test-declarations';
import { screenIntoLedger, sdnScreener, trafficWithLookalike } from '../support/held-declarations';
import { provideTestDatabase, TestDatabase } from '../support/test-infrastructure';

jest.setTimeout(120_000);

const now = new Date('2026-12-01T09:00:00Z');
const clock = { now: () => now };
const settings: ConsoleSettings = { port: 0, host: '127.0.0.1', tokenSecret: 'a-test-secret-of-at-least-32-characters', sessionMinutes: 60, identityProvider: undefined, feedPollMs: 20 };
const releases = { topic: 'screening.clearances.v1', source: 'urn:chokepoint:console' };
const shipped = readFileSync(join(__dirname, '../../libs/detection/rule-sets/default.yaml'), 'utf8');
const { events, lookalike } = trafficWithLookalike();

describe('the officers’ console API', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let console_: RunningConsole;
  const tokens: Record<string, string> = {};

  const call = async (path: string, init: { method?: string; token?: string; body?: unknown } = {}) => {
    const response = await fetch(`${console_.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}) },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const signIn = async (username: string) => (await call('/api/session', { method: 'POST', body: { username, password: `${username}-password-1` } })).body.token as string;

  beforeAll(async () => {
    database = await provideTestDatabase();
    dataSource = await openDatabase({ url: database.url, schema: database.schema, poolSize: database.poolSize });
    await screenIntoLedger(dataSource, events, new Date('2026-11-30T00:00:00Z'), await sdnScreener());
    const users = new ConsoleUserStore(dataSource);
    for (const [username, role] of [['vera', 'viewer'], ['olga', 'officer'], ['sam', 'supervisor'], ['sue', 'supervisor']] as const) {
      await users.add({ username, displayName: username, role, password: `${username}-password-1` }, now);
    }
    console_ = await startConsole({ settings, dataSource, logger: createLogger('silent'), releases, referenceDataDir: SHARED_DATA_DIR, clock, firstUser: true });
    for (const username of ['vera', 'olga', 'sam', 'sue']) tokens[username] = await signIn(username);
  });

  afterAll(async () => {
    await console_?.close();
    await dataSource?.destroy();
    await database?.stop();
  });

  it('creates no first user when users exist, and signs users in by password only', async () => {
    expect(console_.firstUser).toBeUndefined();
    expect((await call('/api/session', { method: 'POST', body: { username: 'olga', password: 'wrong-password-1' } })).status).toBe(401);
    expect((await call('/api/session', { method: 'POST', body: { username: 'nobody', password: 'nobody-password-1' } })).status).toBe(401);
    expect(await call('/api/session', { token: tokens.olga })).toEqual({ status: 200, body: { username: 'olga', role: 'officer' } });
    // Guessing is slowed: the sixth failure within fifteen minutes is refused before the password is checked.
    for (let i = 0; i < 4; i++) expect((await call('/api/session', { method: 'POST', body: { username: 'nobody', password: `guess-${i}-password` } })).status).toBe(401);
    expect(await call('/api/session', { method: 'POST', body: { username: 'nobody', password: 'nobody-password-1' } })).toMatchObject({ status: 429, body: { message: 'too many failed sign-ins: try again in 15 min' } });
  });

  it('authorises every endpoint it describes: 401 without a valid token, 403 below the role it needs', async () => {
    const document = (await call('/api/openapi.json')).body as { paths: Record<string, Record<string, { 'x-required-role'?: string }>> };
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path: path.replace('{declarationId}', lookalike.declarationId), method: method.toUpperCase(), role: op['x-required-role'] })));
    expect(operations.length).toBeGreaterThanOrEqual(6);
    const expired = await new SignJWT({ roles: ['supervisor'] }).setProtectedHeader({ alg: 'HS256' }).setIssuer('urn:chokepoint:console').setAudience('chokepoint-console').setSubject('sam').setExpirationTime(Math.floor(now.getTime() / 1000) - 60).sign(new TextEncoder().encode(settings.tokenSecret!));
    const forged = await new SignJWT({ roles: ['supervisor'] }).setProtectedHeader({ alg: 'HS256' }).setIssuer('urn:chokepoint:console').setAudience('chokepoint-console').setSubject('sam').setExpirationTime(Math.floor(now.getTime() / 1000) + 60).sign(new TextEncoder().encode('another-secret-of-at-least-32-characters'));
    for (const op of operations) {
      expect(op.role).toBeDefined();
      if (op.role === 'anyone') continue;
      const body = op.method === 'POST' ? {} : undefined;
      for (const token of [undefined, 'not-a-token', expired, forged]) expect([op.method, op.path, (await call(op.path, { method: op.method, token, body })).status]).toEqual([op.method, op.path, 401]);
      const below = op.role === 'supervisor' ? tokens.olga : op.role === 'officer' ? tokens.vera : undefined;
      if (below) expect([op.method, op.path, (await call(op.path, { method: op.method, token: below, body })).status]).toEqual([op.method, op.path, 403]);
    }
  });

  it('lists the holds as a queue, filtered, sorted by risk or age, page by page without loss or repeat', async () => {
    const [{ held }] = await dataSource.query(`SELECT count(*)::int AS held FROM declaration_status WHERE status = 'HELD'`);
    expect(held).toBeGreaterThan(10);
    const seen: string[] = [];
    let cursor: string | undefined;
    let previousRisk = Infinity;
    do {
      const page = await call(`/api/holds?limit=7${cursor ? `&cursor=${cursor}` : ''}`, { token: tokens.vera });
      expect(page.status).toBe(200);
      for (const hold of page.body.holds) {
        expect(hold.riskScore).toBeLessThanOrEqual(previousRisk);
        previousRisk = hold.riskScore;
        seen.push(hold.declarationId);
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(held);
    expect(new Set(seen).size).toBe(held);

    const matches = await call('/api/holds?category=SANCTIONED_PARTY&order=age', { token: tokens.vera });
    const lookalikeHold = matches.body.holds.find((h: { declarationId: string }) => h.declarationId === lookalike.declarationId);
    expect(lookalikeHold).toMatchObject({ categories: expect.arrayContaining(['SANCTIONED_PARTY']) });
    for (const hold of matches.body.holds) expect(hold).toMatchObject({ categories: expect.arrayContaining(['SANCTIONED_PARTY']) });
    const inLane = await call(`/api/holds?lane=${lookalikeHold.lane}&category=SANCTIONED_PARTY`, { token: tokens.vera });
    for (const hold of inLane.body.holds) expect(hold).toMatchObject({ lane: lookalikeHold.lane });
    const byCountry = await call('/api/holds?consigneeCountry=kg&exporter=summit', { token: tokens.vera });
    for (const hold of byCountry.body.holds) expect(hold.consignee.country).toBe('KG');
    expect((await call('/api/holds?lane=BLUE', { token: tokens.vera })).status).toBe(400);
    expect((await call('/api/holds?cursor=garbage', { token: tokens.vera })).status).toBe(400);
  });

  it('shows one hold in full: revisions as received, hits with evidence, earlier declarations of the same exporter and consignee', async () => {
    const detail = (await call(`/api/holds/${lookalike.declarationId}`, { token: tokens.vera })).body;
    expect(detail.status).toBe('HELD');
    expect(detail.revisions).toHaveLength(1);
    expect(detail.revisions[0].event.data.parties.consignee.name).toBe('Golden Crown Overseas Trading LLC');
    const match = detail.decision.hits.find((h: { category: string }) => h.category === 'SANCTIONED_PARTY');
    expect(match.evidence).toMatchObject({ matchedName: 'GOLDEN CROWN OVERSEAS LIMITED', party: { name: 'Golden Crown Overseas Trading LLC' }, breakdown: { name: expect.any(Object) } });
    expect((await call('/api/holds/NO-SUCH-DECLARATION', { token: tokens.vera })).status).toBe(404);
    // Regular customers' holds have earlier declarations to the same consignee.
    const queue = (await call('/api/holds?order=age&limit=200', { token: tokens.vera })).body.holds as { declarationId: string; exporter: { name: string }; consignee: { name: string } }[];
    const details = await Promise.all(queue.map(async (h) => ({ hold: h, detail: (await call(`/api/holds/${h.declarationId}`, { token: tokens.vera })).body })));
    const withHistory = details.filter((d) => d.detail.related.length > 0);
    expect(withHistory.length).toBeGreaterThan(0);
    for (const { hold, detail: d } of withHistory) {
      const submittedAt = d.revisions[d.revisions.length - 1].event.data.submittedAt;
      for (const r of d.related) {
        expect(r.submittedAt <= new Date(submittedAt).toISOString()).toBe(true);
        const earlier = (await call(`/api/holds/${r.declarationId}`, { token: tokens.vera })).body.revisions.at(-1).event.data.parties;
        expect([earlier.exporter.name, earlier.consignee.name]).toEqual([hold.exporter.name, hold.consignee.name]);
      }
    }
  });

  it('releases a party-match hold only with a second officer, on the record, through the outbox, and it leaves the queue', async () => {
    const id = lookalike.declarationId;
    const detail = (await call(`/api/holds/${id}`, { token: tokens.olga })).body;
    const act = (token: string, action: unknown, justification = 'Registry extract: a different company.') =>
      call(`/api/holds/${id}/actions`, { method: 'POST', token, body: { decisionId: detail.decision.decisionId, justification, action } });

    expect((await act(tokens.olga, { kind: 'RELEASE' }, '  ')).status).toBe(400);
    expect((await act(tokens.olga, { kind: 'ASSIGN', assignee: 'olga' }, 'Taking it.')).status).toBe(201);
    const asked = await act(tokens.olga, { kind: 'RELEASE' });
    expect(asked).toMatchObject({ status: 201, body: { ok: true, status: 'HELD', work: { assignee: 'olga', releaseRequest: { requestedBy: 'olga' } } } });
    const queued = (await call(`/api/holds?assignee=olga`, { token: tokens.vera })).body.holds.find((h: { declarationId: string }) => h.declarationId === id);
    expect(queued).toMatchObject({ releaseRequested: true, assignee: 'olga' });
    expect((await act(tokens.olga, { kind: 'APPROVE_RELEASE' }, 'Approving my own.')).status).toBe(403);
    const hitIndex = detail.decision.hits.findIndex((h: { category: string }) => h.category === 'SANCTIONED_PARTY');
    expect((await act(tokens.olga, { kind: 'ALLOWLIST_PARTY', hitIndex }, 'A Dubai trader, not the UK company: trade licence 771204 checked.')).status).toBe(201);
    const stale = await call(`/api/holds/${id}/actions`, { method: 'POST', token: tokens.sam, body: { decisionId: 'not-the-current-one', justification: 'Approve.', action: { kind: 'APPROVE_RELEASE' } } });
    expect(stale.status).toBe(409);
    const approved = await act(tokens.sam, { kind: 'APPROVE_RELEASE' }, 'Extract checked.');
    expect(approved).toMatchObject({ status: 201, body: { ok: true, status: 'RELEASED', released: { outcome: 'CLEAR', release: { releasedBy: 'olga', justification: 'Registry extract: a different company.' } } } });

    const [outbox] = await dataSource.query(`SELECT topic, message_key, payload FROM outbox_message WHERE topic = $1 AND message_key = $2`, [releases.topic, id]);
    const event = JSON.parse(outbox.payload);
    expect(checkDecisionEvent(event)).toEqual({ valid: true, event });
    expect(event).toMatchObject({ type: 'screening.decision.released.v1', subject: id, data: { declarationId: id, release: { releasedBy: 'olga' } } });
    expect((event.data as Decision).decisionId).not.toBe(detail.decision.decisionId);

    const all = (await call('/api/holds?limit=200', { token: tokens.vera })).body.holds.map((h: { declarationId: string }) => h.declarationId);
    expect(all).not.toContain(id);
    const after = (await call(`/api/holds/${id}`, { token: tokens.vera })).body;
    expect(after.status).toBe('RELEASED');
    expect(after.actions.map((a: { action: string; actor: string }) => `${a.action}:${a.actor}`)).toEqual(['ASSIGN:olga', 'REQUEST_RELEASE:olga', 'ALLOWLIST_PARTY:olga', 'APPROVE_RELEASE:sam']);
    expect(after.actions[3]).toMatchObject({ before: { status: 'HELD', work: { releaseRequest: { requestedBy: 'olga' } } }, after: { status: 'RELEASED', approvedBy: 'sam', releasedBy: 'olga' }, justification: 'Extract checked.' });
    const [allowlisted] = await dataSource.query(`SELECT party_name, list, added_by FROM party_allowlist WHERE party_name = 'Golden Crown Overseas Trading LLC'`);
    expect(allowlisted).toEqual({ party_name: 'Golden Crown Overseas Trading LLC', list: expect.any(String), added_by: 'olga' });
    await expect(dataSource.query(`UPDATE hold_action SET actor = 'someone-else'`)).rejects.toThrow('append-only');
    await expect(dataSource.query(`DELETE FROM hold_action`)).rejects.toThrow('append-only');
  });

  it('releases a YELLOW hold without a party match on one officer’s word, and confirms another for enforcement', async () => {
    const yellow = (await call('/api/holds?lane=YELLOW&limit=50', { token: tokens.vera })).body.holds.filter((h: { categories: string[] }) => !h.categories.includes('SANCTIONED_PARTY'));
    expect(yellow.length).toBeGreaterThanOrEqual(2);
    const [first, second] = yellow;
    const released = await call(`/api/holds/${first.declarationId}/actions`, { method: 'POST', token: tokens.olga, body: { decisionId: first.decisionId, justification: 'Licence produced.', action: { kind: 'RELEASE' } } });
    expect(released.body).toMatchObject({ ok: true, status: 'RELEASED' });
    const confirmed = await call(`/api/holds/${second.declarationId}/actions`, { method: 'POST', token: tokens.olga, body: { decisionId: second.decisionId, justification: 'Refer to enforcement.', action: { kind: 'CONFIRM' } } });
    expect(confirmed.body).toMatchObject({ ok: true, status: 'HELD', work: { confirmedAt: now.toISOString() } });
    const [row] = await dataSource.query(`SELECT confirmed_by FROM hold_confirmation WHERE declaration_id = $1`, [second.declarationId]);
    expect(row).toEqual({ confirmed_by: 'olga' });
    const dashboard = (await call('/api/dashboard?days=60', { token: tokens.vera })).body;
    expect(dashboard.held.length).toBeGreaterThan(0);
    expect(dashboard.oldestHeldSince).toBe('2026-11-30T00:00:00.000Z');
    expect(dashboard.outcomesByRule.some((r: { released: number }) => r.released > 0)).toBe(true);
    expect(dashboard.outcomesByRule.some((r: { confirmed: number }) => r.confirmed > 0)).toBe(true);
  });

  it('pushes changes to the live feed as server-sent events', async () => {
    const controller = new AbortController();
    const response = await fetch(`${console_.url}/api/feed?access_token=${tokens.vera}`, { signal: controller.signal });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const hold = (await call('/api/holds?limit=1', { token: tokens.vera })).body.holds[0];
    await call(`/api/holds/${hold.declarationId}/actions`, { method: 'POST', token: tokens.olga, body: { decisionId: hold.decisionId, justification: 'Taking it.', action: { kind: 'ASSIGN', assignee: 'olga' } } });
    let text = '';
    while (!text.includes(hold.declarationId)) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    // Only what changed after the feed opened: the screened statuses before it are not replayed.
    expect(text).not.toContain('event: status');
    expect(text).toContain('event: action');
    expect(text).toContain('"action":"ASSIGN"');
  });

  it('lets a supervisor activate a new rule set or a stored one again, on record', async () => {
    const activate = (body: unknown, token = tokens.sam) => call('/api/rule-sets/activations', { method: 'POST', token, body });
    const stricter = shipped.replace('version: default-5', 'version: default-5-strict').replace('yellowFrom: 40', 'yellowFrom: 25');
    expect(await activate({ document: shipped, reason: 'The shipped rule set.' })).toMatchObject({ status: 201, body: { version: 'default-5' } });
    expect(await activate({ document: stricter, reason: 'Backtest of November: more documentary checks.' })).toMatchObject({ status: 201, body: { version: 'default-5-strict', previousVersion: 'default-5', activatedBy: 'sam' } });
    expect(await activate({ version: 'default-5', reason: 'Rolling back.' })).toMatchObject({ status: 201, body: { version: 'default-5', previousVersion: 'default-5-strict' } });
    expect((await activate({ document: stricter.replace('yellowFrom: 25', 'yellowFrom: 30'), reason: 'Same version, other content.' })).status).toBe(409);
    expect((await activate({ document: 'version: broken\nrules: {}', reason: 'Broken.' })).status).toBe(400);
    expect((await activate({ version: 'no-such-version', reason: 'Missing.' })).status).toBe(404);
    expect((await activate({ version: 'default-5', document: stricter, reason: 'Both.' })).status).toBe(400);
    expect((await activate({ version: 'default-5', reason: 'Not mine to do.' }, tokens.olga)).status).toBe(403);
    const listed = (await call('/api/rule-sets', { token: tokens.vera })).body;
    expect(listed.active).toMatchObject({ version: 'default-5', activation: { activatedBy: 'sam', reason: 'Rolling back.' } });
    expect(listed.activations.map((a: { version: string }) => a.version)).toEqual(['default-5', 'default-5-strict', 'default-5']);
    expect(listed.stored.map((r: { version: string }) => r.version).sort()).toEqual(['default-5', 'default-5-strict']);
  });

  it('refuses a disabled user’s open session at once, and follows a changed role', async () => {
    const users = new ConsoleUserStore(dataSource);
    await users.add({ username: 'tim', displayName: 'tim', role: 'officer', password: 'tim-password-12' }, now);
    const token = (await call('/api/session', { method: 'POST', body: { username: 'tim', password: 'tim-password-12' } })).body.token;
    expect((await call('/api/session', { token })).body).toEqual({ username: 'tim', role: 'officer' });
    await dataSource.query(`UPDATE console_user SET role = 'viewer' WHERE username = 'tim'`);
    expect((await call('/api/session', { token })).body).toEqual({ username: 'tim', role: 'viewer' });
    expect((await call('/api/holds/X/actions', { method: 'POST', token, body: {} })).status).toBe(403);
    expect(await users.disable('tim', now)).toBe(true);
    expect(await call('/api/session', { token })).toMatchObject({ status: 401, body: { message: 'sign in again: the user is disabled' } });
    expect((await call('/api/session', { method: 'POST', body: { username: 'tim', password: 'tim-password-12' } })).status).toBe(401);
  });

  it('accepts bearer tokens of the site’s identity provider, with roles from its claim', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const idpSettings: ConsoleSettings = { ...settings, identityProvider: { issuer: 'https://idp.customs.example', audience: 'chokepoint', publicKey: await exportSPKI(publicKey), jwksUrl: undefined, rolesClaim: 'groups' } };
    const idpConsole = await startConsole({ settings: idpSettings, dataSource, logger: createLogger('silent'), releases, referenceDataDir: SHARED_DATA_DIR, clock });
    try {
      const token = (claims: Record<string, unknown>, issuer = 'https://idp.customs.example', audience = 'chokepoint') =>
        new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).setIssuer(issuer).setAudience(audience).setSubject('k.lee').setExpirationTime(Math.floor(now.getTime() / 1000) + 300).sign(privateKey);
      const ask = async (t: string) => (await fetch(`${idpConsole.url}/api/session`, { headers: { authorization: `Bearer ${t}` } })).status;
      expect(await ask(await token({ groups: ['staff', 'officer'] }))).toBe(200);
      expect(await ask(await token({ groups: ['staff'] }))).toBe(401);
      expect(await ask(await token({ groups: ['officer'] }, 'https://elsewhere.example'))).toBe(401);
      expect(await ask(await token({ groups: ['officer'] }, undefined, 'another-app'))).toBe(401);
      expect(typeof (await exportJWK(publicKey)).n).toBe('string');
    } finally {
      await idpConsole.close();
    }
  });
});
