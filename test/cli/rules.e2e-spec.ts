import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { provideTestDatabase, TestDatabase } from '../support/test-infrastructure';

jest.setTimeout(120_000);
const cli = join(__dirname, '../../dist/apps/cli/src/main.js');
const shipped = join(__dirname, '../../libs/detection/rule-sets/default.yaml');
const run = promisify(execFile);

describe('chokepoint rules', () => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;
  let folder: string;
  const chokepoint = (...args: string[]) => run('node', [cli, ...args], { env });
  const variant = (name: string, change: (text: string) => string) => {
    const path = join(folder, name);
    writeFileSync(path, change(readFileSync(shipped, 'utf8')));
    return path;
  };

  beforeAll(async () => {
    database = await provideTestDatabase();
    folder = mkdtempSync(join(tmpdir(), 'chokepoint-rules-'));
    env = { ...process.env, DATABASE_URL: database.url, DATABASE_SCHEMA: database.schema, LOG_LEVEL: 'silent', REFERENCE_DATA_DIR: join(__dirname, '../../../shared/data') };
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database?.stop();
  });

  it('validates a rule set, saying what it runs on', async () => {
    const { stdout } = await chokepoint('rules', 'validate', shipped);
    expect(stdout).toMatch(/^rule set default-5 \(digest [0-9a-f]{12}\) is valid\n/);
    expect(stdout).toContain('50 CHPL codes');
    expect(stdout).toContain('rules: sanctioned-party, destination-restrictions, strategic-goods-without-licence');
  });

  it('refuses an invalid rule set, or one whose tables cannot be read, saying where', async () => {
    await expect(chokepoint('rules', 'validate', variant('bad.yaml', (t) => t.replace('windowDays: 30', 'windowDays: -3')))).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('rule structuring: windowDays') });
    await expect(run('node', [cli, 'rules', 'validate', shipped], { env: { ...env, REFERENCE_DATA_DIR: folder } })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('CHPL table chpl/chpl-2024-02.csv') });
  });

  it('activates rule sets on record, and will not bind a version to other content', async () => {
    expect((await chokepoint('rules', 'activate', shipped, '--by', 'analyst-1', '--reason', 'Go live with the default rule set.')).stdout).toContain('activated as activation');
    const stricter = variant('stricter.yaml', (t) => t.replace('version: default-5', 'version: default-5-strict').replace('yellowFrom: 40', 'yellowFrom: 30'));
    expect((await chokepoint('rules', 'activate', stricter, '--by', 'analyst-2', '--reason', 'Stricter documentary checks for Q1.')).stdout).toContain('replacing default-5');
    const history = JSON.parse((await chokepoint('rules', 'history', '--json')).stdout);
    expect(history).toEqual([
      expect.objectContaining({ version: 'default-5-strict', previousVersion: 'default-5', activatedBy: 'analyst-2', reason: 'Stricter documentary checks for Q1.' }),
      expect.objectContaining({ version: 'default-5', activatedBy: 'analyst-1' }),
    ]);
    const sameVersion = variant('same-version.yaml', (t) => t.replace('yellowFrom: 40', 'yellowFrom: 35'));
    await expect(chokepoint('rules', 'activate', sameVersion, '--by', 'analyst-2', '--reason', 'oops')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('already stored with other content') });
    await expect(chokepoint('rules', 'activate', shipped, '--by', 'analyst-2')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--reason') });
  });

  it('confirms only a hold that exists', async () => {
    await expect(chokepoint('holds', 'confirm', 'NO-SUCH-DECLARATION', '--by', 'officer-3', '--reason', 'Referred to enforcement.')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('is not held') });
  });
});
