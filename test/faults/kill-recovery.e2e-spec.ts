import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { killRun } from '../support/kill-run';

/**
 * Kill -9, repeatedly (issue 15). `npm test` runs the short version: a dozen SIGKILLs over a few
 * thousand declarations. `npm run test:faults` (FAULTS_FULL=1) runs the full one: at least 100
 * kills over at least 50,000 declarations. FAULTS_DECLARATIONS, FAULTS_KILLS and FAULTS_SEED
 * change the run; FAULTS_SPLIT_SHIPMENTS (a share, 0.02 unless set) adds groups of split shipments
 * around late older revisions, which a history rebuilt after a kill must not count. FAULTS_LOG
 * names a file for the service's logs (and, should an invariant break, keeps the run's schema
 * and writes the first replay mismatches beside the log).
 * Either way the figures are written as one JSON line on stdout.
 */
const full = process.env.FAULTS_FULL === '1';
const declarations = Number(process.env.FAULTS_DECLARATIONS ?? (full ? 50_000 : 2_500));
const kills = Number(process.env.FAULTS_KILLS ?? (full ? 100 : 12));
const seed = Number(process.env.FAULTS_SEED ?? 15);
const sdn = join(__dirname, '../../../shared/data/ofac-sdn');

jest.setTimeout(full ? 3 * 3600_000 : 600_000);

describe('kill -9, repeatedly', () => {
  it(`decides every revision once, publishes every decision, and matches a replay, through ${kills} SIGKILLs over ${declarations} declarations`, async () => {
    const report = await killRun({
      declarations,
      kills,
      seed,
      sanctions: existsSync(sdn) ? [`ofac-sdn:${sdn}`] : [],
      splitShipments: Number(process.env.FAULTS_SPLIT_SHIPMENTS ?? 0.02),
      ...(process.env.FAULTS_LOG ? { logFile: process.env.FAULTS_LOG, mismatchFile: `${process.env.FAULTS_LOG}.mismatches.json`, keepDatabaseOnFailure: true } : {}),
      progress: full ? (line) => process.stderr.write(`[kill-recovery] ${line}\n`) : undefined,
    });
    process.stdout.write(`${JSON.stringify({ test: full ? 'kill-recovery-full' : 'kill-recovery', ...report.figures, violations: report.violations.map((v) => `${v.invariant}: ${v.count}`) })}\n`);
    expect(report.violations).toEqual([]);
    expect(report.figures).toMatchObject({ losses: 0, duplicates: 0, replayMismatches: 0, unexpectedExits: 0 });
    expect(report.figures.kills).toBeGreaterThanOrEqual(kills);
    expect(report.figures.declarations).toBeGreaterThanOrEqual(declarations);
    expect(report.figures.decisions).toBe(report.figures.expectedDecisions);
  });
});
