import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { checkDecisionEvent } from '@chokepoint/contracts';
import { ConsoleSettings, createLogger } from '@chokepoint/config';
import { createKafka, createProducer, OutboxRelay } from '@chokepoint/messaging';
import { ConsoleUserStore, openDatabase, OutboxStore, RuleSetStore } from '@chokepoint/persistence';
import { RunningConsole, startConsole } from '../../apps/console/src/start-console';
import { defaultTestRuleSet, SHARED_DATA_DIR } from '../../libs/detection/src/test-declarations';
import { screenIntoLedger, sdnScreener, trafficWithLookalike } from '../support/held-declarations';
import { provideTestDatabase, provideTestKafka, runId, TestDatabase, TestKafka } from '../support/test-infrastructure';

jest.setTimeout(180_000);

const CHROMIUM = '/usr/bin/chromium';
// CI installs Chromium (.ci/run); a developer's machine without it skips, saying so.
const browserTest = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;
if (!existsSync(CHROMIUM) && !process.env.CI) process.stderr.write(`console browser test skipped: no ${CHROMIUM} (apt-get install chromium)\n`);

/** Where the screenshots go: CONSOLE_SCREENSHOTS_DIR (docs/ for the README), else a temporary folder. */
const screenshots = process.env.CONSOLE_SCREENSHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'chokepoint-console-'));
const clearances = `screening.clearances.${runId}`;
const settings: ConsoleSettings = { port: 0, host: '127.0.0.1', tokenSecret: undefined, sessionMinutes: 60, identityProvider: undefined, feedPollMs: 200 };
const { events, lookalike } = trafficWithLookalike();

