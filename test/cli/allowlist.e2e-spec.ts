import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startEmbeddedPostgres } from '@chokepoint/persistence';
import { provideTestDatabase, TestDatabase } from '../support/test-infrastructure';

jest.setTimeout(120_000);
const cli = join(__dirname, '../../dist/apps/cli/src/main.js');
const run = promisify(execFile);

describe('chokepoint allowlist', () => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;
  const chokepoint = (...args: string[]) => run('node', [cli, 'allowlist', ...args], { env });

  beforeAll(async () => {
    database = await provideTestDatabase();
    env = { ...process.env, DATABASE_URL: database.url, DATABASE_SCHEMA: database.schema, LOG_LEVEL: 'silent' };
  });

  afterAll(() => database?.stop());

  it('records a finding with who and why, lists it, and revokes it', async () => {
    const added = await chokepoint('add', '--party', 'Rosoboronexport', '--country', 'ae', '--entry', 'ofac-sdn:12345', '--by', 'officer-7',
      '--justification', 'Namesake in Dubai, trade licence 771204 checked.', '--expires', '2099-01-01', '--json');
    const entry = JSON.parse(added.stdout);
    expect(entry).toMatchObject({ id: expect.stringMatching(/^\d+$/), partyName: 'Rosoboronexport', partyCountry: 'AE', list: 'ofac-sdn', entryId: '12345', addedBy: 'officer-7', expiresAt: '2099-01-01T00:00:00.000Z' });

    const inForce = JSON.parse((await chokepoint('list', '--json')).stdout);
    expect(inForce).toEqual([expect.objectContaining({ id: entry.id, justification: 'Namesake in Dubai, trade licence 771204 checked.' })]);
    expect((await chokepoint('list')).stdout).toContain(`"Rosoboronexport" (AE) is not ofac-sdn:12345  [in force until 2099-01-01]`);

    expect((await chokepoint('revoke', entry.id, '--by', 'supervisor-2', '--reason', 'Licence found forged.')).stdout).toBe(`allowlist entry ${entry.id} revoked\n`);
    expect(JSON.parse((await chokepoint('list', '--json')).stdout)).toEqual([]);
    expect(JSON.parse((await chokepoint('list', '--all', '--json')).stdout)).toEqual([expect.objectContaining({ id: entry.id, revokedBy: 'supervisor-2', revocationReason: 'Licence found forged.' })]);
    await expect(chokepoint('revoke', entry.id, '--by', 'supervisor-2', '--reason', 'again')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('no allowlist entry') });
  });

  it('refuses a finding without a justification, an entry or an officer', async () => {
    await expect(chokepoint('add', '--party', 'X', '--entry', 'ofac-sdn:1', '--by', 'officer-7', '--justification', 'short')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--justification must say why') });
    await expect(chokepoint('add', '--party', 'X', '--entry', '1', '--by', 'officer-7', '--justification', 'a long enough reason')).rejects.toMatchObject({ stderr: expect.stringContaining('--entry is <list>:<entry-id>') });
    await expect(chokepoint('add', '--party', 'X', '--entry', 'ofac-sdn:1', '--justification', 'a long enough reason')).rejects.toMatchObject({ stderr: expect.stringContaining('--by names the officer') });
  });

  it('will not open the embedded database while another process holds it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'chokepoint-lock-'));
    const running = await startEmbeddedPostgres(join(home, 'pgdata'));
    try {
      const embeddedEnv = { ...process.env, DATABASE_URL: '', EMBEDDED_DATA_DIR: home, LOG_LEVEL: 'silent' };
      await expect(run('node', [cli, 'allowlist', 'list'], { env: embeddedEnv })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`is in use by process ${process.pid}`) });
    } finally {
      await running.stop();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