browserTest('the officers’ console in a browser', () => {
  let database: TestDatabase;
  let kafka: TestKafka;
  let dataSource: DataSource;
  let officersConsole: RunningConsole;
  let relay: OutboxRelay;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [database, kafka] = await Promise.all([provideTestDatabase(), provideTestKafka()]);
    dataSource = await openDatabase({ url: database.url, schema: database.schema, poolSize: database.poolSize });
    await screenIntoLedger(dataSource, events, new Date(Date.now() - 26 * 3_600_000), await sdnScreener());
    // The live service's decisions are not this test's subject: only the console's release goes out.
    await dataSource.query(`DELETE FROM outbox_message`);
    const shipped = defaultTestRuleSet();
    await new RuleSetStore(dataSource).activate({ version: shipped.version, digest: shipped.digest, document: shipped.document }, { activatedBy: 'analyst-1', reason: 'The shipped rule set.', at: new Date() });
    const users = new ConsoleUserStore(dataSource);
    await users.add({ username: 'olga', displayName: 'Olga Petrova', role: 'officer', password: 'olga-password-1' }, new Date());
    await users.add({ username: 'sam', displayName: 'Sam Okafor', role: 'supervisor', password: 'sam-password-12' }, new Date());
    officersConsole = await startConsole({ settings, dataSource, logger: createLogger('silent'), releases: { topic: clearances, source: 'urn:chokepoint:console' }, referenceDataDir: SHARED_DATA_DIR });
    const relayProducer = createProducer(createKafka(kafka.brokers, `browser-${runId}`, createLogger('silent')));
    await relayProducer.connect();
    relay = new OutboxRelay(new OutboxStore(dataSource), relayProducer, { batchSize: 100, pollMs: 100, maxMessageBytes: 1_048_576 }, createLogger('silent'));
    relay.start();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await relay?.stop();
    await officersConsole?.close();
    await dataSource?.destroy();
    await Promise.all([database?.stop(), kafka?.stop()]);
  });

  async function signIn(username: string, password: string): Promise<void> {
    // By keyboard: the form is usable without a mouse.
    await page.getByLabel('Username').fill(username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  async function act(button: string, justification: string): Promise<void> {
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Justification (on the record)').fill(justification);
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  it('lets an officer find a party-match hold and read its evidence, and a supervisor approve its release; the release reaches the topic', async () => {
    await page.goto(officersConsole.url);
    await signIn('olga', 'olga-password-1');
    await page.locator('table.queue tbody tr').first().waitFor();
    await page.screenshot({ path: join(screenshots, 'console-queue.png') });

    // Find it: the party matches a listed name (a namesake abroad, so the YELLOW lane).
    await page.getByLabel('Category').selectOption('SANCTIONED_PARTY');
    const link = page.getByRole('link', { name: lookalike.declarationId });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: new RegExp(lookalike.declarationId) }).waitFor();

    // Its evidence: the declared party beside the listed entry, with the score.
    const evidence = page.locator('table.evidence');
    await evidence.getByText('Golden Crown Overseas Trading LLC').waitFor();
    await evidence.getByText('GOLDEN CROWN OVERSEAS LIMITED', { exact: true }).waitFor();
    expect(await evidence.textContent()).toMatch(/Score0\.\d+ — name 0\.\d+ \(tokens\)/);
    await page.screenshot({ path: join(screenshots, 'console-detail.png'), fullPage: true });

    // An officer asks; a party match needs a supervisor's approval.
    await act('Release', 'Registry extract shows a different company.');
    await page.getByText('Release asked by olga').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signIn('sam', 'sam-password-12');
    await page.goto(`${officersConsole.url}/#/holds/${lookalike.declarationId}`);
    await act('Approve release', 'Extract checked against the listed entry.');
    await page.locator('.status', { hasText: 'RELEASED' }).waitFor();
    expect(await page.locator('table', { hasText: 'APPROVE_RELEASE' }).textContent()).toContain('sam (supervisor)');

    // It has left the queue.
    // (The queue keeps its filters for the session: it loads the party matches again.)
    const reloaded = page.waitForResponse((r) => r.url().includes('/api/holds?') && r.url().includes('category=SANCTIONED_PARTY'));
    await page.getByRole('link', { name: '← Queue' }).click();
    const holds = (await (await reloaded).json()).holds as { declarationId: string }[];
    expect(holds.map((h) => h.declarationId)).not.toContain(lookalike.declarationId);
    await page.getByRole('heading', { name: 'Held declarations' }).waitFor();
    expect(await page.getByRole('link', { name: lookalike.declarationId }).count()).toBe(0);

    // The dashboard counts the release against the rules that held it.
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const outcomes = page.locator('table', { hasText: 'Released' });
    await outcomes.getByText('sanctioned-party').waitFor();
    expect(await outcomes.locator('tr', { hasText: 'sanctioned-party' }).textContent()).toBe('sanctioned-party10');
    await page.screenshot({ path: join(screenshots, 'console-dashboard.png'), fullPage: true });

    // A supervisor makes a stored rule set active again, on record.
    await page.getByRole('link', { name: 'Rule sets' }).click();
    await page.getByLabel('Version').selectOption('default-5');
    await page.getByLabel('Why (on the record)').fill('Confirming the shipped rule set after review.');
    await page.getByRole('button', { name: 'Activate' }).click();
    await page.getByText('Activated default-5').waitFor();
    expect(await page.locator('tbody tr').first().textContent()).toContain('samConfirming the shipped rule set after review.');

    // And the release is on the clearances topic.
    await relay.drain();
    const released = await firstRecordOf(kafka.brokers, clearances);
    expect(checkDecisionEvent(released)).toEqual({ valid: true, event: released });
    expect(released).toMatchObject({ type: 'screening.decision.released.v1', subject: lookalike.declarationId, data: { release: { releasedBy: 'olga', justification: 'Registry extract shows a different company.' } } });
  });
});

async function firstRecordOf(brokers: string[], topic: string): Promise<Record<string, unknown>> {
  const consumer = createKafka(brokers, `browser-reader-${runId}`, createLogger('silent')).consumer({ groupId: `browser-reader-${runId}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  try {
    return await new Promise((resolve) => void consumer.run({ eachMessage: async ({ message }) => resolve(JSON.parse(message.value!.toString())) }));
  } finally {
    await consumer.disconnect();
  }
}
